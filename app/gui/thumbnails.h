// Small pictures of stored papers for lists (inbox, the case editor's documents page): page 1 of an image or PDF
// decoded off the UI thread, then centred on a white square on the UI thread.
#pragma once

#include <atomic>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include <wx/bitmap.h>

namespace landdesk::gui {

// For each (key, file) that can be read: its first page as a PNG fitting `side` pixels, empty when it does not
// decode. PDF pages go through poppler, which takes a moment: call this on a worker thread. Stops when `stop` is set.
std::vector<std::pair<std::string, std::string>> readThumbnails(
    const std::vector<std::pair<std::string, std::filesystem::path>>& wanted, int side, const std::atomic<bool>& stop);

// The PNG centred on a white square of `size` (a blank square when it does not decode). UI thread only.
wxBitmap squareThumbnail(const std::string& png, wxSize size);

}  // namespace landdesk::gui
