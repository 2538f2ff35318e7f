// `landdesk-cli intake FILE --data-dir DIR` and `inbox list|import|watch` as an outside check runs them: the built
// executable in a child process, exit codes, one line per stored item, one-line refusals, nothing outside DIR.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <boost/test/unit_test.hpp>

#include "intake_fixtures.h"
#include "support/run_process.h"
#include "support/temp_dir.h"

using namespace landdesk::test;
namespace fs = std::filesystem;

namespace {

struct Cli {
  TempDir root;
  fs::path dataDir = root / "DIR";
  fs::path inputs = root / "inputs";
  Cli() { fs::create_directories(inputs); }
  ProcessResult run(std::vector<std::string> args, const std::string& lang = "vi") const {
    // HOME and XDG_* point inside the test folder: a default path used by mistake would show up in the check below.
    return runProcess(LANDDESK_CLI, args,
                      {{"LANDDESK_LANG", lang}, {"HOME", (root / "home").string()}, {"XDG_DATA_HOME", (root / "xdg").string()},
                       {"XDG_DOCUMENTS_DIR", (root / "docs").string()}});
  }
  ProcessResult intake(const std::string& name, const std::string& bytes, std::vector<std::string> extra = {}) const {
    writeBytes(inputs / name, bytes);
    std::vector<std::string> args = {"intake", (inputs / name).string(), "--data-dir", dataDir.string()};
    args.insert(args.end(), extra.begin(), extra.end());
    return run(args);
  }
  // Everything the commands wrote is under DIR; the inputs folder holds only what the test put there.
  void checkNothingOutside(size_t inputCount) const {
    for (const auto& f : filesUnder(root.path()))
      BOOST_TEST((f.starts_with("DIR/") || f.starts_with("inputs/")), "written outside DIR: " << f);
    BOOST_TEST(filesUnder(inputs).size() == inputCount);
  }
};

size_t lines(const std::string& s) { return static_cast<size_t>(std::count(s.begin(), s.end(), '\n')); }

Poco::JSON::Object::Ptr object(const std::string& text) {
  return Poco::JSON::Parser().parse(text).extract<Poco::JSON::Object::Ptr>();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(intake_cli)

BOOST_AUTO_TEST_CASE(accepts_every_kind_one_line_per_stored_item) {
  Cli cli;
  struct Case {
    std::string name, bytes;
    size_t items;
  };
  const std::vector<Case> cases = {
      {"cccd.jpg", cccdScanJpeg(), 1},
      {"so-do.png", pngImage(), 1},
      {"scan.tiff", tiffImage(), 1},
      {"to-khai.pdf", onePagePdf(), 1},
      {"hop-dong.docx", minimalDocx(), 1},
      {"qr.txt", std::string(kQrPayload) + "\r\n", 1},
      {"anh-chup.zip", buildZip({{"1.jpg", jpegImage(40, 30, 5)}, {"2.png", pngImage(40, 30, 6)}}), 2},
      {"thu.eml", readBytes(sourceDirectory() / "tests/data/intake/thunderbird_rfc2231.eml"), 2},
      {"poco.eml", composeMail("Lê Văn C <lvc@example.vn>", "Giấy tờ", {{"Sổ đỏ thửa 12.jpg", "image/jpeg", jpegImage(40, 30, 9)}}), 1},
  };
  for (const Case& c : cases) {
    auto r = cli.intake(c.name, c.bytes);
    BOOST_TEST(r.exitCode == 0, c.name << ": " << r.err);
    BOOST_TEST(lines(r.out) == c.items, c.name << ": " << r.out);
    BOOST_TEST(r.out.find("đã nhận #") == 0u, c.name);
  }
  auto poco = cli.run({"inbox", "list", "--data-dir", cli.dataDir.string(), "--json"});
  BOOST_REQUIRE_EQUAL(poco.exitCode, 0);
  auto items = Poco::JSON::Parser().parse(poco.out).extract<Poco::JSON::Array::Ptr>();
  BOOST_TEST(items->size() == 11u);
  // The Vietnamese RFC 2231 name is kept exactly (NFC), and the named view under DIR carries it.
  bool found = false;
  for (size_t i = 0; i < items->size(); ++i) found = found || items->getObject(i)->getValue<std::string>("name") == "Sổ đỏ thửa 12.jpg";
  BOOST_TEST(found);
  BOOST_TEST(filesUnder(cli.dataDir).count("inbox/11/Sổ đỏ thửa 12.jpg") == 1u);
  cli.checkNothingOutside(cases.size());
}

BOOST_AUTO_TEST_CASE(json_output_describes_each_item) {
  Cli cli;
  auto r = cli.intake("qr.txt", std::string(kQrPayload) + "\n", {"--json"});
  BOOST_REQUIRE_EQUAL(r.exitCode, 0);
  auto o = object(r.out);
  BOOST_TEST(o->getValue<std::string>("kind") == "cccd_qr");
  auto item = o->getArray("items")->getObject(0);
  BOOST_TEST(item->getValue<std::string>("state") == "new");
  BOOST_TEST(item->getValue<std::string>("path").starts_with(cli.dataDir.string()));
  BOOST_TEST(item->getObject("id_card")->getValue<std::string>("full_name") == "Nguyễn Văn A");
  BOOST_TEST(item->getObject("id_card")->getValue<std::string>("birth_date") == "1990-01-01");
  // The same file again: exit 0, reported as already in the Inbox.
  auto again = cli.intake("qr-copy.txt", std::string(kQrPayload) + "\n", {"--json"});
  BOOST_REQUIRE_EQUAL(again.exitCode, 0);
  BOOST_TEST(object(again.out)->getArray("items")->getObject(0)->getValue<bool>("duplicate"));
}

BOOST_AUTO_TEST_CASE(refusals_are_one_line_non_zero_and_write_nothing_outside) {
  Cli cli;
  const std::string jpeg = cccdScanJpeg();
  std::string corrupt = jpeg;  // complete (EOI present) but damaged in the middle: libjpeg's own complaints stay quiet
  for (size_t i = corrupt.size() / 2; i < corrupt.size() / 2 + 4000; i += 7) corrupt[i] = corrupt[i] == '\xFF' ? '\0' : '\xFF';
  const std::vector<std::pair<std::string, std::string>> bad = {
      {"truncated.jpg", jpeg.substr(0, jpeg.size() / 2)},
      {"corrupt.jpg", corrupt},
      {"huge.png", pngDeclaring(100000, 100000)},
      {"lies.jpg", "MZ\x90\x00 an executable, not a photo"},
      {"bomb.zip", buildZip({{"zeros.jpg", std::string(20u << 20, '\0'), true}})},
      {"traversal.zip", buildZip({{"../../evil.jpg", jpegImage()}})},
      {"absolute.zip", buildZip({{"/tmp/evil.jpg", jpegImage()}})},
      {"malformed.eml", "From: a@b.vn\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed\r\n\r\n--x\r\nbody\r\n"},
      {"few-fields.txt", "001090012345|Nguyễn Văn A|01011990\r\n"},
      {"bad-date.txt", "001090012345|123456789|Nguyễn Văn A|30021990|Nam|Hà Nội|15042021\r\n"},
      {"markup.txt", "001090012345|123456789|<b>Nguyễn Văn A</b>|01011990|Nam|Hà Nội|15042021\r\n"},
      {"keyboard.txt", "001090012345|123456789|Nguy?n V?n A|01011990|Nam|H? N?i|15042021\r\n"},
      {"empty.pdf", ""},
  };
  for (const auto& [name, bytes] : bad) {
    auto r = cli.intake(name, bytes);
    BOOST_TEST(r.exitCode == 1, name);
    BOOST_TEST(r.out.empty(), name);
    BOOST_TEST(lines(r.err) == 1u, name << ": " << r.err);
    BOOST_TEST(r.err.starts_with("lỗi: "), name << ": " << r.err);
  }
  BOOST_TEST(!fs::exists("/tmp/evil.jpg"));
  auto en = cli.run({"intake", (cli.inputs / "lies.jpg").string(), "--data-dir", cli.dataDir.string(), "--lang", "en"});
  BOOST_TEST(en.exitCode == 1);
  BOOST_TEST(en.err.starts_with("error: The file \"lies.jpg\" is named .jpg but its content is not a JPEG image"), en.err);
  auto missing = cli.run({"intake", (cli.inputs / "nope.jpg").string(), "--data-dir", cli.dataDir.string()});
  BOOST_TEST(missing.exitCode == 1);
  // Nothing was taken; what was refused stays where it was.
  auto list = cli.run({"inbox", "list", "--data-dir", cli.dataDir.string(), "--json"});
  BOOST_TEST(Poco::JSON::Parser().parse(list.out).extract<Poco::JSON::Array::Ptr>()->size() == 0u);
  cli.checkNothingOutside(bad.size());
}

BOOST_AUTO_TEST_CASE(import_into_a_new_case_then_watch_a_folder) {
  Cli cli;
  auto in = cli.intake("qr.txt", std::string(kQrPayload) + "\n");
  BOOST_REQUIRE_EQUAL(in.exitCode, 0);
  auto imported = cli.run({"inbox", "import", "1", "--new-case", "transfer_whole", "--data-dir", cli.dataDir.string(), "--json"});
  BOOST_REQUIRE_EQUAL(imported.exitCode, 0);
  auto o = object(imported.out);
  BOOST_TEST(o->getValue<std::string>("document_kind") == "id_card");
  BOOST_TEST(o->getValue<std::string>("provenance") == "qr");
  const std::string code = o->getValue<std::string>("case");
  auto shown = cli.run({"case", "show", code, "--data-dir", cli.dataDir.string(), "--json"});
  BOOST_REQUIRE_EQUAL(shown.exitCode, 0);
  BOOST_TEST(shown.out.find("Nguyễn Văn A") != std::string::npos);
  auto twice = cli.run({"inbox", "import", "#1", "--case", code, "--data-dir", cli.dataDir.string()});
  BOOST_TEST(twice.exitCode == 1);
  BOOST_TEST(lines(twice.err) == 1u);

  const fs::path folder = cli.root / "DIR" / "watched";  // inside DIR so the outside check still holds
  writeBytes(folder / "a.png", pngImage(40, 30, 21));
  writeBytes(folder / "b.pdf", onePagePdf());
  auto watch = cli.run({"inbox", "watch", "--once", folder.string(), "--settle-ms", "200", "--data-dir", cli.dataDir.string()});
  BOOST_TEST(watch.exitCode == 0, watch.err);
  BOOST_TEST(lines(watch.out) == 2u, watch.out);
  auto again = cli.run({"inbox", "watch", "--once", folder.string(), "--settle-ms", "200", "--data-dir", cli.dataDir.string()});
  BOOST_TEST(again.out.empty(), again.out);
}

BOOST_AUTO_TEST_SUITE_END()
