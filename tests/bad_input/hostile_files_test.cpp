// Hostile files through the real entry points (intake, scan --json, template check, render, block import, qr parse):
// each refused with a clear message (or a per-file error), never a signal or an internal error, nothing written
// outside the data folder, and the cases already stored unchanged.
#include <Poco/Checksum.h>
#include <Poco/Zip/Compress.h>

#include <boost/test/unit_test.hpp>
#include <fstream>
#include <sstream>

#include "support/run_process.h"
#include "support/temp_dir.h"

using namespace landdesk::test;
namespace fs = std::filesystem;

namespace {

struct Desk {
  TempDir dir;
  std::string db = (dir / "data" / "desk.sqlite").string();
  ProcessResult run(std::vector<std::string> args) const {
    args.insert(args.end(), {"--db", db, "--data-dir", (dir / "data").string()});
    return runProcess(LANDDESK_CLI, args, {{"LANDDESK_LANG", "en"}, {"XDG_DATA_HOME", (dir / "xdg").string()}});
  }
};

void writeFile(const fs::path& p, const std::string& bytes) { std::ofstream(p, std::ios::binary) << bytes; }

// A zip with the given entries (name -> content); names are written as given, traversal included.
// Poco refuses to write "../" and "/" names, so a placeholder of the same length is written and patched afterwards.
void writeZip(const fs::path& p, const std::vector<std::pair<std::string, std::string>>& entries) {
  std::ostringstream out;
  Poco::Zip::Compress zip(out, true);
  std::vector<std::pair<std::string, std::string>> patches;
  for (const auto& [name, content] : entries) {
    std::string safe = name;
    for (char& c : safe)
      if (c == '.' || c == '/') c = 'q';
    if (safe != name) patches.push_back({safe, name});
    std::istringstream in(content);
    zip.addFile(in, Poco::DateTime(2024, 1, 1), Poco::Path(safe == name ? name : safe, Poco::Path::PATH_UNIX));
  }
  zip.close();
  std::string bytes = out.str();
  for (const auto& [from, to] : patches)
    for (size_t at = bytes.find(from); at != std::string::npos; at = bytes.find(from, at + 1))
      bytes.replace(at, from.size(), to);
  writeFile(p, bytes);
}

std::string docx(const std::string& documentXml) {
  return documentXml;  // the body; writeDocx wraps it
}

void writeDocx(const fs::path& p, const std::string& documentXml) {
  writeZip(p, {{"[Content_Types].xml",
                R"(<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
                R"(<Default Extension="xml" ContentType="application/xml"/></Types>)"},
               {"word/document.xml", docx(documentXml)}});
}

std::string pngChunk(const std::string& type, const std::string& data) {
  auto be32 = [](uint32_t v) { return std::string{char(v >> 24), char(v >> 16), char(v >> 8), char(v)}; };
  Poco::Checksum crc(Poco::Checksum::TYPE_CRC32);
  crc.update(type + data);
  return be32(static_cast<uint32_t>(data.size())) + type + data + be32(crc.checksum());
}

// A valid PNG header declaring 100 000 × 100 000 pixels (40 GB decoded) with almost no data.
std::string hugePng() {
  auto be32 = [](uint32_t v) { return std::string{char(v >> 24), char(v >> 16), char(v >> 8), char(v)}; };
  std::string ihdr = be32(100000) + be32(100000) + std::string{8, 2, 0, 0, 0};
  return std::string("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", ihdr) + pngChunk("IDAT", std::string("\x78\x9c\x03\x00\x00\x00\x00\x01", 8)) +
         pngChunk("IEND", "");
}

const char* kXxe = R"(<?xml version="1.0"?><!DOCTYPE w [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>
<w:t>&xxe; {name}</w:t></w:r></w:p></w:body></w:document>)";

std::string entityBomb() {
  std::string s = R"(<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a0 "hahahahahahahahahaha">)";
  for (int i = 1; i < 10; ++i) {
    s += "<!ENTITY a" + std::to_string(i) + " \"";
    for (int j = 0; j < 10; ++j) s += "&a" + std::to_string(i - 1) + ";";
    s += "\">";
  }
  s += R"(]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>)"
       R"(<w:t>&a9; {name}</w:t></w:r></w:p></w:body></w:document>)";
  return s;
}

const char* kHostileMail =
    "From: a@b.c\r\nTo: desk@xa.gov.vn\r\nSubject: =?utf-8?B?////?=\r\nMIME-Version: 1.0\r\n"
    "Content-Type: multipart/mixed; boundary=\"XX\"\r\n\r\n--XX\r\n"
    "Content-Type: image/jpeg; name=\"../../../../evil-mail.jpg\"\r\n"
    "Content-Disposition: attachment; filename=\"../../../../evil-mail.jpg\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
    "/9j/4AAQSkZJRgABAQ==\r\n--XX\r\nContent-Type: text/plain; name=\"/etc/evil-abs.txt\"\r\n"
    "Content-Disposition: attachment; filename*=utf-8''%2E%2E%2F%2E%2E%2Fevil2.txt\r\n\r\nhello\r\n"
    "--XX\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!not base64!!!";

