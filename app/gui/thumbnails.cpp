#include "thumbnails.h"

#include <wx/image.h>
#include <wx/mstream.h>

#include "capture/image_file.h"
#include "verify/page_picture.h"

namespace landdesk::gui {

std::vector<std::pair<std::string, std::string>> readThumbnails(
    const std::vector<std::pair<std::string, std::filesystem::path>>& wanted, int side, const std::atomic<bool>& stop) {
  std::vector<std::pair<std::string, std::string>> pictures;
  for (const auto& [key, file] : wanted) {
    if (stop) break;
    auto bytes = capture::readFileBytes(file, 64u << 20);
    if (!bytes) continue;  // a file gone from the store: no picture, asked again next time
    auto picture = verify::pagePicture(*bytes, 0, side);
    pictures.emplace_back(key, picture ? picture->png : std::string());
  }
  return pictures;
}

wxBitmap squareThumbnail(const std::string& png, wxSize size) {
  wxMemoryInputStream in(png.data(), png.size());
  wxImage image;
  if (png.empty() || !image.LoadFile(in, wxBITMAP_TYPE_PNG)) image = wxImage(size, true);  // unreadable: blank
  wxImage square(size, true);
  square.SetRGB(wxRect(size), 255, 255, 255);
  square.Paste(image, (size.x - image.GetWidth()) / 2, (size.y - image.GetHeight()) / 2);
  return wxBitmap(square);
}

}  // namespace landdesk::gui
