// Builders for the intake tests: real images, PDF, DOCX, ZIP (with hostile names and sizes) and mail composed with
// Poco::Net::MailMessage, plus a listing of every file under a folder to prove nothing was written elsewhere.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace landdesk::test {

std::string readBytes(const std::filesystem::path& file);
void writeBytes(const std::filesystem::path& file, std::string_view bytes);

// A real CCCD scan from the capture fixtures (its QR holds Vũ Thị Thanh Hân's card, 049301166447).
std::string cccdScanJpeg();
inline constexpr std::string_view kCccdScanNumber = "049301166447";

// Images encoded by Leptonica: `seed` changes the pixels so each call can give distinct content.
std::string pngImage(int width = 40, int height = 30, int seed = 0);
std::string tiffImage(int width = 40, int height = 30, int seed = 0);
std::string jpegImage(int width = 40, int height = 30, int seed = 0);
// A complete-looking PNG whose header declares width × height (a decompression bomb if it were decoded).
std::string pngDeclaring(uint32_t width, uint32_t height);
// A one-page PDF written by hand (no PDF library needed).
std::string onePagePdf();
// A minimal Word document (content types, relationships, word/document.xml).
std::string minimalDocx(const std::string& text = "Hợp đồng chuyển nhượng");

// A valid payload of a chip CCCD QR (the domain brief's example shape).
inline constexpr std::string_view kQrPayload = "001090012345|123456789|Nguyễn Văn A|01011990|Nam|Thôn X, xã Y, huyện Z, Hà Nội|15042021";

struct ZipItem {
  ZipItem(std::string n, std::string d, bool deflated = false, std::optional<uint32_t> declared = std::nullopt)
      : name(std::move(n)), data(std::move(d)), deflate(deflated), declaredSize(declared) {}
  std::string name;
  std::string data;
  bool deflate;
  std::optional<uint32_t> declaredSize;  // lie about the expanded size in both headers
};
// A ZIP written byte by byte, so names and sizes can be anything a hostile archive might carry.
std::string buildZip(const std::vector<ZipItem>& items);

struct MailPart {
  std::string name;  // non-ASCII names are sent as RFC 2231 (name*=UTF-8''…)
  std::string mediaType;
  std::string data;
};
// A multipart message composed and written by Poco::Net::MailMessage: RFC 2047 sender and subject, a text body,
// the attachments (base64).
std::string composeMail(const std::string& sender, const std::string& subject, const std::vector<MailPart>& parts);

// Every regular file under `dir` (recursive), relative paths.
std::set<std::string> filesUnder(const std::filesystem::path& dir);

}  // namespace landdesk::test
