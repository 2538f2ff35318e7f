// The UI language: the "landdesk" gettext catalog through wxTranslations (no system vi_VN locale needed).
#pragma once

#include <filesystem>
#include <vector>

#include "util/error.h"

namespace landdesk::gui {

// Makes `language` the UI language. Vietnamese loads locale/vi/LC_MESSAGES/landdesk.mo; English needs no catalog
// (the msgids are English). Returns false, and falls back to English, when the Vietnamese catalog is not found.
bool installTranslations(Language language);

// The language installed last; the core's vocabulary labels (term().vi/.en) follow it.
Language uiLanguage();

// Where catalogs are looked for, first match wins: $LANDDESK_LOCALE_DIR, <exe>/../share/locale, the build tree,
// the install prefix.
std::vector<std::filesystem::path> localeDirectories();

}  // namespace landdesk::gui
