#include "landdesk_app.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <vector>

#include <wx/display.h>
#include <wx/intl.h>

#include "case_list_ctrl.h"
#include "exception_barrier.h"
#include "main_frame.h"
#include "resources.h"
#include "startup_options.h"
#include "startup_probe.h"
#include "translations.h"
#include "util/paths.h"
#include "wx_text.h"

namespace landdesk::gui {

LandDeskApp::LandDeskApp() {
  // Runs before GTK starts. The desk draws no OpenGL, yet on a display where no GTK app ran before, GDK probes GLX to
  // choose its visuals, loading Mesa and LLVM: ~45 MB and ~0.2 s for nothing. An explicit GDK_GL setting wins.
  setenv("GDK_GL", "disable", 0);
}

bool LandDeskApp::OnInit() {
  // wxApp::OnInit would parse the command line with wx's own rules, which know nothing of ours.
  std::vector<std::string> args;
  for (int i = 1; i < argc; ++i) args.push_back(toUtf8(argv[i]));
  const Language fallback = languageFromEnvironment();
  auto options = parseStartupOptions(args, fallback);
  if (!options) {
    std::fprintf(stderr, "%s\n%s", options.error().text(fallback).c_str(), startupUsage(fallback).c_str());
    return false;
  }
  if (options->help) {
    std::fputs(startupUsage(options->language).c_str(), stdout);
    CallAfter([this] { ExitMainLoop(); });  // exit code 0, no window
    return true;
  }
  SetAppName(wxASCII_STR("landdesk"));
  SetAppDisplayName(wxASCII_STR("LandDesk"));
  if (!installTranslations(options->language))
    std::fputs("landdesk: Vietnamese catalog landdesk.mo not found; showing English.\n", stderr);
  loadForms();

  auto* frame = new MainFrame();
  // Most of the screen: the desk is used all day, and the list and the detail pane both want width.
  const wxRect area = wxDisplay(static_cast<unsigned>(std::max(0, wxDisplay::GetFromWindow(frame)))).GetClientArea();
  frame->SetSize(std::min(area.width * 9 / 10, frame->FromDIP(1600)), std::min(area.height * 9 / 10, frame->FromDIP(1000)));
  frame->Centre();
  const bool explicitFile = options->database.has_value();
  const std::filesystem::path file = explicitFile ? *options->database : defaultDatabasePath();
  // The default database is created on first run; a file named on the command line must exist.
  const Status opened = frame->openDatabase(file, !explicitFile);
  frame->Show();
  if (opened && !options->measureStartup && !frame->loginIfNeeded()) {
    frame->Destroy();  // Cancel at the login quits the desk
    CallAfter([this] { ExitMainLoop(); });
    return true;
  }
  if (opened && !options->measureStartup) frame->showSetupWizard(true);

  if (options->measureStartup) {
    CallAfter([this, frame, opened] {
      frame->Update();  // the newest cases are on screen
      const double firstScreenMs = millisecondsSinceProcessStart();
      if (!opened) {
        std::fprintf(stderr, "%s\n", opened.error().text(uiLanguage()).c_str());
        exitCode_ = 1;
        frame->Close(true);
        return;
      }
      frame->whenLoaded([this, frame, firstScreenMs] {
        frame->Update();
        if (!frame->openErrorMessage().empty()) {
          std::fprintf(stderr, "%s\n", toUtf8(frame->openErrorMessage()).c_str());
          exitCode_ = 1;
        } else {
          std::printf("startup_ms=%.0f rss_mb=%.1f cases=%zu first_screen_ms=%.0f\n", millisecondsSinceProcessStart(),
                      peakResidentMegabytes(), frame->totalCaseCount(), firstScreenMs);
          std::fflush(stdout);
        }
        frame->Close(true);
      });
    });
  }
  return true;
}

int LandDeskApp::OnRun() {
  const int code = wxApp::OnRun();
  return exitCode_ != 0 ? exitCode_ : code;
}

bool LandDeskApp::OnExceptionInMainLoop() {
  handleFailure(std::current_exception(), "event loop", GetTopWindow());
  return true;  // keep the desk running: the officer's other work is still there
}

void LandDeskApp::OnUnhandledException() { handleFailure(std::current_exception(), "start-up or shutdown", nullptr); }

}  // namespace landdesk::gui
