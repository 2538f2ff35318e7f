// The Inbox panel under Xvfb on a real SQLite desk: a file written slowly into the (Zalo) watched folder appears
// without a restart, with its thumbnail; a dropped CCCD scan goes through the intake entry point and joins a new
// case with its QR values; discard; the mail settings are saved without any password; a screenshot as artefact.
#include <boost/test/unit_test.hpp>

#include <cstdlib>
#include <fstream>
#include <thread>

#include <wx/frame.h>
#include <wx/image.h>
#include <wx/mstream.h>
#include <wx/sizer.h>

#include "inbox_panel.h"
#include "intake/mail_settings.h"
#include "mail_settings_dialog.h"
#include "storage/case_repository.h"
#include "storage/settings_repository.h"
#include "support/temp_dir.h"
#include "wx_runtime.h"
#include "wx_text.h"

using namespace landdesk;
using namespace landdesk::test;
using namespace std::chrono_literals;

namespace {

struct Desk {
  TempDir dir;
  std::filesystem::path data = dir / "data";
  std::filesystem::path file = data / "landdesk.sqlite";
  std::filesystem::path zalo;

  Desk() {
    // The Zalo folder of this test's own "user" (folder_watcher.h: XDG_DOCUMENTS_DIR is honoured).
    ::setenv("XDG_DOCUMENTS_DIR", (dir / "Documents").c_str(), 1);
    zalo = dir / "Documents" / "Zalo Received Files";
    std::filesystem::create_directories(zalo);
    auto db = storage::Database::open({.path = file});
    BOOST_REQUIRE(db);
  }
};

std::string pngBytes(int width, int height) {
  wxImage image(width, height);
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x) image.SetRGB(x, y, static_cast<unsigned char>(x * 3), static_cast<unsigned char>(y * 2), 180);
  wxMemoryOutputStream out;
  BOOST_REQUIRE(image.SaveFile(out, wxBITMAP_TYPE_PNG));
  std::string bytes(out.GetSize(), '\0');
  out.CopyTo(bytes.data(), bytes.size());
  return bytes;
}

