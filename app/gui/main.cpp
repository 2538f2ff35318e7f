// The desk app's entry point; everything else lives in landdesk_gui.
#include "landdesk_app.h"

wxIMPLEMENT_APP(landdesk::gui::LandDeskApp);
