// landdesk-cli person export ID_NUMBER -o FILE.json: everything the desk holds about one person, for their request.
#include <Poco/JSON/Stringifier.h>

#include <fstream>

#include "access/person_record.h"
#include "cli_database.h"
#include "cli_output.h"
#include "command_table.h"
#include "model/case_json.h"
#include "util/datetime.h"

namespace landdesk::cli {

namespace {

Poco::JSON::Object::Ptr recordJson(const access::PersonRecord& r) {
  auto o = jsonObject();
  o->set("id_number", r.idNumber);
  o->set("exported_at", isoDateTime(localNow()));
  Poco::JSON::Array::Ptr cases = new Poco::JSON::Array;
  for (const auto& pc : r.cases) {
    // The case's own view of the person, not the other parties' data.
    auto full = model::caseToJson(pc.dossier);
    auto c = jsonObject();
    c->set("code", pc.dossier.code);
    c->set("kind", full->get("kind"));
    c->set("status", full->get("status"));
    c->set("received_at", full->get("received_at"));
    Poco::JSON::Array::Ptr parties = new Poco::JSON::Array;
    for (size_t i : pc.partyIndexes) parties->add(full->getArray("parties")->getObject(static_cast<unsigned>(i)));
    c->set("as_party", parties);
    Poco::JSON::Array::Ptr scans = new Poco::JSON::Array;
    for (const auto& d : pc.dossier.documents) {
      auto s = jsonObject();
      s->set("file_name", d.fileName);
      s->set("media_type", d.mediaType);
      s->set("sha256", d.sha256);
      scans->add(s);
    }
    c->set("scans", scans);
    cases->add(c);
  }
  o->set("cases", cases);
  Poco::JSON::Array::Ptr audit = new Poco::JSON::Array;
  for (const auto& e : r.audit) {
    auto a = jsonObject();
    a->set("at", e.at);
    a->set("actor", e.actor);
    a->set("action", e.action);
    a->set("case", e.caseCode);
    a->set("detail", e.detail);
    audit->add(a);
  }
  o->set("audit", audit);
  return o;
}

int exportPerson(Invocation& inv) {
  // "-o FILE" arrives as two positional words (the parser knows only --options), "--output FILE" as an option.
  auto out = inv.args.value("--output");
  const auto& words = inv.args.positional();
  for (size_t i = 1; i + 1 < words.size(); ++i)
    if (words[i] == "-o") out = words[i + 1];
  if (!out)
    return fail(inv, makeError("cli.usage", "Cần tệp kết quả: -o FILE.json", "Need the output file: -o FILE.json"),
                kExitUsage);
  auto db = openDatabase(inv, false);
  if (!db) return kExitFailure;
  auto record = access::personRecord(*db, inv.args.positional()[0]);
  if (!record) return fail(inv, record.error());
  std::ofstream file(*out, std::ios::binary | std::ios::trunc);
  Poco::JSON::Stringifier::stringify(recordJson(*record), file, 2);
  if (!file.flush())
    return fail(inv, makeError("person.write", "Không ghi được tệp", "Could not write the file", *out));
  if (inv.json) {
    auto o = jsonObject();
    o->set("file", *out);
    o->set("cases", record->cases.size());
    o->set("audit_entries", record->audit.size());
    printJson(inv, o);
  } else {
    inv.out << *out << ": " << record->cases.size() << (inv.language == Language::English ? " case(s), " : " hồ sơ, ")
            << record->audit.size() << (inv.language == Language::English ? " audit entries\n" : " mục nhật ký\n");
  }
  return kExitOk;
}

}  // namespace

std::vector<Command> personCommands() {
  return {
      {{"person", "export"},
       "ID_NUMBER -o FILE.json",
       "export everything held about one person: parties, cases, scans list, audit entries",
       {{"--output", true, "the JSON file to write (same as -o FILE)"}},
       exportPerson,
       1},
  };
}

}  // namespace landdesk::cli