struct Window {
  wxFrame* frame;
  gui::InboxPanel* panel;
  Window(const Desk& d) {
    frame = new wxFrame(nullptr, wxID_ANY, wxASCII_STR("Inbox"));
    panel = new gui::InboxPanel(frame, d.file, d.data, 200ms);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(panel, 1, wxEXPAND);
    frame->SetSizerAndFit(sizer);
    frame->Show();
    pumpEvents(100ms);
  }
  ~Window() {
    frame->Destroy();
    pumpEvents(50ms);
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(inbox_panel, Desk)

BOOST_AUTO_TEST_CASE(a_file_written_slowly_into_the_zalo_folder_appears_with_its_thumbnail) {
  Window w(*this);
  BOOST_TEST(w.panel->itemCount() == 0u);
  BOOST_TEST((w.panel->folders().front() == zalo));
  const std::string png = pngBytes(300, 200);
  {
    // Half the file, a pause the timer sees, then the rest: only the complete file may be taken.
    std::ofstream out(zalo / "anh-so-do.png", std::ios::binary);
    out.write(png.data(), static_cast<std::streamsize>(png.size() / 2));
    out.flush();
    pumpEvents(700ms);
    BOOST_TEST(w.panel->itemCount() == 0u);
    out.write(png.data() + png.size() / 2, static_cast<std::streamsize>(png.size() - png.size() / 2));
  }
  BOOST_REQUIRE(pumpUntil([&] { return w.panel->itemCount() == 1u; }, 20s));
  const storage::InboxItem& item = w.panel->items().front();
  BOOST_TEST(item.fileName == "anh-so-do.png");
  BOOST_TEST((item.channel == storage::InboxChannel::Zalo));
  BOOST_TEST(item.size == static_cast<int64_t>(png.size()));
  BOOST_REQUIRE(pumpUntil([&] { return w.panel->thumbnailCount() == 1u; }, 20s));
  pumpEvents(1s);  // the next ticks must not take the same file again
  BOOST_TEST(w.panel->itemCount() == 1u);
  BOOST_TEST(saveScreenshot(*w.frame, artifactDirectory() / "inbox-panel.png"));
}

BOOST_AUTO_TEST_CASE(a_dropped_id_card_scan_joins_a_new_case_and_another_item_is_discarded) {
  Window w(*this);
  const auto scan = dir / "cccd.jpg";
  std::filesystem::copy_file(sourceDirectory() / "tests/data/capture/cccd/cccd_01_clean_scan.jpg", scan);
  std::ofstream(dir / "rac.png", std::ios::binary) << pngBytes(40, 30);
  // What the main window's drop target does with the dropped names.
  gui::InboxDropTarget drop([&](const std::vector<std::filesystem::path>& files) { (void)w.panel->importFiles(files); });
  wxArrayString names;
  names.Add(gui::pathToWx(scan));
  names.Add(gui::pathToWx(dir / "rac.png"));
  BOOST_TEST(drop.OnDropFiles(0, 0, names));
  BOOST_REQUIRE(w.panel->itemCount() == 2u);
  BOOST_TEST(std::filesystem::exists(scan));  // a picked or dropped file is the officer's: kept
  long jpeg = w.panel->items()[0].contentKind == "jpeg" ? 0 : 1;
  BOOST_REQUIRE(w.panel->selectItem(jpeg));
  BOOST_REQUIRE(w.panel->assignSelected(std::nullopt, model::CaseKind::TransferWhole).ok());
  BOOST_TEST(w.panel->busy());  // the paper is read on the worker; the panel stays usable
  BOOST_REQUIRE(pumpUntil([&] { return !w.panel->busy(); }, 60s));
  BOOST_REQUIRE_MESSAGE(!w.panel->lastAssignError(), w.panel->lastAssignError()->en);
  BOOST_REQUIRE(w.panel->selectItem(1 - jpeg));
  BOOST_REQUIRE(w.panel->discardSelected().ok());

  auto db = storage::Database::open({.path = file});
  BOOST_REQUIRE(db);
  auto cases = (*db)->cases().list();
  BOOST_REQUIRE(cases->size() == 1u);
  auto c = (*db)->cases().byId(cases->front().id);
  BOOST_REQUIRE(c->documents.size() == 1u);
  BOOST_TEST((c->documents[0].kind == model::DocumentKind::IdCard));
  bool number = false;
  for (const auto& f : c->documents[0].fields) number = number || (f.name == "id_number" && f.value == "049301166447");
  BOOST_TEST(number);
  for (const auto& item : w.panel->items())
    BOOST_TEST((item.state == (item.contentKind == "jpeg" ? storage::InboxState::Assigned : storage::InboxState::Discarded)));
  BOOST_TEST(gui::toUtf8(w.panel->statusText()).find(c->code) != std::string::npos);
}

BOOST_AUTO_TEST_CASE(mail_settings_are_saved_per_desk_without_the_password) {
  Window w(*this);
  auto db = storage::Database::open({.path = file});
  BOOST_REQUIRE(db);
  auto* dialog = new gui::MailSettingsDialog(w.frame, **db, "canbo");
  dialog->setValues({"pop3", "127.0.0.1:11110", "desk", false, true});
  BOOST_REQUIRE(dialog->save().ok());
  dialog->setValues({"pop3", "127.0.0.1:port", "desk", false, true});
  BOOST_TEST(!dialog->save().ok());  // a bad port is refused with the reason shown
  BOOST_TEST(!dialog->statusText().empty());
  dialog->Destroy();
  auto saved = intake::loadMailSettings(**db);
  BOOST_REQUIRE(saved.ok());
  BOOST_TEST(saved->protocol == "pop3");
  BOOST_TEST(saved->url == "127.0.0.1:11110");
  BOOST_TEST(!saved->tls);
  BOOST_TEST(saved->deleteSourceAfterImport);
  auto all = (*db)->settings().all();
  for (const auto& [key, value] : *all) BOOST_TEST(key.find("password") == std::string::npos);

  // STLS and the desk's CA file show in the dialog, and saving it unchanged keeps them.
  const intake::MailSettings stls{"pop3", "127.0.0.1:11110", "desk", true, false, true, "/etc/ssl/certs/desk.pem"};
  BOOST_REQUIRE(intake::saveMailSettings(**db, stls, "t").ok());
  auto* again = new gui::MailSettingsDialog(w.frame, **db, "canbo");
  BOOST_REQUIRE(again->save().ok());
  again->Destroy();
  auto kept = intake::loadMailSettings(**db);
  BOOST_REQUIRE(kept.ok());
  BOOST_TEST(kept->startTls);
  BOOST_TEST(kept->caFile == "/etc/ssl/certs/desk.pem");
}

BOOST_AUTO_TEST_SUITE_END()
