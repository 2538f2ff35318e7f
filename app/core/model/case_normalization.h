// Brings every text field of a case to NFC, so what is stored and compared is one form whatever the input sent.
#pragma once

#include "model/case.h"

namespace landdesk::model {

void normalizeToNfc(Case& c);

}  // namespace landdesk::model
