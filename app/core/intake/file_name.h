// Names that arrive with files (attachments, zip entries, dropped files) made safe to show and to use as one path segment.
#pragma once

#include <string>
#include <string_view>

namespace landdesk::intake {

// Keeps the last segment after any '/' or '\', drops control and invisible format characters (a right-to-left
// override can disguise "gpj.exe" as "exe.jpg"), replaces the characters Windows forbids (<>:"/\|?*) with '_',
// collapses spaces, trims spaces and dots at both ends (so "..", ".hidden" and "name." cannot survive), prefixes
// Windows device names (CON, NUL, COM1 …) with '_', caps the length at 180 bytes keeping the extension, and
// returns NFC. Vietnamese letters are kept exactly: "Sổ đỏ thửa 12.jpg" stays "Sổ đỏ thửa 12.jpg".
// Invalid UTF-8 must be converted by the caller (it becomes U+FFFD here). `fallback` is used when nothing is left.
std::string sanitizeFileName(std::string_view raw, std::string_view fallback = "tep-nhan");

// The extension of a sanitised name, lower case, without the dot ("jpg"); empty when none.
std::string lowerExtension(std::string_view name);

}  // namespace landdesk::intake
