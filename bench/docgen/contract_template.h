// The benchmark's 3-page land-use-right transfer contract (parties, a married-couple condition, a parcel table
// loop, ~50 tags) and its data, built once as a DOCX so LandDesk and docxtemplater render the very same file.
#pragma once

#include <string>

namespace landdesk::bench {

// `splitRuns`: every tag broken over several runs by proofing marks, bookmarks and revisions, as Word leaves it.
std::string contractTemplateDocx(bool splitRuns);
std::string contractDataJson();

}  // namespace landdesk::bench
