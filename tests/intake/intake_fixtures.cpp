#include "intake_fixtures.h"

#include <Poco/DateTime.h>
#include <Poco/MemoryStream.h>
#include <Poco/Net/MailMessage.h>
#include <Poco/Net/MailRecipient.h>
#include <Poco/Net/StringPartSource.h>
#include <Poco/Path.h>
#include <Poco/Timestamp.h>
#include <Poco/Zip/Compress.h>
#include <leptonica/allheaders.h>
#include <zlib.h>

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "support/temp_dir.h"

namespace landdesk::test {

std::string readBytes(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  BOOST_REQUIRE_MESSAGE(in, "cannot read " << file);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void writeBytes(const std::filesystem::path& file, std::string_view bytes) {
  std::filesystem::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

std::string cccdScanJpeg() { return readBytes(sourceDirectory() / "tests/data/capture/cccd/cccd_01_clean_scan.jpg"); }

namespace {

std::string encodeImage(int width, int height, int seed, l_int32 format) {
  setMsgSeverity(L_SEVERITY_ERROR);
  PIX* pix = pixCreate(width, height, 32);
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x)
      pixSetRGBPixel(pix, x, y, (x * 7 + seed) % 256, (y * 5 + seed * 3) % 256, (x + y + seed * 11) % 256);
  l_uint8* data = nullptr;
  size_t size = 0;
  const l_int32 rc = pixWriteMem(&data, &size, pix, format);
  pixDestroy(&pix);
  BOOST_REQUIRE(rc == 0 && data);
  std::string out(reinterpret_cast<char*>(data), size);
  lept_free(data);
  return out;
}

void le16(std::string& s, uint32_t v) {
  s.push_back(static_cast<char>(v & 0xFF));
  s.push_back(static_cast<char>((v >> 8) & 0xFF));
}
void le32(std::string& s, uint32_t v) {
  le16(s, v & 0xFFFF);
  le16(s, v >> 16);
}

std::string rawDeflate(const std::string& data) {
  z_stream z{};
  deflateInit2(&z, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, data.size()), '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

std::string percentEncode(const std::string& s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '.' || c == '-' || c == '_') {
      out.push_back(static_cast<char>(c));
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

}  // namespace

std::string pngImage(int w, int h, int seed) { return encodeImage(w, h, seed, IFF_PNG); }
std::string tiffImage(int w, int h, int seed) { return encodeImage(w, h, seed, IFF_TIFF_ZIP); }
std::string jpegImage(int w, int h, int seed) { return encodeImage(w, h, seed, IFF_JFIF_JPEG); }

std::string pngDeclaring(uint32_t width, uint32_t height) {
  auto be32 = [](uint32_t v) { return std::string{static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8), static_cast<char>(v)}; };
  auto chunk = [&](const std::string& type, const std::string& data) {
    const std::string body = type + data;
    return be32(static_cast<uint32_t>(data.size())) + body +
           be32(static_cast<uint32_t>(crc32(0, reinterpret_cast<const Bytef*>(body.data()), static_cast<uInt>(body.size()))));
  };
  return std::string("\x89PNG\r\n\x1A\n", 8) + chunk("IHDR", be32(width) + be32(height) + std::string("\x08\x02\x00\x00\x00", 5)) +
         chunk("IDAT", rawDeflate(std::string(64, '\0'))) + chunk("IEND", "");
}

std::string onePagePdf() {
  const std::vector<std::string> objects = {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                                            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"};
  std::string pdf = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t off : offsets) {
    char line[24];
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", off);
    pdf += line;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

std::string minimalDocx(const std::string& text) {
  const std::vector<std::pair<std::string, std::string>> parts = {
      {"[Content_Types].xml",
       R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
       R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
       R"(<Default Extension="xml" ContentType="application/xml"/>)"
       R"(<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>)"},
      {"_rels/.rels",
       R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
       R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>)"},
      {"word/document.xml",
       R"(<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>)" +
           text + "</w:t></w:r></w:p></w:body></w:document>"},
  };
  std::ostringstream out;
  Poco::Zip::Compress zip(out, true);
  for (const auto& [name, data] : parts) {
    Poco::MemoryInputStream in(data.data(), static_cast<std::streamsize>(data.size()));
    zip.addFile(in, Poco::DateTime(2026, 1, 1), Poco::Path(name, Poco::Path::PATH_UNIX));
  }
  zip.close();
  return out.str();
}

std::string buildZip(const std::vector<ZipItem>& items) {
  std::string out, central;
  for (const ZipItem& item : items) {
    const std::string payload = item.deflate ? rawDeflate(item.data) : item.data;
    const uint32_t crc = static_cast<uint32_t>(crc32(0, reinterpret_cast<const Bytef*>(item.data.data()), static_cast<uInt>(item.data.size())));
    const uint32_t size = item.declaredSize.value_or(static_cast<uint32_t>(item.data.size()));
    const uint32_t offset = static_cast<uint32_t>(out.size());
    auto common = [&](std::string& s) {
      le16(s, 20);                       // version needed
      le16(s, 0x0800);                   // flags: UTF-8 names
      le16(s, item.deflate ? 8 : 0);     // method
      le16(s, 0);                        // time
      le16(s, (46 << 9) | (1 << 5) | 1); // date 2026-01-01
      le32(s, crc);
      le32(s, static_cast<uint32_t>(payload.size()));
      le32(s, size);
      le16(s, static_cast<uint32_t>(item.name.size()));
      le16(s, 0);  // extra length
    };
    le32(out, 0x04034b50);
    common(out);
    out += item.name + payload;
    le32(central, 0x02014b50);
    le16(central, 20);  // version made by
    common(central);
    le16(central, 0);  // comment length
    le16(central, 0);  // disk
    le16(central, 0);  // internal attributes
    le32(central, 0);  // external attributes
    le32(central, offset);
    central += item.name;
  }
  const uint32_t centralOffset = static_cast<uint32_t>(out.size());
  out += central;
  le32(out, 0x06054b50);
  le16(out, 0);
  le16(out, 0);
  le16(out, static_cast<uint32_t>(items.size()));
  le16(out, static_cast<uint32_t>(items.size()));
  le32(out, static_cast<uint32_t>(central.size()));
  le32(out, centralOffset);
  le16(out, 0);
  return out;
}

std::string composeMail(const std::string& sender, const std::string& subject, const std::vector<MailPart>& parts) {
  using Poco::Net::MailMessage;
  MailMessage m;
  m.setSender(MailMessage::encodeWord(sender, "UTF-8"));
  m.addRecipient(Poco::Net::MailRecipient(Poco::Net::MailRecipient::PRIMARY_RECIPIENT, "motcua@xa.example.vn"));
  m.setSubject(MailMessage::encodeWord(subject, "UTF-8"));
  m.setDate(Poco::DateTime(2026, 3, 3, 2, 15, 0).timestamp());  // 09:15 in Vietnam
  m.addContent(new Poco::Net::StringPartSource("Kính gửi bộ phận một cửa, tôi gửi kèm giấy tờ.", "text/plain; charset=utf-8"),
               MailMessage::ENCODING_QUOTED_PRINTABLE);
  for (const MailPart& p : parts) {
    const bool ascii = std::all_of(p.name.begin(), p.name.end(), [](unsigned char c) { return c < 0x80; });
    // Poco writes no RFC 2231 itself (toolchain notes G6): the extended name* parameter rides in the media type.
    auto* source = ascii ? new Poco::Net::StringPartSource(p.data, p.mediaType, p.name)
                         : new Poco::Net::StringPartSource(p.data, p.mediaType + "; name*=UTF-8''" + percentEncode(p.name), "");
    m.addAttachment("", source);
  }
  std::ostringstream out;
  m.write(out);
  return out.str();
}

std::set<std::string> filesUnder(const std::filesystem::path& dir) {
  std::set<std::string> out;
  std::error_code ec;
  for (auto it = std::filesystem::recursive_directory_iterator(dir, ec); !ec && it != std::filesystem::recursive_directory_iterator();
       it.increment(ec))
    if (it->is_regular_file()) out.insert(std::filesystem::relative(it->path(), dir).string());
  return out;
}

}  // namespace landdesk::test
