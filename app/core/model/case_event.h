// One entry of a case's history: who changed what, when, from which value to which.
#pragma once

#include <cstdint>
#include <string>

#include "util/datetime.h"

namespace landdesk::model {

struct CaseEvent {
  int64_t id = 0;
  LocalDateTime at{};
  std::string actor;     // officer login or name
  std::string action;    // "created", "updated", "status" …
  std::string field;     // the changed path, e.g. "parties[0].fullName"; empty for whole-case events
  std::string oldValue;
  std::string newValue;
};

}  // namespace landdesk::model
