#include "model/case_normalization.h"

#include "text/unicode.h"

namespace landdesk::model {

namespace {
void nfc(std::string& s) {
  // ASCII is already NFC; skipping it keeps bulk imports cheap.
  for (unsigned char c : s)
    if (c >= 0x80) {
      s = text::toNfc(s);
      return;
    }
}
}  // namespace

void normalizeToNfc(Case& c) {
  for (std::string* s : {&c.code, &c.officer}) nfc(*s);
  for (auto& cp : c.parties) {
    Party& p = cp.party;
    for (std::string* s : {&p.fullName, &p.permanentAddress, &p.currentAddress, &p.phone}) nfc(*s);
    for (auto& id : p.idDocuments)
      for (std::string* s : {&id.number, &id.issuer}) nfc(*s);
  }
  for (auto& cp : c.parcels) {
    Parcel& p = cp.parcel;
    for (std::string* s : {&p.serial, &p.registerNumber, &p.issuer, &p.parcelNumber, &p.mapSheet, &p.address, &p.term,
                           &p.origin, &p.assets})
      nfc(*s);
    for (auto& lp : p.purposes)
      for (std::string* s : {&lp.code, &lp.name}) nfc(*s);
  }
  for (auto& d : c.documents) {
    for (std::string* s : {&d.fileName, &d.mediaType}) nfc(*s);
    for (auto& f : d.fields)
      for (std::string* s : {&f.name, &f.value}) nfc(*s);
  }
  for (auto& cp : c.parcels)
    for (auto& o : cp.owners) nfc(o.share);
  if (c.terms) {
    ContractTerms& t = *c.terms;
    for (std::string* s : {&t.paymentMethod, &t.giftCondition, &t.subdivisionDrawing, &t.otherTerms}) nfc(*s);
    for (auto& p : t.payments) nfc(p.note);
  }
  if (c.estate) {
    Estate& e = *c.estate;
    for (std::string* s : {&e.deathPlace, &e.deathCertificateNumber, &e.deathCertificateIssuer, &e.willDescription}) nfc(*s);
    for (auto& h : e.heirs) nfc(h.share);
  }
}

}  // namespace landdesk::model
