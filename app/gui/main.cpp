// The desk app's entry point; everything else lives in landdesk_gui.
#include <cstdio>
#include <cstring>

#include "landdesk_app.h"
#include "version.h"

wxIMPLEMENT_APP_NO_MAIN(landdesk::gui::LandDeskApp);

int main(int argc, char** argv) {
  // Answered before wx starts GTK, which refuses to run without a display ("landdesk --version" over ssh, in scripts).
  if (argc == 2 && std::strcmp(argv[1], "--version") == 0) {
    std::printf("landdesk %.*s\n", static_cast<int>(landdesk::version().size()), landdesk::version().data());
    return 0;
  }
  return wxEntry(argc, argv);
}
