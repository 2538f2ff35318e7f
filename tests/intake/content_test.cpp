// Reading what arrives, by content: kinds, names, RFC 2231, scanner-typed QR text, ZIP limits, mail, and unpack's
// verdict on each kind of bad input.
#include <unicode/unistr.h>

#include <boost/test/unit_test.hpp>

#include "intake/content_kind.h"
#include "intake/file_name.h"
#include "intake/mail_reader.h"
#include "intake/mime_names.h"
#include "intake/qr_text.h"
#include "intake/unpacker.h"
#include "intake/zip_reader.h"
#include "intake_fixtures.h"
#include "support/temp_dir.h"
#include "util/datetime.h"

using namespace landdesk;
using namespace landdesk::intake;
using namespace landdesk::test;

BOOST_AUTO_TEST_SUITE(content)

BOOST_AUTO_TEST_CASE(kinds_come_from_bytes_not_names) {
  BOOST_TEST((sniffContent(cccdScanJpeg()) == ContentKind::Jpeg));
  BOOST_TEST((sniffContent(pngImage()) == ContentKind::Png));
  BOOST_TEST((sniffContent(tiffImage()) == ContentKind::Tiff));
  BOOST_TEST((sniffContent(onePagePdf()) == ContentKind::Pdf));
  BOOST_TEST((sniffContent(minimalDocx()) == ContentKind::Docx));
  BOOST_TEST((sniffContent(buildZip({{"a.jpg", jpegImage()}})) == ContentKind::Zip));
  BOOST_TEST((sniffContent(composeMail("A <a@b.vn>", "x", {})) == ContentKind::Email));
  BOOST_TEST((sniffContent(std::string(kQrPayload) + "\r\n") == ContentKind::QrText));
  BOOST_TEST((sniffContent("MZ\x90\x00 not a picture") == ContentKind::Unknown));
  BOOST_TEST((sniffContent("ghi chú: gọi lại sau") == ContentKind::Unknown));
}

BOOST_AUTO_TEST_CASE(names_are_sanitised_and_vietnamese_kept_exactly) {
  BOOST_TEST(sanitizeFileName("Sổ đỏ thửa 12.jpg") == "Sổ đỏ thửa 12.jpg");
  // NFD from a Mac becomes NFC.
  BOOST_TEST(sanitizeFileName("So\xCC\x82\xCC\x89 \xC4\x91o\xCC\x89.jpg") == "Sổ đỏ.jpg");
  BOOST_TEST(sanitizeFileName("../../etc/passwd") == "passwd");
  BOOST_TEST(sanitizeFileName("..\\..\\Windows\\win.ini") == "win.ini");
  BOOST_TEST(sanitizeFileName("/etc/shadow") == "shadow");
  BOOST_TEST(sanitizeFileName("C:\\Users\\x\\cccd.jpg") == "cccd.jpg");
  BOOST_TEST(sanitizeFileName("..") == "tep-nhan");
  BOOST_TEST(sanitizeFileName("a\x01\x1b[31mb\x7f.jpg") == "a[31mb.jpg");
  BOOST_TEST(sanitizeFileName("x<y>z:\"|?*.pdf") == "x_y_z_____.pdf");
  BOOST_TEST(sanitizeFileName("cccd\xE2\x80\xAEgpj.exe") == "cccdgpj.exe");  // right-to-left override dropped
  BOOST_TEST(sanitizeFileName("  .hidden. ") == "hidden");
  BOOST_TEST(sanitizeFileName("CON.jpg") == "_CON.jpg");
  const std::string longName = sanitizeFileName(std::string(300, 'a') + ".jpg");
  BOOST_TEST(longName.size() <= 180u);
  BOOST_TEST(longName.ends_with(".jpg"));
}

