// The Inbox panel under Xvfb on a real SQLite desk: a file written slowly into the (Zalo) watched folder appears
// without a restart, with its thumbnail; a dropped CCCD scan goes through the intake entry point and joins a new
// case with its QR values; discard; the mail settings are saved without any password; a screenshot as artefact.
// The desk closed in the middle of a mail fetch from a real Dovecot: the close is prompt, every message is stored
// whole or not at all, and the next fetch takes exactly the rest.
#include <boost/test/unit_test.hpp>

#include <cstdlib>
#include <fstream>
#include <map>
#include <thread>

#include <wx/frame.h>
#include <wx/image.h>
#include <wx/mstream.h>
#include <wx/sizer.h>

#include "inbox_panel.h"
#include "intake/dovecot_fixture.h"
#include "intake/intake_fixtures.h"
#include "intake/mail_settings.h"
#include "intake/mailbox.h"
#include "mail_settings_dialog.h"
#include "main_frame.h"
#include "storage/case_repository.h"
#include "storage/file_store.h"
#include "storage/inbox_repository.h"
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

// Messages per subject, and whether each stored item's file is in the file store with the item's size.
struct StoredMail {
  std::map<std::string, size_t> perSubject;
  size_t items = 0, incomplete = 0;
};
StoredMail storedMail(const std::filesystem::path& file, const std::filesystem::path& data) {
  auto db = storage::Database::open({.path = file, .create = false});
  BOOST_REQUIRE(db);
  auto items = storage::InboxRepository(**db).list();
  BOOST_REQUIRE(items);
  const storage::FileStore store = storage::fileStoreIn(data);
  StoredMail out;
  for (const auto& item : *items) {
    ++out.items;
    ++out.perSubject[item.subject];
    std::error_code ec;
    const auto size = std::filesystem::file_size(store.locate(item.sha256), ec);
    if (ec || static_cast<int64_t>(size) != item.size) ++out.incomplete;
  }
  return out;
}

BOOST_AUTO_TEST_CASE(closing_the_desk_mid_fetch_is_prompt_and_a_second_fetch_takes_exactly_the_rest) {
  constexpr int kMessages = 40, kPapers = 2;
  Dovecot dovecot;
  for (int m = 0; m < kMessages; ++m)
    dovecot.deliver(composeMail("Nguyễn Văn A <nva@example.vn>", "Hồ sơ số " + std::to_string(m + 1),
                                {{"so-do-" + std::to_string(m) + ".png", "image/png", pngImage(900, 700, 2 * m + 1)},
                                 {"cccd-" + std::to_string(m) + ".jpg", "image/jpeg", jpegImage(1200, 900, 2 * m + 2)}}));
  {
    auto db = storage::Database::open({.path = file});
    BOOST_REQUIRE(db);
    BOOST_REQUIRE(intake::saveMailSettings(**db, {"imap", dovecot.imapUrl(), dovecot.user, false}, "test").ok());
  }
  auto* desk = new gui::MainFrame();
  desk->Show();
  BOOST_REQUIRE(desk->openDatabase(file, false).ok());
  gui::InboxPanel* inbox = gui::showInboxWindow(desk, file, data);
  BOOST_REQUIRE(inbox);
  inbox->setMailPassword(dovecot.password);
  const auto started = std::chrono::steady_clock::now();
  inbox->fetchMailNow();
  BOOST_REQUIRE(inbox->busy());
  // A few messages in, as another connection sees them, the officer closes the desk.
  auto watch = storage::Database::open({.path = file, .create = false});
  BOOST_REQUIRE(watch);
  BOOST_REQUIRE(pumpUntil([&] { return storage::InboxRepository(**watch).list()->size() >= 2u * kPapers; }, 60s));
  const auto fetchedMs = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
  watch->reset();
  const auto closing = std::chrono::steady_clock::now();
  desk->Close();  // the close box
  auto deskOpen = [&] {
    for (wxWindow* top : wxTopLevelWindows)
      if (top == desk) return true;
    return false;
  };
  BOOST_REQUIRE(pumpUntil([&] { return !deskOpen(); }, 30s));
  const auto closeMs = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - closing);
  BOOST_TEST_MESSAGE("close_during_mail_fetch_ms=" << closeMs.count() << " (fetch had run " << fetchedMs.count() << " ms)");
  BOOST_TEST(closeMs.count() < 3000);  // measured 42-51 ms on 2 busy cores: one message in hand, then the join

  // Reopened: the fetch was really interrupted, and what was stored is whole (every paper of a message, every file).
  StoredMail first = storedMail(file, data);
  BOOST_TEST_MESSAGE("messages_stored_before_close=" << first.perSubject.size() << " of " << kMessages);
  BOOST_TEST(first.perSubject.size() < static_cast<size_t>(kMessages));
  BOOST_TEST(first.incomplete == 0u);
  for (const auto& [subject, papers] : first.perSubject) BOOST_TEST(papers == static_cast<size_t>(kPapers), subject);

  // The next fetch (the CLI's `inbox fetch` path) takes exactly the rest.
  {
    auto db = storage::Database::open({.path = file, .create = false});
    BOOST_REQUIRE(db);
    auto settings = intake::loadMailSettings(**db);
    BOOST_REQUIRE(settings);
    auto server = intake::mailServerFrom(*settings, dovecot.password);
    BOOST_REQUIRE(server);
    intake::InboxImporter importer(**db, data);
    const intake::FetchReport rest = intake::fetchMail(importer, *server);
    BOOST_REQUIRE_MESSAGE(!rest.stopped, (rest.stopped ? rest.stopped->en : ""));
    BOOST_TEST(rest.newMessages == kMessages - first.perSubject.size());
  }
  StoredMail all = storedMail(file, data);
  BOOST_TEST(all.perSubject.size() == static_cast<size_t>(kMessages));
  BOOST_TEST(all.items == static_cast<size_t>(kMessages * kPapers));
  BOOST_TEST(all.incomplete == 0u);
  for (const auto& [subject, papers] : all.perSubject) BOOST_TEST(papers == static_cast<size_t>(kPapers), subject);
}

BOOST_AUTO_TEST_SUITE_END()
