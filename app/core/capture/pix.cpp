#include "capture/pix.h"

#include <leptonica/allheaders.h>

#include <mutex>

namespace landdesk::capture {

void PixDeleter::operator()(Pix* pix) const {
  if (pix) pixDestroy(&pix);
}

PixPtr shareImage(Pix* pix) { return PixPtr(pix ? pixClone(pix) : nullptr); }

void quietLeptonica() {
  static std::once_flag once;
  std::call_once(once, [] { setMsgSeverity(L_SEVERITY_NONE); });
}

}  // namespace landdesk::capture
