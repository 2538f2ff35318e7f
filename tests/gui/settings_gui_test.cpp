// The first-run set-up and the Settings dialog on a real, empty desk database under Xvfb: what is missing is
// refused, the values land in the settings table in one go, the format preview follows the typing, and the rule
// tables are edited row by row through the same check the CLI uses. Screenshots are left as artefacts.
#include <string>

#include <boost/test/unit_test.hpp>
#include <wx/notebook.h>
#include <wx/textctrl.h>

#include "demo_database.h"
#include "main_frame.h"
#include "model/office_profile.h"
#include "rule_data_page.h"
#include "rules/desk_rules.h"
#include "settings_dialog.h"
#include "settings_fields_page.h"
#include "setup_wizard.h"
#include "storage/database.h"
#include "storage/settings_repository.h"
#include "support/temp_dir.h"
#include "wx_runtime.h"
#include "wx_text.h"

using namespace landdesk;
using namespace std::chrono_literals;

namespace {

struct DeskFixture {
  test::TempDir dir;
  std::unique_ptr<storage::Database> db;

  DeskFixture() {
    storage::OpenOptions options;
    options.path = dir / "desk.sqlite";
    auto opened = storage::Database::open(options);
    BOOST_REQUIRE(opened.ok());
    db = std::move(*opened);
  }
  std::map<std::string, std::string> stored() {
    auto all = db->settings().all();
    BOOST_REQUIRE(all.ok());
    return *all;
  }
  std::string tableJson(const std::string& name) {
    auto json = rules::deskRuleDataJson(*db, name);
    BOOST_REQUIRE(json.ok());
    return *json;
  }
};

// Fills the steps an officer must fill; the agencies and formats keep what the wizard proposes.
void fillRequired(gui::SetupWizard& wizard) {
  wizard.fieldPage(0)->setValue("office.commune", "Hải Lăng");
  wizard.fieldPage(0)->setValue("office.province", "Quảng Trị");
  wizard.fieldPage(0)->setValue("office.former_names", "xã Hải Thượng, huyện Hải Lăng; xã Hải Lâm, huyện Hải Lăng");
  wizard.fieldPage(1)->setValue("signer.name", "Lê Văn Thành");
  wizard.fieldPage(1)->setValue("signer.title", "Phó Chủ tịch");
  wizard.fieldPage(1)->setValue("signer.acting_for", "KT. CHỦ TỊCH");
  wizard.fieldPage(2)->setValue("receiver.name", "Nguyễn Thị Hoa");
  wizard.fieldPage(3)->setValue("handoff.agency.land_registration_office", "Văn phòng Đăng ký đất đai tỉnh Quảng Trị");
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(settings_gui, DeskFixture)

// First: its screenshot is taken before any wizard has been on the virtual screen.
BOOST_AUTO_TEST_CASE(settings_show_what_is_stored_and_save_edits) {
  BOOST_REQUIRE(db->settings().setAll({{"office.commune", "Hải Lăng"}, {"signer.name", "Lê Văn Thành"}}, "admin").ok());
  gui::SettingsDialog dialog(nullptr, *db, "admin");
  dialog.Move(0, 0);  // where the capture looks: Xvfb has no window manager to report a placement
  dialog.Show();
  BOOST_TEST(dialog.pages().GetPageCount() >= 5u);
  gui::SettingsFieldsPage* office = dialog.fieldPages().at(0);
  BOOST_TEST(office->values().at("office.commune") == "Hải Lăng");
  BOOST_TEST(office->values().at("office.commune_type") == "xã");  // the default where nothing is stored
  dialog.fieldPages().at(1)->setValue("signer.name", "  Trần Minh Quân ");
  BOOST_REQUIRE(dialog.save().ok());
  BOOST_TEST(gui::toUtf8(dialog.statusText()) == "Đã lưu cài đặt.");
  BOOST_TEST(stored().at("signer.name") == "Trần Minh Quân");
  BOOST_TEST(stored().at("office.commune") == "Hải Lăng");
  dialog.pages().SetSelection(4);
  // Xvfb has no window manager to hurry the first paint of a new top-level window.
  BOOST_REQUIRE(test::pumpUntil([&] { return dialog.IsShownOnScreen(); }, 3s));
  test::pumpEvents(800ms);
  BOOST_TEST(test::saveScreenshot(dialog, test::artifactDirectory() / "gui_settings_rules.png"));
}

BOOST_AUTO_TEST_CASE(the_set_up_refuses_missing_settings_then_stores_every_step) {
  BOOST_TEST(gui::setupNeeded(*db));
  auto* wizard = new gui::SetupWizard(nullptr, *db, "officer");
  wizard->Show();
  BOOST_TEST(wizard->stepCount() == 6u);
  BOOST_TEST(wizard->fieldPage(5) == nullptr);
  // The summary is pre-filled from the shipped dated data: every table with its rows.
  const std::string summary = gui::toUtf8(wizard->summaryText());
  BOOST_TEST_MESSAGE(summary);
  for (const char* table : {"holidays: ", "deadlines: ", "fees: ", "taxes: "}) BOOST_TEST(summary.find(table) != std::string::npos);
  BOOST_TEST(summary.find(" 0 dòng") == std::string::npos);

  wizard->goTo(4);
  BOOST_REQUIRE(!wizard->finish().ok());
  BOOST_TEST(wizard->step() == 0u);  // back to the first step that lacks something
  const std::string status = gui::toUtf8(wizard->statusText());
  BOOST_TEST(status.find("Còn thiếu") != std::string::npos);
  BOOST_TEST(status.find("Tên xã") != std::string::npos);
  BOOST_TEST(stored().count("office.commune") == 0u);

  fillRequired(*wizard);
  // The format step previews the register number and the words style as the officer types.
  gui::SettingsFieldsPage& formats = *wizard->fieldPage(4);
  formats.setValue("format.register_number", "Số: {number}/{year}, quyển {book}");
  formats.setValue("format.number_style", "south");
  std::string preview = gui::toUtf8(formats.previewText());
  BOOST_TEST(preview.find("Số: 07/20") != std::string::npos, preview);
  BOOST_TEST(preview.find("quyển 01") != std::string::npos, preview);
  BOOST_TEST(preview.find("Một trăm lẻ năm triệu năm trăm ngàn đồng") != std::string::npos, preview);
  formats.setValue("format.number_style", "north");
  preview = gui::toUtf8(formats.previewText());
  BOOST_TEST(preview.find("Một trăm linh năm triệu năm trăm nghìn đồng") != std::string::npos, preview);
  wizard->goTo(4);
  test::pumpEvents(200ms);
  BOOST_TEST(test::saveScreenshot(*wizard, test::artifactDirectory() / "gui_setup_wizard.png"));

  BOOST_REQUIRE(wizard->finish().ok());
  BOOST_TEST(gui::toUtf8(wizard->statusText()) == "Đã thiết lập xong bàn làm việc.");
  const auto values = stored();
  const model::OfficeProfile office = model::officeProfileFrom(values);
  BOOST_TEST(office.commune == "Hải Lăng");
  BOOST_TEST(office.formerNames == "xã Hải Thượng, huyện Hải Lăng; xã Hải Lâm, huyện Hải Lăng");
  BOOST_TEST(office.signerActingFor == "KT. CHỦ TỊCH");
  BOOST_TEST(office.registerNumberFormat == "Số: {number}/{year}, quyển {book}");
  BOOST_TEST(values.at("handoff.agency.land_registration_office") == "Văn phòng Đăng ký đất đai tỉnh Quảng Trị");
  BOOST_TEST(!gui::setupNeeded(*db));
  wizard->Destroy();
  test::pumpEvents(50ms);
}

BOOST_AUTO_TEST_CASE(the_desk_offers_the_set_up_only_while_it_is_needed) {
  // A desk with cases but no office settings yet, as after an upgrade from a version without the set-up.
  test::makeDemoDatabase(dir / "demo.sqlite", 5);
  auto* frame = new gui::MainFrame();
  frame->Show();
  BOOST_REQUIRE(frame->openDatabase(dir / "demo.sqlite", false).ok());
  gui::SetupWizard* wizard = frame->showSetupWizard(true);
  BOOST_REQUIRE(wizard != nullptr);
  BOOST_TEST(wizard->IsShown());
  BOOST_TEST(!wizard->IsModal());  // the desk stays usable behind it
  BOOST_TEST(frame->showSetupWizard(true) == wizard);  // raised again, not a second one
  fillRequired(*wizard);
  BOOST_REQUIRE(wizard->finish().ok());
  wizard->Destroy();
  test::pumpEvents(50ms);
  BOOST_TEST(frame->showSetupWizard(true) == nullptr);
  frame->Destroy();
  test::pumpEvents(50ms);
}

BOOST_AUTO_TEST_CASE(rule_rows_are_edited_through_the_table_check) {
  gui::SettingsDialog dialog(nullptr, *db, "admin");
  gui::RuleDataPage& rules = dialog.ruleData();
  rules.showTable("fees");
  const std::string shipped = tableJson("fees");
  BOOST_REQUIRE(rules.rowCount() > 0u);
  BOOST_TEST(gui::toUtf8(rules.rowText(0)).find("fee-") != std::string::npos);

  // Not JSON: refused with a reason, nothing stored.
  rules.selectRow(0);
  const std::string original = gui::toUtf8(rules.editor().GetValue());
  rules.editor().SetValue(wxASCII_STR("{\"key\": "));
  BOOST_TEST(!rules.saveEditedRow().ok());
  BOOST_TEST(gui::toUtf8(rules.statusText()).find("JSON") != std::string::npos);
  BOOST_TEST(tableJson("fees") == shipped);

  // A date that does not exist: the table check refuses it, nothing stored.
  std::string badDate = original;
  const auto from = badDate.find("\"effective_from\"");
  BOOST_REQUIRE(from != std::string::npos);
  const auto value = badDate.find('"', badDate.find(':', from) + 1);
  badDate.replace(value + 1, 10, "2026-02-31");
  rules.editor().SetValue(gui::toWx(badDate));
  BOOST_TEST(!rules.saveEditedRow().ok());
  BOOST_TEST_MESSAGE(gui::toUtf8(rules.statusText()));
  BOOST_TEST(!rules.statusText().empty());
  BOOST_TEST(tableJson("fees") == shipped);

  // A renamed row is saved into the desk copy of the whole table.
  std::string renamed = original;
  const auto name = renamed.find("\"name_vi\"");
  BOOST_REQUIRE(name != std::string::npos);
  const auto open = renamed.find('"', renamed.find(':', name) + 1);
  renamed.insert(open + 1, "Đã sửa: ");
  rules.editor().SetValue(gui::toWx(renamed));
  BOOST_REQUIRE(rules.saveEditedRow().ok());
  BOOST_TEST(tableJson("fees").find("Đã sửa: ") != std::string::npos);
  BOOST_TEST(gui::toUtf8(rules.rowText(0)).find("Đã sửa: ") != std::string::npos);

  // A dated copy is added below the rows, starting on the given day, and waits for Save row.
  const size_t rows = rules.rowCount();
  rules.addDatedRow("2027-01-01");
  BOOST_TEST(rules.rowCount() == rows + 1);
  BOOST_TEST(gui::toUtf8(rules.rowText(rows)).find("2027-01-01") != std::string::npos);
  const std::string copy = gui::toUtf8(rules.editor().GetValue());
  BOOST_TEST(copy.find("\"2027-01-01\"") != std::string::npos);
  BOOST_TEST(copy.find("effective_to") == std::string::npos);
  BOOST_TEST(tableJson("fees").find("-2027-01-01") == std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
