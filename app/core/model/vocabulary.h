// The closed vocabularies of the case model, each value with its stable code (storage, JSON) and labels.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace landdesk::model {

// Loại hồ sơ.
enum class CaseKind { TransferWhole, TransferPart, Gift, InheritanceDivision, InheritanceDeclaration, InheritanceRefusal };

// Trạng thái hồ sơ; the allowed transitions belong to the workflow, not to this list.
enum class CaseStatus {
  Received, Drafting, DraftSent, Visit1Booked, Authenticated, HandedToCadastral, Filed, TaxNoticeReceived,
  TaxPaid, ResultReceived, CitizenNotified, Collected, WaitingForPapers, Refused, Withdrawn,
  Posting  // niêm yết of an inheritance document before authentication (optional; the authentication clock pauses)
};

// Kênh tiếp nhận.
enum class IntakeChannel { Counter, Zalo, Email, Post, Online };

// Loại giấy tờ tùy thân; an old CMND is kept only to match old certificates.
enum class IdType { Cccd, CanCuoc, Passport, Cmnd };

enum class MaritalStatus { Unknown, Single, Married, Widowed, Divorced };

// Vai trò của một bên trong hồ sơ.
enum class PartyRole { Transferor, Transferee, Donor, Donee, Deceased, Heir, RenouncingHeir, Representative, Witness };

// "A is the <kinship> of B"; it drives tax exemptions and the heir ranks.
enum class Kinship {
  Spouse, Parent, Child, AdoptiveParent, AdoptedChild, ParentInLaw, ChildInLaw, Grandparent, Grandchild, Sibling, Other
};

// Hình thức sử dụng đất.
enum class UseForm { Private, Shared };

// Where a value came from.
enum class Provenance { Typed, Qr, Ocr, Confirmed };

// Loại giấy tờ nhận được.
enum class DocumentKind {
  IdCard, LandCertificate, MarriageCertificate, DeathCertificate, KinshipProof, SubdivisionDrawing, Authorisation, Other
};

template <class E>
struct Term {
  E value;
  std::string_view code;  // stable: stored in the database and JSON
  std::string_view vi;
  std::string_view en;
};

template <class E>
std::span<const Term<E>> terms();

template <class E>
const Term<E>& term(E value) {
  for (const auto& t : terms<E>())
    if (t.value == value) return t;
  return terms<E>().front();  // unreachable: every enumerator has a row
}

template <class E>
std::string_view codeOf(E value) {
  return term(value).code;
}

template <class E>
std::optional<E> fromCode(std::string_view code) {
  for (const auto& t : terms<E>())
    if (t.code == code) return t.value;
  return std::nullopt;
}

}  // namespace landdesk::model
