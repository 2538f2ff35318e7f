// The office profile of the demo database: a plausible commune so every document renders complete.
#pragma once

#include "model/office_profile.h"

namespace landdesk::demo {

model::OfficeProfile demoOfficeProfile();

}  // namespace landdesk::demo
