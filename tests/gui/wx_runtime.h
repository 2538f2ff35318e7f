// wxWidgets started once for the GUI tests (under xvfb-run), with the forms and the Vietnamese catalog loaded.
#pragma once

#include <chrono>
#include <filesystem>
#include <functional>

class wxWindow;

namespace landdesk::test {

// Runs the event loop's pending work (events, timers, idle) for `duration`.
void pumpEvents(std::chrono::milliseconds duration);
// Pumps until `done` holds or `timeout` passes; returns the last value of `done`.
bool pumpUntil(const std::function<bool()>& done, std::chrono::milliseconds timeout = std::chrono::seconds(5));
// Saves what `window` shows on the (virtual) screen as PNG.
bool saveScreenshot(wxWindow& window, const std::filesystem::path& png);

}  // namespace landdesk::test
