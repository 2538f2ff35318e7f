// The desk's main window on a real demo database under Xvfb: the list, the search, the detail pane, bad files, and
// a screenshot left as a test artefact.
#include <algorithm>
#include <fstream>
#include <set>
#include <string>

#include <boost/test/unit_test.hpp>
#include <wx/html/htmlwin.h>
#include <wx/image.h>
#include <wx/listctrl.h>
#include <wx/srchctrl.h>
#include <wx/xrc/xmlres.h>

#include "case_list_ctrl.h"
#include "demo_database.h"
#include "main_frame.h"
#include "storage/case_repository.h"
#include "storage/database.h"
#include "support/temp_dir.h"
#include "text/unicode.h"
#include "translations.h"
#include "wx_runtime.h"
#include "wx_text.h"

using namespace landdesk;
using namespace std::chrono_literals;
using landdesk::test::pumpEvents;
using landdesk::test::pumpUntil;

namespace {

constexpr size_t kCases = 150;

// A demo database and a main window showing it, destroyed with the test.
struct DeskFixture {
  test::TempDir dir;
  std::filesystem::path file = dir / "demo.sqlite";
  std::vector<model::Case> cases = test::makeDemoDatabase(file, kCases);
  gui::MainFrame* frame = new gui::MainFrame();

  DeskFixture() {
    frame->SetSize(frame->FromDIP(wxSize(1280, 780)));
    frame->Show();
    BOOST_REQUIRE(frame->openDatabase(file, false).ok());
    pumpEvents(100ms);
  }
  ~DeskFixture() {
    frame->Destroy();
    pumpEvents(50ms);
  }

  std::set<int64_t> shownIds() {
    std::set<int64_t> ids;
    for (long row = 0; row < frame->caseList().GetItemCount(); ++row) ids.insert(frame->caseList().caseAt(row)->id);
    return ids;
  }
  std::set<int64_t> repositorySearch(const std::string& query) {
    storage::OpenOptions options;
    options.path = file;
    auto db = storage::Database::open(options);
    BOOST_REQUIRE(db.ok());
    auto found = (*db)->cases().search(query, 100000);
    BOOST_REQUIRE(found.ok());
    std::set<int64_t> ids;
    for (const auto& s : *found) ids.insert(s.id);
    return ids;
  }
  // Types into the search box like an officer and waits for the debounced search to run.
  void type(const std::string& query) {
    frame->searchBox().SetValue(gui::toWx(query));
    BOOST_REQUIRE(frame->searchPending());
    BOOST_REQUIRE(pumpUntil([&] { return !frame->searchPending(); }, 3s));
    pumpEvents(50ms);
  }
};

bool isAscii(const std::string& s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

std::string cellText(gui::CaseListCtrl& list, long row, long column) { return gui::toUtf8(list.GetItemText(row, column)); }

}  // namespace

BOOST_FIXTURE_TEST_SUITE(main_frame, DeskFixture)

BOOST_AUTO_TEST_CASE(lists_exactly_the_cases_of_the_database) {
  BOOST_TEST(frame->shownCaseCount() == kCases);
  BOOST_TEST(frame->caseList().GetItemCount() == static_cast<long>(kCases));
  BOOST_TEST(frame->totalCaseCount() == kCases);
  std::set<int64_t> stored;
  for (const auto& c : cases) stored.insert(c.id);
  BOOST_TEST(shownIds() == stored);

  // Vietnamese column headers prove the catalog is in use; cells come from the summaries.
  wxListItem header;
  header.SetMask(wxLIST_MASK_TEXT);
  frame->caseList().GetColumn(gui::CaseListCtrl::Code, header);
  BOOST_TEST(gui::toUtf8(header.GetText()) == "Mã hồ sơ");
  const model::CaseSummary& first = *frame->caseList().caseAt(0);
  BOOST_TEST(cellText(frame->caseList(), 0, gui::CaseListCtrl::Code) == first.code);
  BOOST_TEST(cellText(frame->caseList(), 0, gui::CaseListCtrl::MainParty) == first.mainParty);
  BOOST_TEST(cellText(frame->caseList(), 0, gui::CaseListCtrl::Parcel) ==
             "Thửa " + first.parcelNumber + ", tờ " + first.mapSheet);
  BOOST_TEST(cellText(frame->caseList(), 0, gui::CaseListCtrl::Kind) == std::string(model::term(first.kind).vi));
}

BOOST_AUTO_TEST_CASE(search_ignores_diacritics_dd_and_case) {
  // A party whose name has đ/Đ (Đặng, Đỗ, Đức, Đình, Đông) and other marks.
  std::string name;
  for (const auto& c : cases)
    for (const auto& cp : c.parties)
      if (name.empty() && (cp.party.fullName.find("Đ") != std::string::npos || cp.party.fullName.find("đ") != std::string::npos))
        name = cp.party.fullName;
  BOOST_REQUIRE(!name.empty());
  const std::string typed = text::foldForSearch(name);  // "Đặng Thị Hoa" -> "dang thi hoa"
  BOOST_REQUIRE(isAscii(typed));
  BOOST_TEST_MESSAGE("searching '" << name << "' as '" << typed << "'");

  const std::set<int64_t> expected = repositorySearch(name);
  BOOST_REQUIRE(!expected.empty());
  BOOST_REQUIRE(expected.size() < kCases);
  type(typed);
  BOOST_TEST(shownIds() == expected);
  // Every case with that person is shown (other cases may match the words elsewhere, e.g. "Thôn Đông Dương").
  const std::set<int64_t> shown = shownIds();
  for (const auto& c : cases)
    if (std::any_of(c.parties.begin(), c.parties.end(),
                    [&](const model::CaseParty& cp) { return text::foldForSearch(cp.party.fullName) == typed; }))
      BOOST_TEST(shown.count(c.id) == 1u, c.code << " has " << name << " but is not shown");

  // Capitals and the accented spelling find the same cases.
  std::string upper = typed;
  std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return std::toupper(c); });
  type(upper);
  BOOST_TEST(shownIds() == expected);
  type(name);
  BOOST_TEST(shownIds() == expected);

  // Clearing the box shows every case again.
  type("");
  BOOST_TEST(frame->shownCaseCount() == kCases);
}

