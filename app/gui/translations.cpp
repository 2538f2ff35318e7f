#include "translations.h"

#include <cstdlib>
#include <system_error>

#include <wx/stdpaths.h>
#include <wx/translation.h>

#include "wx_text.h"

namespace landdesk::gui {

namespace {
Language installedLanguage = Language::Vietnamese;
}

std::vector<std::filesystem::path> localeDirectories() {
  std::vector<std::filesystem::path> dirs;
  if (const char* env = std::getenv("LANDDESK_LOCALE_DIR"); env && *env) dirs.emplace_back(env);
  const std::filesystem::path exe = pathFromWx(wxStandardPaths::Get().GetExecutablePath());
  if (!exe.empty()) dirs.push_back(exe.parent_path().parent_path() / "share" / "locale");
  dirs.emplace_back(LANDDESK_BUILD_LOCALE_DIR);
  dirs.emplace_back(LANDDESK_INSTALL_LOCALE_DIR);
  return dirs;
}

bool installTranslations(Language language) {
  auto* translations = new wxTranslations();
  wxTranslations::Set(translations);  // takes ownership, replacing any earlier one
  installedLanguage = language;
  if (language == Language::English) {
    translations->SetLanguage(wxLANGUAGE_ENGLISH_US);
    return true;
  }
  translations->SetLanguage(wxASCII_STR("vi"));
  // Prefixes are searched in the order they were added, before the system's locale directories.
  for (const auto& dir : localeDirectories()) {
    std::error_code ec;
    if (std::filesystem::exists(dir / "vi" / "LC_MESSAGES" / "landdesk.mo", ec))
      wxFileTranslationsLoader::AddCatalogLookupPathPrefix(pathToWx(dir));
  }
  if (translations->AddCatalog(wxASCII_STR("landdesk"), wxLANGUAGE_ENGLISH_US)) return true;
  translations->SetLanguage(wxLANGUAGE_ENGLISH_US);
  installedLanguage = Language::English;
  return false;
}

Language uiLanguage() { return installedLanguage; }

}  // namespace landdesk::gui
