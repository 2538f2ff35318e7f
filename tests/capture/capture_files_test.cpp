// Bad input for the capture layer: corrupt, truncated, huge, mislabelled and empty files, and a PDF page.
#include <boost/test/unit_test.hpp>

#include <array>
#include <cstdlib>
#include <fstream>

#include "capture/image_file.h"
#include "capture/pdf_pages.h"
#include "capture/scanner.h"
#include "support/temp_dir.h"

#include <leptonica/allheaders.h>

using namespace landdesk;
using namespace landdesk::capture;

namespace {

std::filesystem::path dataDir() { return test::sourceDirectory() / "tests/data/capture"; }

std::string slurp(const std::filesystem::path& p) {
  auto r = readFileBytes(p, 64u << 20);
  BOOST_REQUIRE(r.ok());
  return *r;
}

void spit(const std::filesystem::path& p, std::string_view bytes) {
  std::ofstream(p, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

std::uint32_t crc32(std::string_view data) {
  std::uint32_t c = 0xFFFFFFFFu;
  for (unsigned char b : data) {
    c ^= b;
    for (int k = 0; k < 8; ++k) c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1u)));
  }
  return ~c;
}

std::string be32(std::uint32_t v) {
  return {static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8), static_cast<char>(v)};
}

// A PNG whose header declares width × height, followed by a tiny (wrong) data chunk: never decodable.
std::string hugePng(std::uint32_t width, std::uint32_t height) {
  std::string ihdr = "IHDR" + be32(width) + be32(height) + std::string("\x08\x02\x00\x00\x00", 5);
  std::string png = std::string("\x89PNG\r\n\x1A\n", 8) + be32(13) + ihdr + be32(crc32(ihdr));
  std::string idat = "IDAT" + std::string(16, '\0');
  return png + be32(16) + idat + be32(crc32(idat));
}

// A one-page PDF showing a JPEG (DCTDecode) at 150 dpi, built by hand so the test needs no PDF writer.
std::string pdfWithJpeg(const std::string& jpeg, int w, int h) {
  double pw = w * 72.0 / 150, ph = h * 72.0 / 150;
  std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + std::to_string(pw) + " " + std::to_string(ph) +
          "] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>",
      "<< /Type /XObject /Subtype /Image /Width " + std::to_string(w) + " /Height " + std::to_string(h) +
          " /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length " + std::to_string(jpeg.size()) +
          " >>\nstream\n" + jpeg + "\nendstream",
  };
  std::string content = "q " + std::to_string(pw) + " 0 0 " + std::to_string(ph) + " 0 0 cm /Im0 Do Q";
  objects.push_back("<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "\nendstream");
  std::string pdf = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t off : offsets) {
    char line[32];
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", off);
    pdf += line;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) +
         "\n%%EOF\n";
  return pdf;
}

}  // namespace

BOOST_AUTO_TEST_CASE(file_type_is_taken_from_content_not_extension) {
  std::string jpeg = slurp(dataDir() / "cccd/cccd_01_clean_scan.jpg");
  BOOST_TEST(fileKindName(sniffFileKind(jpeg)) == "JPEG");
  BOOST_TEST(fileKindName(sniffFileKind(hugePng(10, 10))) == "PNG");
  BOOST_TEST(fileKindName(sniffFileKind("%PDF-1.7\n")) == "PDF");
  BOOST_TEST(fileKindName(sniffFileKind("hello")) == "unknown");

  test::TempDir dir;
  spit(dir / "card.png", jpeg);  // a JPEG named .png still reads
  Scanner scanner;
  ScanOutcome r = scanner.scanFile(dir / "card.png");
  BOOST_REQUIRE(!r.error);
  BOOST_REQUIRE_EQUAL(r.documents.size(), 1u);
  BOOST_TEST(r.documents[0].valueOf("id_number") == "049301166447");

  spit(dir / "notes.jpg", "this is a text file, not a photo\n");  // a text file named .jpg is refused
  r = scanner.scanFile(dir / "notes.jpg");
  BOOST_REQUIRE(r.error);
  BOOST_TEST(r.error->code == "capture.not_an_image");
  BOOST_TEST(r.documents.empty());
}

BOOST_AUTO_TEST_CASE(corrupt_truncated_empty_and_missing_files_are_refused_with_a_reason) {
  std::string jpeg = slurp(dataDir() / "cccd/cccd_02_clean_scan.jpg");
  auto truncated = decodeImage(std::string_view(jpeg).substr(0, jpeg.size() / 2));
  BOOST_REQUIRE(!truncated);
  BOOST_TEST(truncated.error().code == "capture.image_damaged");

  std::string garbled = jpeg.substr(0, 600) + std::string(4000, '\x5A');
  BOOST_TEST(!decodeImage(garbled).ok());
  BOOST_TEST(!decodeImage(std::string("\xFF\xD8\xFF", 3)).ok());

  test::TempDir dir;
  spit(dir / "empty.jpg", "");
  Scanner scanner;
  BOOST_TEST(scanner.scanFile(dir / "empty.jpg").error->code == "capture.empty_file");
  BOOST_TEST(scanner.scanFile(dir / "missing.jpg").error->code == "capture.no_file");
  spit(dir / "broken.pdf", "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF");
  BOOST_TEST(scanner.scanFile(dir / "broken.pdf").error.has_value());
}

BOOST_AUTO_TEST_CASE(huge_declared_dimensions_are_refused_before_decoding) {
  auto r = decodeImage(hugePng(60000, 60000));
  BOOST_REQUIRE(!r);
  BOOST_TEST(r.error().code == "capture.image_too_large");
  ImageLimits small;
  small.maxPixels = 1000;
  auto s = decodeImage(slurp(dataDir() / "cccd/cccd_03_clean_scan.jpg"), small);
  BOOST_REQUIRE(!s);
  BOOST_TEST(s.error().code == "capture.image_too_large");
}

BOOST_AUTO_TEST_CASE(pdf_page_is_rendered_at_300_dpi_and_its_qr_read) {
  std::string jpeg = slurp(dataDir() / "cccd/cccd_03_clean_scan.jpg");
  std::string pdf = pdfWithJpeg(jpeg, 1400, 1000);
  auto pages = renderPdfPages(pdf);
  BOOST_REQUIRE_MESSAGE(pages.ok(), (pages.ok() ? "" : pages.error().en));
  BOOST_REQUIRE_EQUAL(pages->size(), 1u);
  BOOST_TEST(std::abs(pixGetWidth((*pages)[0].get()) - 2800) <= 2);

  test::TempDir dir;
  spit(dir / "scan.pdf", pdf);
  Scanner scanner;
  ScanOutcome r = scanner.scanFile(dir / "scan.pdf");
  BOOST_REQUIRE(!r.error);
  BOOST_REQUIRE_EQUAL(r.documents.size(), 1u);
  BOOST_TEST(r.documents[0].valueOf("id_number") == "066172468482");
  BOOST_TEST(r.documents[0].valueOf("full_name") == "Dương Thị Mỹ Điệp");
}
