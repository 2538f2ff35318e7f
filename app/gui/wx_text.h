// The one place where the core's UTF-8 std::string meets wxString (wx 3.2 reads plain char* in the C locale).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include <wx/string.h>

namespace landdesk::gui {

// UTF-8 from the core (SQLite, Poco, the text kit) to what wx displays.
inline wxString toWx(std::string_view utf8) {
  return utf8.empty() ? wxString() : wxString::FromUTF8(utf8.data(), utf8.size());
}

// What the officer typed, back to the core's UTF-8.
inline std::string toUtf8(const wxString& text) {
  const wxScopedCharBuffer buffer = text.utf8_str();
  return std::string(buffer.data(), buffer.length());
}

// File names: Linux paths are bytes, and the desk's are UTF-8.
inline wxString pathToWx(const std::filesystem::path& path) { return toWx(path.string()); }
inline std::filesystem::path pathFromWx(const wxString& text) { return std::filesystem::path(toUtf8(text)); }

}  // namespace landdesk::gui
