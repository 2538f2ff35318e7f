// landdesk-cli template check / render as an outside caller runs them: exit codes, JSON, atomic output.
#include <boost/test/unit_test.hpp>

#include <cstdlib>

#include "docgen/docgen_fixture.h"
#include "docgen/docx_builder.h"
#include "support/run_process.h"
#include "support/temp_dir.h"

using namespace landdesk;
using namespace landdesk::test;

namespace {

std::filesystem::path cli() {
  const char* p = std::getenv("LANDDESK_CLI");
  BOOST_REQUIRE_MESSAGE(p && *p, "LANDDESK_CLI is not set (run through ctest)");
  return p;
}

}  // namespace

BOOST_AUTO_TEST_CASE(check_lists_tags_with_paths_and_fails_on_errors) {
  TempDir dir;
  writeFileBytes(dir / "ok.docx", buildDocx({paragraph("{ten|upper}") + table({{paragraph("{#ds}{so}"), paragraph("{/ds}")}}), {}, {}, {}}));
  auto r = runProcess(cli(), {"template", "check", (dir / "ok.docx").string(), "--lang", "en"});
  BOOST_TEST(r.exitCode == 0);
  BOOST_TEST(r.out.find("{so}  → ds[].so") != std::string::npos, r.out);
  BOOST_TEST(r.out.find("table 1, row 1, cell 1") != std::string::npos, r.out);

  writeFileBytes(dir / "bad.docx", buildDocx({paragraph("Bên A: {ten") + paragraph("{#ds}"), {}, {}, {}}));
  auto bad = runProcess(cli(), {"template", "check", (dir / "bad.docx").string(), "--json"});
  BOOST_TEST(bad.exitCode == 1);
  BOOST_TEST(bad.out.find("\"id\":\"unclosed_tag\"") != std::string::npos, bad.out);
  BOOST_TEST(bad.out.find("\"id\":\"unclosed_loop\"") != std::string::npos, bad.out);
  BOOST_TEST(bad.out.find("\"context\":\"Bên A: {ten\"") != std::string::npos, bad.out);
}

BOOST_AUTO_TEST_CASE(render_writes_atomically_and_writes_nothing_on_failure) {
  TempDir dir;
  writeFileBytes(dir / "t.docx", buildDocx({paragraph("Giá {gia|money} — {thieu}"), {}, {}, {}}));
  writeFileBytes(dir / "d.json", R"({"gia": 1250000000})");
  const auto out = dir / "out.docx";
  auto r = runProcess(cli(), {"render", (dir / "t.docx").string(), (dir / "d.json").string(), "-o", out.string()});
  BOOST_TEST(r.exitCode == 0, r.err);
  BOOST_TEST(r.err.find("missing_value") != std::string::npos, r.err);
  BOOST_TEST(partTextOf(readFileBytes(out)) == "Giá 1.250.000.000 — \n");

  std::filesystem::remove(out);
  auto strict = runProcess(cli(), {"render", (dir / "t.docx").string(), (dir / "d.json").string(), "-o", out.string(), "--strict"});
  BOOST_TEST(strict.exitCode == 1);
  BOOST_TEST(!std::filesystem::exists(out));

  writeFileBytes(dir / "broken.docx", buildDocx({paragraph("{#a}"), {}, {}, {}}));
  auto broken = runProcess(cli(), {"render", (dir / "broken.docx").string(), (dir / "d.json").string(), "-o", out.string(), "--json"});
  BOOST_TEST(broken.exitCode == 1);
  BOOST_TEST(broken.out.find("unclosed_loop") != std::string::npos, broken.out);
  BOOST_TEST(!std::filesystem::exists(out));
  int leftovers = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir.path())) leftovers += e.path().filename().string().starts_with(".") ? 1 : 0;
  BOOST_TEST(leftovers == 0);
}

BOOST_AUTO_TEST_CASE(render_repeat_prints_renders_per_second) {
  TempDir dir;
  writeFileBytes(dir / "t.docx", buildDocx({paragraph("{a}"), {}, {}, {}}));
  writeFileBytes(dir / "d.json", R"({"a": "x"})");
  auto r = runProcess(cli(), {"render", (dir / "t.docx").string(), (dir / "d.json").string(), "-o", (dir / "o.docx").string(), "--repeat", "50"});
  BOOST_TEST(r.exitCode == 0, r.err);
  BOOST_TEST(r.out.find("50 renders in") != std::string::npos, r.out);
  BOOST_TEST(r.out.find("renders/s") != std::string::npos, r.out);
}
