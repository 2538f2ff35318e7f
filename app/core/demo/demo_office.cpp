#include "demo/demo_office.h"

namespace landdesk::demo {

model::OfficeProfile demoOfficeProfile() {
  model::OfficeProfile p;
  p.commune = "Hải Lăng";
  p.province = "Quảng Trị";
  p.address = "Thôn Diên Sanh, xã Hải Lăng, tỉnh Quảng Trị";
  p.phone = "0233 3870 123";
  p.signerName = "Lê Văn Thành";
  p.signerTitle = "Phó Chủ tịch";
  p.signerActingFor = "KT. CHỦ TỊCH";
  p.receivingOfficer = "Nguyễn Thị Hồng Nhung";
  return p;
}

}  // namespace landdesk::demo
