// Figures for the start-up benchmark: time since the process started and its memory, read from /proc.
#pragma once

namespace landdesk::gui {

// Milliseconds since the kernel started this process (so dynamic loading counts too).
double millisecondsSinceProcessStart();
// Peak resident set size (VmHWM) in MiB.
double peakResidentMegabytes();

}  // namespace landdesk::gui
