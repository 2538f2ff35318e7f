// The whole case in the real desk window under Xvfb (issue 8, item 6): a CCCD scan and a GCN photo arrive in a
// watched folder, go into a new transfer case, are confirmed in the verify view, the contract is rendered through
// real LibreOffice, the case is authenticated (register number and fee), handed to the registration office, taxed,
// paid, returned and collected, each step through the menu command and dialog the officer uses, and the SQLite file
// is read with a separate connection after each step. Every screen is saved as artefacts/whole_case/NN-name.png
// (tests/gui/update_user_guide_screenshots.sh copies them into docs/user-guide/).
#include <boost/test/unit_test.hpp>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>

#include <wx/dialog.h>
#include <wx/xrc/xmlres.h>

#include "case_actions_dialog.h"
#include "case_editor.h"
#include "case_list_ctrl.h"
#include "dashboard_panel.h"
#include "demo/demo_office.h"
#include "desk_probe.h"
#include "document_dialog.h"
#include "fee_tax_panel.h"
#include "inbox_panel.h"
#include "main_frame.h"
#include "modal_script.h"
#include "register_panel.h"
#include "storage/case_repository.h"
#include "storage/settings_repository.h"
#include "support/temp_dir.h"
#include "verify/field_confirmation.h"
#include "verify_dialog.h"
#include "wx_runtime.h"
#include "wx_text.h"

using namespace landdesk;
using namespace landdesk::test;
using namespace std::chrono_literals;
using S = model::CaseStatus;

namespace {

constexpr int64_t kPrice = 1'200'000'000;

// A file arriving the way Zalo PC writes it: a first part, a pause in which the watcher looks, then the rest.
void writeSlowly(const std::filesystem::path& from, const std::filesystem::path& to) {
  std::ifstream in(from, std::ios::binary);
  const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  BOOST_REQUIRE(!bytes.empty());
  std::ofstream out(to, std::ios::binary);
  const size_t third = bytes.size() / 3;
  out.write(bytes.data(), static_cast<std::streamsize>(third));
  out.flush();
  pumpEvents(400ms);
  out.write(bytes.data() + third, static_cast<std::streamsize>(bytes.size() - third));
}

// The window of type W a modeless command just opened (the newest one).
template <class W>
W* opened() {
  W* found = nullptr;
  for (wxWindow* w : wxTopLevelWindows)
    if (auto* candidate = dynamic_cast<W*>(w); candidate && candidate->IsShown()) found = candidate;
  return found;
}

long rowOf(const gui::InboxPanel& inbox, const std::string& fileName) {
  for (size_t i = 0; i < inbox.items().size(); ++i)
    if (inbox.items()[i].fileName == fileName) return static_cast<long>(i);
  return -1;
}

// "2026-03-20": `days` after today, for due dates typed into the step dialog.
std::string dayAfter(int days) {
  const auto d = std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(localNow()) + std::chrono::days(days));
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                static_cast<unsigned>(d.day()));
  return text;
}

struct WholeCaseDesk {
  TempDir dir;
  std::filesystem::path data = dir / "data";
  std::filesystem::path file = data / "landdesk.sqlite";
  std::filesystem::path watched = dir / "Zalo tiep nhan";
  std::filesystem::path shots = artifactDirectory() / "whole_case";
  gui::MainFrame* frame = nullptr;

  WholeCaseDesk() {
    // The machine's own Zalo folder is not this test's business.
    ::setenv("XDG_DOCUMENTS_DIR", (dir / "Documents").c_str(), 1);
    std::filesystem::create_directories(watched);
    std::filesystem::remove_all(shots);
    std::filesystem::create_directories(shots);
    auto db = storage::Database::open({.path = file});
    BOOST_REQUIRE(db);
    // The first-run set-up's office (commune, signer, agencies): documents need it.
    BOOST_REQUIRE((*db)->settings().setAll(model::settingsOf(demo::demoOfficeProfile()), "setup"));
    frame = new gui::MainFrame();
    frame->SetSize(frame->FromDIP(wxSize(1280, 800)));
    frame->Show();
    BOOST_REQUIRE(frame->openDatabase(file, false).ok());
    pumpEvents(200ms);
  }
  ~WholeCaseDesk() {
    frame->Destroy();
    pumpEvents(100ms);
  }

  void shot(wxWindow& window, const char* name) { BOOST_TEST(shoot(window, shots / name), name); }

