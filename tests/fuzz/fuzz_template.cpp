// Fuzz target: the DOCX template tag parser and the part compiler (loops, conditions, tags split across runs).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "docgen/part_compiler.h"
#include "docgen/tag_syntax.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  // The inside of one tag, as the compiler hands it over (short inputs make the interesting tags).
  if (size < 256) (void)landdesk::docgen::parseTag(input);
  // The same bytes as a whole WordprocessingML part: must compile or report issues, never crash or hang.
  (void)landdesk::docgen::compilePart("word/document.xml", input);
  return 0;
}
