// Driving the desk's modal dialogs from a GUI test, and screenshots of what the (virtual) screen shows.
#pragma once

#include <filesystem>
#include <functional>

class wxDialog;
class wxWindow;

namespace landdesk::test {

// Runs `command` (a menu command of the main window, say) and answers the first dialog it shows modally with
// `script`: the dialog is shown modeless while the script drives it, so the event loop keeps turning for worker
// threads and painting, then ShowModal returns the script's value without a nested loop. Returns false when no
// dialog was shown; what the script throws (a failed BOOST_REQUIRE) is rethrown here after the command returned.
bool answerModal(const std::function<void()>& command, const std::function<int(wxDialog&)>& script);

// Shows `window` on top, lets it paint, and saves the screen's pixels under it as PNG (ImageMagick's `import` from
// the X display: a fresh capture every time, where wxScreenDC under Xvfb returned stale pixels after the first).
bool shoot(wxWindow& window, const std::filesystem::path& png);

}  // namespace landdesk::test
