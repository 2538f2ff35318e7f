#include "wx_runtime.h"

#include <stdexcept>
#include <thread>

#include <boost/test/unit_test.hpp>
#include <wx/app.h>
#include <wx/dcmemory.h>
#include <wx/dcscreen.h>
#include <wx/image.h>
#include <wx/init.h>
#include <wx/window.h>

#include "resources.h"
#include "translations.h"
#include "wx_text.h"

namespace landdesk::test {

namespace {

struct WxRuntime {
  WxRuntime() {
    auto& suite = boost::unit_test::framework::master_test_suite();
    int argc = 1;
    char* argv[] = {suite.argv[0], nullptr};
    wxApp::SetInstance(new wxApp());
    if (!wxEntryStart(argc, argv)) throw std::runtime_error("wxWidgets did not start: no display? (run under xvfb-run)");
    wxInitAllImageHandlers();
    if (!gui::installTranslations(Language::Vietnamese))
      throw std::runtime_error("the Vietnamese catalog landdesk.mo was not found (build landdesk_translations)");
    gui::loadForms();
  }
  ~WxRuntime() { wxEntryCleanup(); }
};

}  // namespace

BOOST_TEST_GLOBAL_FIXTURE(WxRuntime);

void pumpEvents(std::chrono::milliseconds duration) {
  pumpUntil([] { return false; }, duration);
}

bool pumpUntil(const std::function<bool()>& done, std::chrono::milliseconds timeout) {
  const auto end = std::chrono::steady_clock::now() + timeout;
  while (true) {
    if (done()) return true;
    if (std::chrono::steady_clock::now() >= end) return false;
    wxTheApp->Yield(true);
    wxTheApp->ProcessPendingEvents();
    wxTheApp->ProcessIdle();
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
}

bool saveScreenshot(wxWindow& window, const std::filesystem::path& png) {
  window.Raise();
  window.Update();
  const wxRect r = window.GetScreenRect();
  wxScreenDC screen;
  wxBitmap bitmap(r.width, r.height);
  {
    wxMemoryDC memory(bitmap);
    memory.Blit(0, 0, r.width, r.height, &screen, r.x, r.y);
  }
  return bitmap.ConvertToImage().SaveFile(gui::pathToWx(png), wxBITMAP_TYPE_PNG);
}

}  // namespace landdesk::test
