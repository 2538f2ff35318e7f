// Owning handle for a Leptonica image (Pix), so capture code never leaks or double-frees one.
#pragma once

#include <memory>

struct Pix;

namespace landdesk::capture {

struct PixDeleter {
  void operator()(Pix* pix) const;
};
using PixPtr = std::unique_ptr<Pix, PixDeleter>;

// Takes ownership of a Pix returned by a Leptonica call (null stays null).
inline PixPtr adopt(Pix* pix) { return PixPtr(pix); }

// A new reference to the same pixels (Leptonica reference counting), for keeping an image alive.
PixPtr shareImage(Pix* pix);

// Silences Leptonica's messages on stderr (once per process); the capture code reports failures itself.
void quietLeptonica();

}  // namespace landdesk::capture