BOOST_AUTO_TEST_CASE(rfc2231_single_continued_and_other_charsets) {
  BOOST_TEST(*decodeRfc2231({{"filename*", "UTF-8''S%E1%BB%95%20%C4%91%E1%BB%8F%20th%E1%BB%ADa%2012.jpg"}}, "filename") ==
             "Sổ đỏ thửa 12.jpg");
  // Thunderbird splits long names: filename*0*=UTF-8''…; filename*1*=…; filename*2="…" (plain, not encoded).
  const HeaderParameters continued = {{"filename*1*", "%E1%BB%8F%20th"}, {"filename*0*", "utf-8'vi'S%E1%BB%95%20%C4%91"}, {"filename*2", "ửa 12.jpg"}};
  BOOST_TEST(*decodeRfc2231(continued, "filename") == "Sổ đỏ thửa 12.jpg");
  // Windows-1258 (Vietnamese Windows): "Sổ" is S + o + combining hook-above (0xD2) + … decoded by ICU.
  BOOST_TEST(*decodeRfc2231({{"filename*", "windows-1258''S%F4%D2.jpg"}}, "filename") == "Sổ.jpg");
  BOOST_TEST(*decodeRfc2231({{"filename*", "iso-8859-1'en'caf%E9.pdf"}}, "filename") == "café.pdf");
  BOOST_TEST(!decodeRfc2231({{"filename", "plain.jpg"}}, "filename").has_value());
  BOOST_TEST(attachmentName({{"filename", "plain.jpg"}}, {{"name", "other.jpg"}}) == "plain.jpg");
  BOOST_TEST(attachmentName({}, {{"name*", "UTF-8''%C4%91%E1%BB%8F.png"}}) == "đỏ.png");
}

BOOST_AUTO_TEST_CASE(qr_text_as_scanners_type_it) {
  for (std::string text : {std::string(kQrPayload), std::string(kQrPayload) + "\n", std::string(kQrPayload) + "\r\n",
                           std::string(kQrPayload) + "\r", "\xEF\xBB\xBF" + std::string(kQrPayload) + "\r\n\r\n",
                           "]Q1" + std::string(kQrPayload) + "\n"}) {
    auto cards = parseScannerText(text);
    BOOST_REQUIRE_MESSAGE(cards.ok(), (cards.ok() ? "" : cards.error().en));
    BOOST_TEST(cards->size() == 1u);
    BOOST_TEST(cards->front().card.fullName == "Nguyễn Văn A");
    BOOST_TEST(cards->front().card.idNumber == "001090012345");
  }
  // Notepad's "Unicode" (UTF-16 LE with BOM).
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(std::string(kQrPayload) + "\r\n");
  std::string utf16 = "\xFF\xFE";
  for (int32_t i = 0; i < u.length(); ++i) utf16 += std::string{static_cast<char>(u[i] & 0xFF), static_cast<char>(u[i] >> 8)};
  auto fromUtf16 = parseScannerText(utf16);
  BOOST_REQUIRE(fromUtf16.ok());
  BOOST_TEST(fromUtf16->front().card.address == "Thôn X, xã Y, huyện Z, Hà Nội");
  // Two cards scanned one after the other.
  auto two = parseScannerText(std::string(kQrPayload) + "\r\n049301166447|661827611|Vũ Thị Thanh Hân|05072001|Nữ|Thôn Hà Mỹ, Xã Duy Phước|04032024\r\n");
  BOOST_REQUIRE(two.ok());
  BOOST_TEST(two->size() == 2u);
  BOOST_TEST(two->at(1).line == 2);
}

