// The desk's XRC layouts (forms/*.xrc, embedded at build time by wxrc -c), loaded once per process.
#pragma once

namespace landdesk::gui {

// Registers every XRC handler, then the embedded forms. Call after wxApp exists, before the first frame.
void loadForms();

}  // namespace landdesk::gui