BOOST_AUTO_TEST_CASE(selecting_a_row_shows_the_case) {
  const long row = 3;
  const model::CaseSummary summary = *frame->caseList().caseAt(row);
  frame->selectRow(row);
  BOOST_REQUIRE(pumpUntil([&] { return gui::toUtf8(frame->detailPane().ToText()).find(summary.code) != std::string::npos; }));
  const std::string detail = gui::toUtf8(frame->detailPane().ToText());
  BOOST_TEST(detail.find(summary.mainParty) != std::string::npos);
  const auto c = std::find_if(cases.begin(), cases.end(), [&](const model::Case& x) { return x.id == summary.id; });
  BOOST_REQUIRE(c != cases.end());
  for (const auto& cp : c->parties) {
    BOOST_TEST(detail.find(cp.party.fullName) != std::string::npos);
    BOOST_TEST(detail.find(std::string(model::term(cp.role).vi)) != std::string::npos);
    if (!cp.party.idDocuments.empty()) BOOST_TEST(detail.find(cp.party.idDocuments.front().number) != std::string::npos);
  }
  BOOST_TEST(detail.find(" m²") != std::string::npos);
  BOOST_TEST(detail.find("Lịch sử xử lý") != std::string::npos);
  if (c->parcels.front().price) BOOST_TEST(detail.find(" đ") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(screenshot_of_the_desk) {
  type("nguyen");
  frame->selectRow(0);
  pumpEvents(400ms);
  const auto png = test::artifactDirectory() / "gui_main_frame.png";
  std::filesystem::remove(png);
  BOOST_REQUIRE(test::saveScreenshot(*frame, png));
  BOOST_REQUIRE(std::filesystem::exists(png));
  BOOST_TEST(std::filesystem::file_size(png) > 20000u);
  wxImage image;
  BOOST_REQUIRE(image.LoadFile(gui::pathToWx(png), wxBITMAP_TYPE_PNG));
  BOOST_TEST(image.GetWidth() >= 800);
  // Not a blank capture: many distinct colours (text, list rules, selection).
  std::set<unsigned> colours;
  const unsigned char* rgb = image.GetData();
  for (int i = 0; i < image.GetWidth() * image.GetHeight(); i += 7)
    colours.insert((rgb[3 * i] << 16) | (rgb[3 * i + 1] << 8) | rgb[3 * i + 2]);
  BOOST_TEST(colours.size() > 30u);
}

BOOST_AUTO_TEST_CASE(a_corrupt_file_gives_a_message_not_a_crash) {
  const auto bad = dir / "hỏng.sqlite";
  std::string garbage(8192, '\0');
  for (size_t i = 0; i < garbage.size(); ++i) garbage[i] = static_cast<char>((i * 7919) % 251);
  std::ofstream(bad, std::ios::binary) << garbage;

  const Status opened = frame->openDatabase(bad, false);
  BOOST_REQUIRE(!opened.ok());
  pumpEvents(100ms);
  BOOST_TEST(frame->openErrorShown());
  const std::string message = gui::toUtf8(frame->openErrorMessage());
  BOOST_TEST_MESSAGE(message);
  BOOST_TEST(message.find("Không mở được cơ sở dữ liệu") != std::string::npos);
  BOOST_TEST(message.find("hỏng.sqlite") != std::string::npos);
  // The file is left as it was, and the database already open keeps its cases.
  std::ifstream in(bad, std::ios::binary);
  BOOST_TEST(std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>()) == garbage);
  BOOST_TEST(frame->shownCaseCount() == kCases);

  // A missing file named by the officer is refused too (never created behind their back).
  BOOST_TEST(!frame->openDatabase(dir / "không-có.sqlite", false).ok());
  BOOST_TEST(!std::filesystem::exists(dir / "không-có.sqlite"));
  BOOST_TEST(gui::toUtf8(frame->openErrorMessage()).find("không-có.sqlite") != std::string::npos);

  // Opening a good file again clears the message.
  BOOST_TEST(frame->openDatabase(file, false).ok());
  BOOST_TEST(!frame->openErrorShown());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_CASE(a_large_list_arrives_in_the_background_and_keeps_the_selection) {
  test::TempDir dir;
  const auto file = dir / "large.sqlite";
  const auto cases = test::makeDemoDatabase(file, 640);  // more than the first screen of 500
  auto* frame = new gui::MainFrame();
  frame->SetSize(frame->FromDIP(wxSize(1280, 780)));
  frame->Show();
  BOOST_REQUIRE(frame->openDatabase(file, false).ok());
  // The newest cases are there at once; the loader's result can only arrive through the event loop.
  BOOST_TEST(frame->loading());
  BOOST_TEST(frame->shownCaseCount() == 500u);
  frame->selectRow(7);
  BOOST_REQUIRE(pumpUntil([&] { return !frame->loading(); }, 20s));
  BOOST_TEST(frame->shownCaseCount() == 640u);
  BOOST_TEST(frame->totalCaseCount() == 640u);
  BOOST_TEST(frame->caseList().selectedRow() == 7);
  bool notified = false;
  frame->whenLoaded([&] { notified = true; });
  BOOST_TEST(notified);
  // Refresh while nothing else happens gives the same list.
  frame->ProcessCommand(XRCID("case_refresh"));
  BOOST_REQUIRE(pumpUntil([&] { return !frame->loading(); }, 20s));
  BOOST_TEST(frame->shownCaseCount() == 640u);
  frame->Destroy();
  pumpEvents(50ms);
}

BOOST_AUTO_TEST_CASE(english_on_request) {
  BOOST_REQUIRE(gui::installTranslations(Language::English));
  auto* frame = new gui::MainFrame();
  wxListItem header;
  header.SetMask(wxLIST_MASK_TEXT);
  frame->caseList().GetColumn(gui::CaseListCtrl::Code, header);
  BOOST_TEST(gui::toUtf8(header.GetText()) == "Case code");
  frame->Destroy();
  pumpEvents(20ms);
  BOOST_REQUIRE(gui::installTranslations(Language::Vietnamese));
}
