// Hand-built cases for the documents tests: every value known, so each assertion can name what it expects.
#pragma once

#include <vector>

#include "model/case.h"
#include "model/office_profile.h"

namespace landdesk::test {

// Transfer of a whole, mixed-purpose (ONT 100 + CLN 212.5), co-owned parcel: a married couple (Nguyễn Văn An and
// Trần Thị Bình) sells to two transferees (Lê Văn Cường, Phạm Thị Dung); price 1.250.000.000 in two payments.
model::Case transferCase();
// Gift from a married couple to their son, with a gift condition.
model::Case giftCase();
// Division of the estate of Hoàng Văn Em (died 2024-03-10): widow Đỗ Thị Gấm and two children, shares 1/2, 1/4,
// 1/4; the widow's half of the common property separated first; the son Hoàng Văn Hải takes the land.
model::Case divisionCase();
// Refusal: Hoàng Thị Kim renounces her share of the same estate.
model::Case refusalCase();
model::OfficeProfile office();

}  // namespace landdesk::test
