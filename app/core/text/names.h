// People's names as documents print them: cleaned input, proper case, upper case and "Ông"/"Bà".
#pragma once

#include <string>
#include <string_view>

#include "model/sex.h"
#include "util/error.h"

namespace landdesk::text {

// "NGUYỄN VĂN AN" / "nguyễn văn an" -> "Nguyễn Văn An" (ICU title case, Vietnamese rules, NFC out).
std::string properNameCase(std::string_view utf8);
// "Nguyễn Văn An" -> "NGUYỄN VĂN AN" (ICU, đ -> Đ).
std::string upperCase(std::string_view utf8);
// "một tỷ" -> "Một tỷ": only the first letter changes (the capitalised first word of "Bằng chữ: …").
std::string capitalizeFirst(std::string_view utf8);
// "Ông" for Male, "Bà" for Female.
std::string_view honorific(model::Sex sex);

// Any short free-text field at the input boundary: valid UTF-8, NFC, trimmed, inner runs of (Unicode) spaces
// collapsed to one; refuses empty text, control and invisible format characters, and markup (< > { }) that
// could be taken for HTML or a template tag. Errors name the field in both languages ("text.invalid_utf8",
// "text.empty", "text.control_char", "text.markup").
Result<std::string> cleanField(std::string_view raw, std::string_view fieldVi, std::string_view fieldEn);
// cleanField for a person's full name ("họ và tên").
Result<std::string> cleanName(std::string_view raw);

}  // namespace landdesk::text
