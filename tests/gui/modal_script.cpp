#include "modal_script.h"

#include <exception>
#include <string>

#include <wx/dialog.h>
#include <wx/modalhook.h>

#include "support/run_process.h"
#include "wx_runtime.h"

namespace landdesk::test {

namespace {

using namespace std::chrono_literals;

class ScriptHook : public wxModalDialogHook {
 public:
  explicit ScriptHook(const std::function<int(wxDialog&)>& script) : script_(script) { Register(); }
  ~ScriptHook() override { Unregister(); }
  bool seen() const { return seen_; }
  std::exception_ptr failure() const { return failure_; }

 protected:
  int Enter(wxDialog* dialog) override {
    if (seen_ || !dialog) return wxID_NONE;  // only the first dialog; a nested one would block, so tests avoid it
    seen_ = true;
    int answer = wxID_CANCEL;
    try {
      answer = script_(*dialog);
    } catch (...) {
      failure_ = std::current_exception();
    }
    if (dialog->IsShown()) dialog->Hide();
    return answer;
  }
  void Exit(wxDialog*) override {}

 private:
  const std::function<int(wxDialog&)>& script_;
  bool seen_ = false;
  std::exception_ptr failure_;
};

}  // namespace

bool answerModal(const std::function<void()>& command, const std::function<int(wxDialog&)>& script) {
  bool seen = false;
  std::exception_ptr failure;
  {
    ScriptHook hook(script);
    command();
    seen = hook.seen();
    failure = hook.failure();
  }
  if (failure) std::rethrow_exception(failure);
  return seen;
}

bool shoot(wxWindow& window, const std::filesystem::path& png) {
  window.Show();
  window.Raise();
  pumpUntil([&] { return window.IsShownOnScreen(); }, 3s);
  window.Refresh();
  window.Update();
  pumpEvents(500ms);
  const wxRect r = window.GetScreenRect();
  const std::string crop = std::to_string(r.width) + "x" + std::to_string(r.height) + "+" + std::to_string(r.x) + "+" +
                           std::to_string(r.y);
  const auto done = runProcess("/usr/bin/import", {"-window", "root", "-crop", crop, "+repage", png.string()});
  return done.exitCode == 0 && std::filesystem::exists(png);
}

}  // namespace landdesk::test
