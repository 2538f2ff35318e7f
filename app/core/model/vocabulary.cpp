#include "model/vocabulary.h"

namespace landdesk::model {

namespace {
using CK = CaseKind;
constexpr Term<CK> kCaseKinds[] = {
    {CK::TransferWhole, "transfer_whole", "Chuyển nhượng quyền sử dụng đất", "Transfer of a whole parcel"},
    {CK::TransferPart, "transfer_part", "Chuyển nhượng một phần thửa đất", "Transfer of part of a parcel"},
    {CK::Gift, "gift", "Tặng cho quyền sử dụng đất", "Gift of land-use right"},
    {CK::InheritanceDivision, "inheritance_division", "Thỏa thuận phân chia di sản", "Inheritance division"},
    {CK::InheritanceDeclaration, "inheritance_declaration", "Khai nhận di sản", "Inheritance declaration"},
    {CK::InheritanceRefusal, "inheritance_refusal", "Từ chối nhận di sản", "Inheritance refusal"},
};

using CS = CaseStatus;
constexpr Term<CS> kCaseStatuses[] = {
    {CS::Received, "received", "Đã tiếp nhận", "Received"},
    {CS::Drafting, "drafting", "Đang soạn thảo", "Drafting"},
    {CS::DraftSent, "draft_sent", "Đã gửi dự thảo", "Draft sent"},
    {CS::Visit1Booked, "visit1_booked", "Đã hẹn ký", "Signing booked"},
    {CS::Authenticated, "authenticated", "Đã ký, chứng thực", "Signed and authenticated"},
    {CS::HandedToCadastral, "handed_to_cadastral", "Đã chuyển địa chính", "Handed to cadastral officer"},
    {CS::Filed, "filed", "Đã nộp VPĐKĐĐ", "Filed at registration office"},
    {CS::TaxNoticeReceived, "tax_notice_received", "Có thông báo thuế", "Tax notice received"},
    {CS::TaxPaid, "tax_paid", "Đã nộp thuế", "Tax paid"},
    {CS::ResultReceived, "result_received", "Đã có kết quả", "Result received"},
    {CS::CitizenNotified, "citizen_notified", "Đã báo công dân", "Citizen notified"},
    {CS::Collected, "collected", "Đã trả kết quả", "Collected"},
    {CS::WaitingForPapers, "waiting_papers", "Chờ bổ sung giấy tờ", "Waiting for papers"},
    {CS::Refused, "refused", "Từ chối", "Refused"},
    {CS::Withdrawn, "withdrawn", "Đã rút hồ sơ", "Withdrawn"},
    {CS::Posting, "posting", "Đang niêm yết", "Posting (inheritance)"},
};

using IC = IntakeChannel;
constexpr Term<IC> kChannels[] = {
    {IC::Counter, "counter", "Trực tiếp", "Counter"}, {IC::Zalo, "zalo", "Zalo", "Zalo"},
    {IC::Email, "email", "Thư điện tử", "Email"},     {IC::Post, "post", "Bưu chính", "Post"},
    {IC::Online, "online", "Trực tuyến", "Online"},
};

constexpr Term<IdType> kIdTypes[] = {
    {IdType::Cccd, "cccd", "CCCD", "Citizen ID card"},
    {IdType::CanCuoc, "can_cuoc", "Căn cước", "Identity card"},
    {IdType::Passport, "passport", "Hộ chiếu", "Passport"},
    {IdType::Cmnd, "cmnd", "CMND", "Old ID card (CMND)"},
};

using MS = MaritalStatus;
constexpr Term<MS> kMaritalStatuses[] = {
    {MS::Unknown, "unknown", "Chưa rõ", "Unknown"},  {MS::Single, "single", "Độc thân", "Single"},
    {MS::Married, "married", "Đã kết hôn", "Married"}, {MS::Widowed, "widowed", "Góa", "Widowed"},
    {MS::Divorced, "divorced", "Đã ly hôn", "Divorced"},
};

using PR = PartyRole;
constexpr Term<PR> kRoles[] = {
    {PR::Transferor, "transferor", "Bên chuyển nhượng", "Transferor"},
    {PR::Transferee, "transferee", "Bên nhận chuyển nhượng", "Transferee"},
    {PR::Donor, "donor", "Bên tặng cho", "Donor"},
    {PR::Donee, "donee", "Bên được tặng cho", "Donee"},
    {PR::Deceased, "deceased", "Người để lại di sản", "Deceased"},
    {PR::Heir, "heir", "Người thừa kế", "Heir"},
    {PR::RenouncingHeir, "renouncing_heir", "Người từ chối nhận di sản", "Renouncing heir"},
    {PR::Representative, "representative", "Người đại diện theo ủy quyền", "Authorised representative"},
    {PR::Witness, "witness", "Người làm chứng", "Witness"},
};

using KS = Kinship;
constexpr Term<KS> kKinships[] = {
    {KS::Spouse, "spouse", "vợ/chồng", "spouse"},
    {KS::Parent, "parent", "cha/mẹ đẻ", "parent"},
    {KS::Child, "child", "con đẻ", "child"},
    {KS::AdoptiveParent, "adoptive_parent", "cha/mẹ nuôi", "adoptive parent"},
    {KS::AdoptedChild, "adopted_child", "con nuôi", "adopted child"},
    {KS::ParentInLaw, "parent_in_law", "cha/mẹ chồng, cha/mẹ vợ", "parent-in-law"},
    {KS::ChildInLaw, "child_in_law", "con dâu, con rể", "child-in-law"},
    {KS::Grandparent, "grandparent", "ông/bà", "grandparent"},
    {KS::Grandchild, "grandchild", "cháu nội/ngoại", "grandchild"},
    {KS::Sibling, "sibling", "anh/chị/em ruột", "sibling"},
    {KS::Other, "other", "khác", "other"},
};

constexpr Term<UseForm> kUseForms[] = {
    {UseForm::Private, "private", "Sử dụng riêng", "Private use"},
    {UseForm::Shared, "shared", "Sử dụng chung", "Shared use"},
};

constexpr Term<Provenance> kProvenances[] = {
    {Provenance::Typed, "typed", "Nhập tay", "Typed"},
    {Provenance::Qr, "qr", "Mã QR", "QR code"},
    {Provenance::Ocr, "ocr", "Nhận dạng chữ", "OCR"},
    {Provenance::Confirmed, "confirmed", "Cán bộ đã xác nhận", "Confirmed by officer"},
};

using DK = DocumentKind;
constexpr Term<DK> kDocumentKinds[] = {
    {DK::IdCard, "id_card", "Giấy tờ tùy thân", "ID card"},
    {DK::LandCertificate, "land_certificate", "Giấy chứng nhận QSDĐ", "Land-use right certificate"},
    {DK::MarriageCertificate, "marriage_certificate", "Giấy chứng nhận kết hôn", "Marriage certificate"},
    {DK::DeathCertificate, "death_certificate", "Giấy chứng tử", "Death certificate"},
    {DK::KinshipProof, "kinship_proof", "Giấy tờ chứng minh quan hệ", "Proof of kinship"},
    {DK::SubdivisionDrawing, "subdivision_drawing", "Bản vẽ tách thửa", "Subdivision drawing"},
    {DK::Authorisation, "authorisation", "Văn bản ủy quyền", "Authorisation"},
    {DK::Other, "other", "Giấy tờ khác", "Other paper"},
};
}  // namespace

template <> std::span<const Term<CaseKind>> terms() { return kCaseKinds; }
template <> std::span<const Term<CaseStatus>> terms() { return kCaseStatuses; }
template <> std::span<const Term<IntakeChannel>> terms() { return kChannels; }
template <> std::span<const Term<IdType>> terms() { return kIdTypes; }
template <> std::span<const Term<MaritalStatus>> terms() { return kMaritalStatuses; }
template <> std::span<const Term<PartyRole>> terms() { return kRoles; }
template <> std::span<const Term<Kinship>> terms() { return kKinships; }
template <> std::span<const Term<UseForm>> terms() { return kUseForms; }
template <> std::span<const Term<Provenance>> terms() { return kProvenances; }
template <> std::span<const Term<DocumentKind>> terms() { return kDocumentKinds; }

}  // namespace landdesk::model