// No signal, no internal error, a message on stderr; exit 1/2 or a per-file "skipped" line.
void refusedCleanly(const ProcessResult& r, const std::string& what, bool perFileErrorsAllowed) {
  BOOST_TEST_CONTEXT(what << " → exit " << r.exitCode << ", stderr: " << r.err.substr(0, 300)) {
    BOOST_TEST(r.exitCode < 128);  // no signal
    BOOST_TEST(r.exitCode != 3);   // no internal error
    if (r.exitCode == 0) {
      BOOST_TEST(perFileErrorsAllowed);
      BOOST_TEST((r.err.find("skipped") != std::string::npos || r.out.find("\"error\"") != std::string::npos ||
                  r.out.find("\"skipped\":[{") != std::string::npos || r.out.find("\"ok\":false") != std::string::npos));
    } else {
      // The reason: a one-line "error: …" on stderr, or the command's report on stdout (scan --json, template check).
      BOOST_TEST((!r.err.empty() || r.out.find("rror") != std::string::npos || r.out.find("lỗi") != std::string::npos));
    }
  }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(bad_input)

BOOST_AUTO_TEST_CASE(hostile_files_are_refused_without_harm) {
  Desk desk;
  fs::create_directories(desk.dir / "data");
  fs::create_directories(desk.dir / "in" / "deep" / "er");
  const fs::path in = desk.dir / "in" / "deep" / "er";
  BOOST_REQUIRE_EQUAL(desk.run({"demo", "seed", "--cases", "3"}).exitCode, 0);
  const std::string before = desk.run({"case", "list", "--all", "--json"}).out;
  BOOST_REQUIRE(!before.empty());

  writeDocx(in / "xxe.docx", kXxe);
  writeDocx(in / "bomb.docx", entityBomb());
  writeZip(in / "zipbomb.zip", {{"zeros.jpg", std::string(64u << 20, '\0')}});
  writeZip(in / "traversal.zip", {{"../../../../evil-zip.jpg", "\xff\xd8\xff\xe0"}, {"/tmp/landdesk-evil-abs.jpg", "x"}});
  writeFile(in / "huge.png", hugePng());
  writeFile(in / "truncated.jpg", std::string("\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01", 16));
  writeFile(in / "text.jpg", "this is not a JPEG, only text pretending\n");
  writeFile(in / "pdf.png", "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF");
  writeFile(in / "hostile.eml", kHostileMail);
  writeFile(in / "notcsv.csv", std::string("\xff\xfe\x00\x00garbage,\"unterminated\n", 26));
  writeFile(in / "fake.xlsx", "PK\x03\x04 not really a zip");
  writeFile(in / "data.json", R"({"name":"Nguyễn Văn A"})");

  for (const char* name : {"xxe.docx", "bomb.docx", "zipbomb.zip", "traversal.zip", "huge.png", "truncated.jpg",
                           "text.jpg", "pdf.png", "hostile.eml"})
    refusedCleanly(desk.run({"intake", (in / name).string()}), std::string("intake ") + name, true);
  for (const char* name : {"huge.png", "truncated.jpg", "text.jpg", "pdf.png", "zipbomb.zip"})
    refusedCleanly(desk.run({"scan", (in / name).string(), "--json"}), std::string("scan ") + name, true);
  for (const char* name : {"xxe.docx", "bomb.docx", "text.jpg", "traversal.zip"}) {
    refusedCleanly(desk.run({"template", "check", (in / name).string()}), std::string("template check ") + name, false);
    auto render = desk.run({"render", (in / name).string(), (in / "data.json").string(), "-o",
                            (desk.dir / "data" / "out.docx").string()});
    refusedCleanly(render, std::string("render ") + name, false);
    // Whatever render wrote, /etc/passwd never reached it.
    std::ifstream out(desk.dir / "data" / "out.docx", std::ios::binary);
    std::string written((std::istreambuf_iterator<char>(out)), {});
    BOOST_TEST(written.find("root:") == std::string::npos);
  }
  for (const char* name : {"notcsv.csv", "fake.xlsx", "text.jpg"})
    refusedCleanly(desk.run({"block", "import", (in / name).string()}), std::string("block import ") + name, false);
  std::ifstream payloads(sourceDirectory() / "tests" / "data" / "hostile" / "qr_payloads.txt");
  int qrCount = 0;
  for (std::string line; std::getline(payloads, line); ++qrCount)
    refusedCleanly(desk.run({"qr", "parse", line}), "qr parse " + line, false);
  BOOST_TEST(qrCount == 6);

  // Nothing escaped the folders the desk owns, and the stored cases did not move.
  for (const fs::path& p : {desk.dir / "evil-zip.jpg", desk.dir / "evil-mail.jpg", desk.dir.path().parent_path() / "evil-zip.jpg",
                            desk.dir.path().parent_path() / "evil-mail.jpg", fs::path("/tmp/landdesk-evil-abs.jpg"),
                            fs::path("/etc/evil-abs.txt"), desk.dir / "in" / "evil-zip.jpg", desk.dir / "in" / "evil2.txt"})
    BOOST_TEST(!fs::exists(p), p);
  BOOST_TEST(desk.run({"case", "list", "--all", "--json"}).out == before);
}

BOOST_AUTO_TEST_SUITE_END()
