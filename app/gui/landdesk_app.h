// The desk application: reads the command line, sets the UI language, loads the forms and opens the main window.
#pragma once

#include <wx/app.h>

namespace landdesk::gui {

class LandDeskApp : public wxApp {
 public:
  LandDeskApp();
  bool OnInit() override;
  int OnRun() override;
  // The exception barrier of the event loop: a short message for the officer, the detail behind a button.
  bool OnExceptionInMainLoop() override;
  // Outside the event loop (start-up, shutdown): the same barrier, so the failure is logged and explained.
  void OnUnhandledException() override;

 private:
  int exitCode_ = 0;
};

}  // namespace landdesk::gui