BOOST_AUTO_TEST_CASE(qr_text_refusals_say_why) {
  auto code = [](std::string_view text) {
    auto r = parseScannerText(text);
    return r.ok() ? std::string("ok") : r.error().code;
  };
  // A scanner in US keyboard mode: '?' for every Vietnamese letter; or Alt-codes of UTF-8 bytes (mojibake).
  BOOST_TEST(code("001090012345|123456789|Nguy?n V?n A|01011990|Nam|Th?n X|15042021") == "intake.qr_keyboard_garbage");
  BOOST_TEST(code("001090012345|123456789|Nguyá»…n VÄƒn A|01011990|Nam|ThÃ´n X|15042021") == "intake.qr_keyboard_garbage");
  BOOST_TEST(code("001090012345|123456789|Nguy\xE1n|01011990|Nam|x|15042021") == "intake.qr_keyboard_garbage");  // not UTF-8
  BOOST_TEST(code("001090012345|Nguyễn Văn A|01011990|Nam") == "qr.too_few_fields");
  BOOST_TEST(code("001090012345|123456789|Nguyễn Văn A|31021990|Nam|Hà Nội|15042021").starts_with("qr."));
  BOOST_TEST(code("001090012345|123456789|<script>alert(1)</script>|01011990|Nam|Hà Nội|15042021") == "text.markup");
  BOOST_TEST(code("\r\n\r\n") == "qr.empty");
  auto garbage = parseScannerText("001090012345|123456789|Nguy?n V?n A|01011990|Nam|Th?n X|15042021");
  BOOST_TEST(garbage.error().vi.find("chế độ bàn phím") != std::string::npos);
  BOOST_TEST(garbage.error().en.find("keyboard mode") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(zip_limits_and_unsafe_names) {
  auto ok = readZip(buildZip({{"hồ sơ/cccd.jpg", jpegImage()}, {"so-do.png", pngImage(), true}}));
  BOOST_REQUIRE(ok.ok());
  BOOST_TEST(ok->size() == 2u);
  BOOST_TEST(ok->at(0).path == "hồ sơ/cccd.jpg");
  for (const std::string bad : {"../evil.jpg", "/etc/cron.d/x.jpg", "scans\\..\\x.jpg", "a/../../x.jpg", "C:/x.jpg"}) {
    auto r = readZip(buildZip({{"fine.jpg", jpegImage()}, {bad, jpegImage()}}));
    BOOST_REQUIRE(!r.ok());
    BOOST_TEST(r.error().code == "intake.zip_unsafe_name", bad);
  }
  // 20 MB of zeros deflate to ~20 kB: refused on the declared ratio before anything is inflated.
  auto bomb = readZip(buildZip({{"zeros.jpg", std::string(20u << 20, '\0'), true}}));
  BOOST_REQUIRE(!bomb.ok());
  BOOST_TEST(bomb.error().code == "intake.zip_bomb");
  // An entry that lies about its size is stopped while inflating.
  auto liar = readZip(buildZip({{"small.jpg", std::string(3u << 20, 'x'), true, 1000u}}));
  BOOST_REQUIRE(!liar.ok());
  BOOST_TEST(liar.error().code == "intake.zip_bomb");
  auto truncated = readZip(buildZip({{"a.jpg", jpegImage()}}).substr(0, 60));
  BOOST_REQUIRE(!truncated.ok());
  BOOST_TEST(truncated.error().code == "intake.zip_damaged");
}

BOOST_AUTO_TEST_CASE(mail_from_poco_with_vietnamese_rfc2231_names) {
  const std::string raw = composeMail("Nguyễn Văn A <nva@example.vn>", "Hồ sơ chuyển nhượng thửa 12 — gửi kèm sổ đỏ và CCCD",
                                      {{"Sổ đỏ thửa 12.jpg", "image/jpeg", jpegImage()}, {"cccd.png", "image/png", pngImage()}});
  auto mail = readMail(raw);
  BOOST_REQUIRE(mail.ok());
  BOOST_TEST(mail->sender == "Nguyễn Văn A <nva@example.vn>");
  BOOST_TEST(mail->subject == "Hồ sơ chuyển nhượng thửa 12 — gửi kèm sổ đỏ và CCCD");  // no doubled space (G6)
  BOOST_REQUIRE(mail->date.has_value());
  BOOST_TEST(isoDateTime(*mail->date) == "2026-03-03T09:15:00");
  BOOST_REQUIRE(mail->attachments.size() == 2u);  // the text body is not a paper
  BOOST_TEST(mail->attachments[0].name == "Sổ đỏ thửa 12.jpg");
  BOOST_TEST(mail->attachments[1].name == "cccd.png");
  BOOST_TEST(mail->attachments[0].bytes == jpegImage());
}

BOOST_AUTO_TEST_CASE(thunderbird_style_message_with_continuations_and_nesting) {
  auto mail = readMail(readBytes(sourceDirectory() / "tests/data/intake/thunderbird_rfc2231.eml"));
  BOOST_REQUIRE_MESSAGE(mail.ok(), (mail.ok() ? "" : mail.error().en));
  BOOST_REQUIRE(mail->attachments.size() == 2u);
  BOOST_TEST(mail->attachments[0].name == "Giấy chứng nhận quyền sử dụng đất thửa số 12 tờ bản đồ số 5.pdf");
  BOOST_TEST(mail->attachments[1].name == "../../../tmp/Căn cước.png");  // decoded as sent; sanitised on storing
  BOOST_TEST(mail->subject == "Gửi hồ sơ tặng cho");
}

BOOST_AUTO_TEST_CASE(malformed_mime_is_refused_clearly) {
  const std::string noBoundary = "From: a@b.vn\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed\r\n\r\n--x\r\n\r\nbody\r\n";
  auto r = readMail(noBoundary);
  BOOST_REQUIRE(!r.ok());
  BOOST_TEST(r.error().code == "intake.mail_malformed");
  auto unpacked = unpack(noBoundary, "thu.eml");
  BOOST_REQUIRE(!unpacked.ok());
  BOOST_TEST(unpacked.error().vi.find("MIME") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(unpack_verdicts_on_bad_input) {
  const std::string jpeg = cccdScanJpeg();
  auto truncated = unpack(jpeg.substr(0, jpeg.size() / 2), "cccd.jpg");
  BOOST_REQUIRE(!truncated.ok());
  BOOST_TEST(truncated.error().code == "intake.image_truncated");
  BOOST_TEST(truncated.error().vi.find("cccd.jpg") != std::string::npos);

  auto huge = unpack(pngDeclaring(100000, 100000), "so-do.png");
  BOOST_REQUIRE(!huge.ok());
  BOOST_TEST(huge.error().code == "capture.image_too_large");

  auto lying = unpack("MZ\x90\x00 this is a program", "so-do.jpg");
  BOOST_REQUIRE(!lying.ok());
  BOOST_TEST(lying.error().code == "intake.content_mismatch");
  BOOST_TEST(lying.error().vi.find(".jpg") != std::string::npos);

  // A PDF named .jpg is what its bytes say: kept as a PDF, renamed, with a note.
  auto pdfAsJpg = unpack(onePagePdf(), "scan.jpg");
  BOOST_REQUIRE(pdfAsJpg.ok());
  BOOST_TEST(pdfAsJpg->files.at(0).name == "scan.pdf");
  BOOST_TEST((pdfAsJpg->files.at(0).kind == ContentKind::Pdf));
  BOOST_TEST(pdfAsJpg->files.at(0).warnings.size() == 1u);

  auto emptyMail = unpack(composeMail("a@b.vn", "no papers", {}), "thu.eml");
  BOOST_REQUIRE(!emptyMail.ok());
  BOOST_TEST(emptyMail.error().code == "intake.nothing_to_keep");

  // A zip with one good scan and one damaged image: the scan is kept, the other skipped with its reason.
  auto mixed = unpack(buildZip({{"a.png", pngImage()}, {"b.jpg", jpeg.substr(0, 500)}, {"notes.txt", "gọi lại"}}), "scans.zip");
  BOOST_REQUIRE(mixed.ok());
  BOOST_TEST(mixed->files.size() == 1u);
  BOOST_TEST(mixed->skipped.size() == 2u);
  BOOST_TEST(mixed->files.at(0).origin == "scans.zip!a.png");

  auto nested = unpack(buildZip({{"inner.zip", buildZip({{"a.png", pngImage()}})}, {"b.png", pngImage(40, 30, 1)}}), "outer.zip");
  BOOST_REQUIRE(nested.ok());
  BOOST_TEST(nested->files.size() == 1u);
  BOOST_TEST(nested->skipped.at(0).reason.code == "intake.nested_container");
}

BOOST_AUTO_TEST_SUITE_END()
