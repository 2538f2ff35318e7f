#include "model/office_profile.h"

#include <cctype>

namespace landdesk::model {

namespace {

std::string capitalised(const std::string& type) {
  // The types are "xã", "phường", "đặc khu": only the first letter changes; "đ" is two bytes in UTF-8.
  if (type.rfind("đ", 0) == 0) return "Đ" + type.substr(std::string("đ").size());
  if (type.empty()) return type;
  std::string out = type;
  out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

}  // namespace

std::string OfficeProfile::peoplesCommittee() const { return "Ủy ban nhân dân " + communeType + " " + commune; }

std::string OfficeProfile::placeName() const { return capitalised(communeType) + " " + commune; }

std::string OfficeProfile::serviceCentreName() const {
  return serviceCentre.empty() ? "Trung tâm Phục vụ hành chính công " + communeType + " " + commune : serviceCentre;
}

const std::vector<OfficeSetting>& officeSettings() {
  static const std::vector<OfficeSetting> table{
      {"office.commune_type", "Loại đơn vị (xã, phường, đặc khu)", "Unit type (xã, phường, đặc khu)", &OfficeProfile::communeType},
      {"office.commune", "Tên xã", "Commune name", &OfficeProfile::commune},
      {"office.province", "Tỉnh, thành phố", "Province", &OfficeProfile::province},
      {"office.former_names", "Tên cũ trước sắp xếp năm 2025 (cho giấy tờ cũ), cách nhau bởi dấu ;",
       "Former names before the 2025 merger (for old papers), separated by ;", &OfficeProfile::formerNames},
      {"office.address", "Địa chỉ trụ sở", "Office address", &OfficeProfile::address},
      {"office.service_centre", "Tên Trung tâm Phục vụ hành chính công", "Service centre name", &OfficeProfile::serviceCentre},
      {"office.phone", "Số điện thoại", "Phone", &OfficeProfile::phone},
      {"signer.name", "Họ tên người ký chứng thực", "Signer's name", &OfficeProfile::signerName},
      {"signer.title", "Chức danh người ký", "Signer's title", &OfficeProfile::signerTitle},
      {"signer.acting_for", "Ký thay (KT. CHỦ TỊCH) hoặc để trống", "Signing for (KT. CHỦ TỊCH) or empty", &OfficeProfile::signerActingFor},
      {"receiver.name", "Họ tên công chức tiếp nhận", "Receiving officer's name", &OfficeProfile::receivingOfficer},
      {"receiver.title", "Chức danh công chức tiếp nhận", "Receiving officer's title", &OfficeProfile::receivingOfficerTitle},
      {"format.number_style", "Cách đọc số (north/south)", "Number words style (north/south)", &OfficeProfile::numberStyle},
      {"format.register_number", "Mẫu số chứng thực", "Register number format", &OfficeProfile::registerNumberFormat},
      {"deadlines.remote_area", "Xã miền núi, hải đảo, vùng khó khăn: thời hạn đăng ký dài hơn (yes/no)",
       "Remote or difficult area: longer registration limits (yes/no)", &OfficeProfile::remoteArea},
  };
  return table;
}

OfficeProfile officeProfileFrom(const std::map<std::string, std::string>& settings) {
  OfficeProfile p;
  for (const auto& s : officeSettings())
    if (auto it = settings.find(s.key); it != settings.end() && !it->second.empty()) p.*s.member = it->second;
  return p;
}

std::map<std::string, std::string> settingsOf(const OfficeProfile& profile) {
  std::map<std::string, std::string> out;
  for (const auto& s : officeSettings()) out.emplace(s.key, profile.*s.member);
  return out;
}

std::vector<std::string> missingOfficeSettings(const OfficeProfile& profile) {
  std::vector<std::string> missing;
  for (const char* key : {"office.commune", "office.province", "signer.name", "signer.title", "receiver.name"})
    for (const auto& s : officeSettings())
      if (s.key == std::string_view(key) && (profile.*s.member).empty()) missing.push_back(key);
  return missing;
}

}  // namespace landdesk::model
