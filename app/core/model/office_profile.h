// The desk's office profile (commune, service centre, signer, receiving officer, formats) kept as settings.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace landdesk::model {

// What every document and register line says about the office. All text; empty means "not set yet".
struct OfficeProfile {
  std::string communeType = "xã";  // "xã", "phường" or "đặc khu"
  std::string commune;             // "Hải Lăng"
  std::string province;            // "Quảng Trị"
  std::string formerNames;         // before the 2025 merger, for old papers: "xã Hải Thượng, huyện Hải Lăng; …"
  std::string address;             // the office's street address
  std::string serviceCentre;       // "Trung tâm Phục vụ hành chính công xã Hải Lăng"; derived when empty
  std::string phone;
  std::string signerName;                                       // người ký chứng thực
  std::string signerTitle = "Chủ tịch";                         // "Chủ tịch" or "Phó Chủ tịch"
  std::string signerActingFor;                                  // "KT. CHỦ TỊCH" when a deputy signs; else empty
  std::string receivingOfficer;                                 // công chức tiếp nhận at the one-stop desk
  std::string receivingOfficerTitle = "Công chức Tư pháp - Hộ tịch";
  std::string numberStyle = "north";                            // "north" (nghìn, linh) or "south" (ngàn, lẻ)
  // {number} {book} {year} are replaced; see legal-facts §2.
  std::string registerNumberFormat = "Số chứng thực: {number}, quyển số {book}/{year}-SCT/HĐ,GD";
  // "yes": the commune is a remote or difficult area, so registration runs on the *_remote limits of deadlines.json.
  std::string remoteArea = "no";

  // "Ủy ban nhân dân xã Hải Lăng"
  std::string peoplesCommittee() const;
  // "Xã Hải Lăng": the place in the document date line.
  std::string placeName() const;
  std::string serviceCentreName() const;
};

// One editable setting: its key in the settings table, labels for the settings screen, and the member it fills.
struct OfficeSetting {
  const char* key;  // "office.commune"
  const char* vi;
  const char* en;
  std::string OfficeProfile::*member;
};
const std::vector<OfficeSetting>& officeSettings();

// Reads the profile from stored settings; keys not stored keep their defaults.
OfficeProfile officeProfileFrom(const std::map<std::string, std::string>& settings);
std::map<std::string, std::string> settingsOf(const OfficeProfile& profile);

// The settings still empty that documents need (commune, province, signer …), as keys.
std::vector<std::string> missingOfficeSettings(const OfficeProfile& profile);

}  // namespace landdesk::model