  // A menu command of the main window, with `script` answering the modal dialog it opens.
  template <class Dialog>
  void command(const char* id, const std::function<int(Dialog&)>& script) {
    const bool shown = answerModal([&] { frame->ProcessCommand(wxXmlResource::GetXRCID(wxString::FromUTF8(id))); },
                                   [&](wxDialog& d) {
                                     auto* dialog = dynamic_cast<Dialog*>(&d);
                                     BOOST_REQUIRE_MESSAGE(dialog, id << " opened another dialog");
                                     return script(*dialog);
                                   });
    BOOST_REQUIRE_MESSAGE(shown, id << " opened no dialog");
    pumpUntil([&] { return !frame->loading(); }, 10s);
  }

  // "Next step" (Ctrl+T) with the officer's entries; the step must be recorded.
  void advance(S to, std::vector<std::pair<const char*, std::string>> fields, const char* png, bool signer = false) {
    command<gui::CaseActionsDialog>("case_advance", [&](gui::CaseActionsDialog& d) {
      d.SetSize(d.FromDIP(wxSize(760, 560)));
      d.Show();
      BOOST_REQUIRE(d.selectState(to));
      for (const auto& [name, value] : fields) d.setField(name, gui::toWx(value));
      if (signer) d.setSignerUnrelated(true);
      shot(d, png);
      const bool applied = d.apply();
      BOOST_TEST(applied, gui::toUtf8(d.errorText()));
      return applied ? wxID_OK : wxID_CANCEL;
    });
  }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(whole_case_gui)

BOOST_FIXTURE_TEST_CASE(a_transfer_case_from_the_zalo_folder_to_collection, WholeCaseDesk) {
  const auto started = std::chrono::steady_clock::now();
  DeskProbe probe(file);
  shot(*frame, "01-main-window.png");

  // Inbox (F7): the watched folder is added in its settings, then the two papers arrive slowly.
  frame->ProcessCommand(XRCID("inbox_show"));
  wxWindow* inboxWindow = wxWindow::FindWindowByName(wxASCII_STR("inbox_window"), frame);
  BOOST_REQUIRE(inboxWindow);
  auto* inbox = dynamic_cast<gui::InboxPanel*>(inboxWindow->FindWindow(wxASCII_STR("inbox_panel")));
  BOOST_REQUIRE(inbox);
  BOOST_REQUIRE(inbox->watchFolder(watched).ok());
  BOOST_TEST(probe.number("SELECT count(*) FROM watched_folder WHERE path = ?", watched.string()) == 1);
  const auto samples = sourceDirectory() / "tests/data/capture";
  writeSlowly(samples / "cccd/cccd_02_clean_scan.jpg", watched / "cccd_ben_chuyen_nhuong.jpg");
  writeSlowly(samples / "gcn/sample_01_2024_clean.jpg", watched / "so_do_thua_1322.jpg");
  BOOST_REQUIRE(pumpUntil([&] { return inbox->itemCount() == 2u; }, 40s));
  BOOST_TEST(pumpUntil([&] { return inbox->thumbnailCount() == 2u; }, 20s));
  BOOST_TEST(probe.number("SELECT count(*) FROM inbox_item WHERE channel = 'folder' AND state = 'new'") == 2);
  inboxWindow->SetSize(inboxWindow->FromDIP(wxSize(1000, 560)));
  shot(*inboxWindow, "02-inbox.png");

  // The card opens a new transfer case; the GCN joins it (read by OCR).
  BOOST_REQUIRE(inbox->selectItem(rowOf(*inbox, "cccd_ben_chuyen_nhuong.jpg")));
  auto assigned = [&] {  // reading runs on the panel's worker: OCR of the GCN page takes seconds
    return pumpUntil([&] { return !inbox->busy(); }, 60s) && !inbox->lastAssignError();
  };
  BOOST_REQUIRE(inbox->assignSelected(std::nullopt, model::CaseKind::TransferWhole).ok());
  BOOST_REQUIRE(assigned());
  const std::string code = probe.text("SELECT code FROM case_file");
  BOOST_REQUIRE(!code.empty());
  BOOST_REQUIRE(inbox->selectItem(rowOf(*inbox, "so_do_thua_1322.jpg")));
  BOOST_REQUIRE(inbox->assignSelected(code, std::nullopt).ok());
  BOOST_REQUIRE(assigned());
  BOOST_TEST(probe.number("SELECT count(*) FROM inbox_item WHERE state = 'assigned' AND case_id IS NOT NULL") == 2);
  BOOST_TEST(probe.text("SELECT kind FROM case_file") == "transfer_whole");
  inboxWindow->Hide();

  // The case list (F5, Ctrl+2) shows the new case selected.
  frame->ProcessCommand(XRCID("case_refresh"));
  BOOST_REQUIRE(pumpUntil([&] { return !frame->loading(); }, 10s));
  frame->ProcessCommand(XRCID("nav_cases"));
  BOOST_REQUIRE(frame->caseList().selectedRow() == 0);
  BOOST_REQUIRE(frame->caseList().caseAt(0)->code == code);

  // Verify view (Ctrl+E, beside the desk): each paper's values, weakest first, confirmed with Enter; the card gives the
  // transferor, the GCN the parcel. Closing it reloads the desk's list.
  size_t shownValues = 0;
  frame->ProcessCommand(XRCID("case_verify"));
  {
    auto* view = opened<gui::VerifyDialog>();
    BOOST_REQUIRE(view);
    BOOST_TEST(!view->IsModal());
    gui::VerifyDialog& v = *view;
    v.SetSize(v.FromDIP(wxSize(1100, 700)));
    v.Show();
    BOOST_REQUIRE(v.paperCount() == 2u);
    for (size_t paper = 0; paper < 2; ++paper) {
      v.selectPaper(paper);
      BOOST_REQUIRE(pumpUntil([&] { return !v.busy(); }, 60s));
      const long rows = static_cast<long>(v.fieldOrder().size());
      shownValues += static_cast<size_t>(rows);
      for (long row = 0; row < rows; ++row) {
        v.selectRow(row);
        (void)v.confirmCurrent();  // what Enter in the value box does; a refused value leaves the row as it was
      }
      if (paper == 1) shot(v, "03-verify.png");
    }
    v.Close();
    pumpEvents(100ms);
    BOOST_TEST(!opened<gui::VerifyDialog>());
    BOOST_REQUIRE(pumpUntil([&] { return !frame->loading(); }, 10s));
  }
  {
    auto db = storage::Database::open({.path = file});
    BOOST_REQUIRE(db);
    auto c = (*db)->cases().byCode(code);
    BOOST_REQUIRE(c);
    BOOST_REQUIRE(c->parties.size() == 1u);
    BOOST_TEST(c->parties[0].party.fullName == "Đặng Thị Mỹ Phượng");
    BOOST_TEST((c->parties[0].role == model::PartyRole::Transferor));
    BOOST_REQUIRE(c->parcels.size() == 1u);
    BOOST_TEST(c->parcels[0].parcel.parcelNumber == "1322");
    BOOST_TEST(c->parcels[0].parcel.mapSheet == "18");
    auto events = (*db)->cases().events(c->id);
    BOOST_REQUIRE(events);
    size_t stored = 0;
    for (const auto& e : *events) stored += e.action == verify::kFieldConfirmedAction ? 1 : 0;
    BOOST_TEST_MESSAGE(stored << " of " << shownValues << " values confirmed");
    BOOST_TEST(stored >= 10u);
    BOOST_TEST(stored + 2 >= shownValues);  // a value the reader got wrong may be refused, not more
  }

  // The case editor (Enter on the case): the buyer, the price and the payment, saved through the editor's session.
  frame->ProcessCommand(XRCID("case_edit"));
  auto* editor = opened<gui::CaseEditorFrame>();
  BOOST_REQUIRE(editor);
  BOOST_REQUIRE(editor->applyEdit([](model::Case& c) -> Status {
    model::CaseParty buyer;
    buyer.role = model::PartyRole::Transferee;
    buyer.party.fullName = "Dương Thị Mỹ Điệp";
    buyer.party.birthDate = model::BirthDate{1972, 6, 3};
    buyer.party.sex = model::Sex::Female;
    buyer.party.idDocuments = {{model::IdType::Cccd, "066172468482", std::chrono::year(2023) / 11 / 1,
                                "Cục Cảnh sát QLHC về TTXH"}};
    buyer.party.permanentAddress = "Thôn 7, Xã Ea Kênh, Huyện Krông Pắc, Tỉnh Đắk Lắk";
    c.parties.push_back(buyer);
    c.parcels.at(0).price = kPrice;
    model::ContractTerms terms;
    terms.paymentMethod = "Chuyển khoản qua ngân hàng";
    terms.payments = {{std::nullopt, kPrice, "một lần khi ký hợp đồng"}};
    c.terms = terms;
    return {};
  }));
  BOOST_REQUIRE(editor->saveNow().ok());
  editor->SetSize(editor->FromDIP(wxSize(1100, 720)));
  shot(*editor, "04-case-editor.png");
  editor->Close(true);
  pumpEvents(200ms);
  BOOST_TEST(probe.number("SELECT count(*) FROM party") == 2);
  BOOST_TEST(probe.number("SELECT price FROM case_parcel") == kPrice);

  // Documents (Ctrl+D): the transfer contract rendered and previewed through LibreOffice.
  {
    // Modeless: the desk stays usable while LibreOffice renders.
    frame->ProcessCommand(XRCID("case_documents"));
    auto* preview = opened<gui::DocumentDialog>();
    BOOST_REQUIRE(preview);
    gui::DocumentDialog& d = *preview;
    d.SetSize(d.FromDIP(wxSize(1100, 780)));
    BOOST_REQUIRE(d.selectTemplate("hd_chuyen_nhuong"));
    for (const auto& f : d.findings()) BOOST_TEST_MESSAGE("finding: " << f.en);
    BOOST_REQUIRE(!documents::hasBlocking(d.findings()));
    BOOST_REQUIRE(d.renderPreview());
    BOOST_REQUIRE(pumpUntil([&] { return !d.busy(); }, 180s));
    BOOST_REQUIRE_MESSAGE(!d.failure(), (d.failure() ? d.failure()->en : ""));
    BOOST_TEST(!d.pages().empty());
    BOOST_TEST(d.renderedDocx().has_value());
    shot(d, "05-documents-preview.png");
    d.Destroy();
    pumpEvents(100ms);
  }

  // Next step (Ctrl+T), one step a time, each checked in the file.
  advance(S::Drafting, {}, "06-step-drafting.png");
  BOOST_TEST(probe.status(code) == "drafting");

  advance(S::Authenticated, {{"receipt", "0001234"}}, "07-step-authenticate.png", true);
  BOOST_TEST(probe.status(code) == "authenticated");
  const int64_t fee = probe.number("SELECT fee FROM register_entry WHERE case_code = ?", code);
  BOOST_TEST(fee > 0);
  BOOST_TEST(probe.number("SELECT count(*) FROM register_entry WHERE case_code = ? AND number = 1", code) == 1);
  BOOST_TEST(probe.number("SELECT sum(amount) FROM case_fee WHERE receipt_no = '0001234'") == fee);
  BOOST_TEST(!probe.text("SELECT register_number FROM case_transition WHERE to_status = 'authenticated'").empty());

  advance(S::Filed, {{"agency", "Chi nhánh Văn phòng đăng ký đất đai huyện Gio Linh"}, {"receipt", "VPĐK-0456"},
                     {"due", dayAfter(20)}}, "08-step-handoff.png");
  BOOST_TEST(probe.status(code) == "filed");
  BOOST_TEST(probe.text("SELECT receipt_no FROM case_transition WHERE to_status = 'filed'") == "VPĐK-0456");

  advance(S::TaxNoticeReceived, {{"receipt", "TB-789"}, {"amount", "30.000.000"}, {"due", dayAfter(10)}},
          "09-step-tax-notice.png");
  BOOST_TEST(probe.status(code) == "tax_notice_received");
  BOOST_TEST(probe.number("SELECT amount FROM tax_notice WHERE number = 'TB-789'") == 30'000'000);
  frame->ProcessCommand(XRCID("nav_dashboard"));
  BOOST_REQUIRE(frame->dashboard().refresh().ok());
  frame->dashboard().showSection(gui::DashboardPanel::WaitingTax);
  BOOST_TEST(frame->dashboard().rowCount() == 1);
  shot(*frame, "10-dashboard.png");

  advance(S::TaxPaid, {{"receipt", "GNT-555"}, {"amount", "30.000.000"}}, "11-step-tax-paid.png");
  BOOST_TEST(probe.status(code) == "tax_paid");
  BOOST_TEST(probe.number("SELECT paid_amount FROM tax_notice WHERE number = 'TB-789' AND paid_at IS NOT NULL") ==
             30'000'000);

  advance(S::ResultReceived, {}, "12-step-result.png");
  BOOST_TEST(probe.status(code) == "result_received");
  advance(S::Collected, {}, "13-step-collected.png");
  BOOST_TEST(probe.status(code) == "collected");
  BOOST_TEST(probe.number("SELECT count(*) FROM case_transition WHERE voids = 0") == 7);

  // Register (Ctrl+3) and the case's fees and taxes.
  command<gui::RegisterDialog>("register_view", [&](gui::RegisterDialog& r) {
    BOOST_TEST(r.entryCount() == 1u);
    BOOST_TEST(r.verifyNow());
    shot(r, "14-register.png");
    return wxID_OK;
  });
  command<gui::FeeTaxDialog>("case_fees_taxes", [&](gui::FeeTaxDialog& f) {
    BOOST_TEST(f.feeTotal() == fee);
    BOOST_TEST(f.estimate().ok());
    BOOST_TEST(f.taxTotal() > 0);
    shot(f, "15-fees-taxes.png");
    return wxID_OK;
  });
  shot(*frame, "16-main-window-collected.png");
  const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  BOOST_TEST_MESSAGE("whole case: " << seconds << " s");
}

BOOST_AUTO_TEST_SUITE_END()
