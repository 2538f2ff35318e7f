#include "intake/zip_reader.h"

#include <Poco/Exception.h>
#include <Poco/Zip/ZipArchive.h>
#include <Poco/Zip/ZipStream.h>

#include <algorithm>
#include <sstream>

#include "docgen/docx_package.h"
#include "intake/mime_names.h"
#include "text/unicode.h"

namespace landdesk::intake {

namespace {

Error bomb(const std::string& vi, const std::string& en, const std::string& detail = {}) {
  return makeError("intake.zip_bomb", vi + " (nghi là bom nén zip)", en + " (suspected zip bomb)", detail);
}

Error damaged(const std::string& detail) {
  return makeError("intake.zip_damaged", "Tệp nén ZIP bị hỏng, không đọc được", "The ZIP archive is damaged", detail);
}

std::string utf8Name(const std::string& raw) {
  if (text::isValidUtf8(raw)) return text::toNfc(raw);
  return convertToUtf8(raw, "windows-1258").value_or(text::toNfc(raw));
}

}  // namespace

Result<std::vector<ZipEntry>> readZip(std::string_view bytes, const ZipLimits& limits) {
  if (bytes.size() > limits.maxInputBytes)
    return makeError("intake.too_large", "Tệp nén quá lớn", "The archive is too large", std::to_string(bytes.size() >> 20) + " MB");
  std::vector<ZipEntry> out;
  try {
    std::istringstream in{std::string(bytes)};
    Poco::Zip::ZipArchive archive(in);  // leaves `in` failed; each entry below clears and repositions it
    std::vector<const Poco::Zip::ZipLocalFileHeader*> headers;
    for (auto it = archive.headerBegin(); it != archive.headerEnd(); ++it) headers.push_back(&it->second);
    if (headers.size() > limits.maxEntries)
      return bomb("Tệp nén có quá nhiều mục", "The archive has too many entries", std::to_string(headers.size()));
    std::sort(headers.begin(), headers.end(), [](auto* a, auto* b) { return a->getStartPos() < b->getStartPos(); });

    // Every check that needs no inflating runs first, so a hostile archive is refused before any work.
    uint64_t declaredTotal = 0;
    for (const auto* h : headers) {
      // The same rule as for DOCX packages: relative, forward slashes, no "." or ".." segment, no drive letter.
      if (!docgen::isSafeEntryName(h->getFileName()))
        return makeError("intake.zip_unsafe_name",
                         "Tệp nén chứa tên mục nguy hiểm (.., đường dẫn tuyệt đối hoặc dấu \\); không nhận tệp này",
                         "The archive holds an unsafe entry name (.., absolute path or backslash); refused",
                         utf8Name(h->getFileName()));
      if (h->isEncrypted())
        return makeError("intake.zip_encrypted", "Tệp nén có mục đặt mật khẩu", "The archive holds an encrypted entry",
                         utf8Name(h->getFileName()));
      const uint64_t expanded = h->getUncompressedSize(), packed = std::max<uint64_t>(h->getCompressedSize(), 1);
      if (expanded > limits.maxEntryUncompressed)
        return bomb("Một mục trong tệp nén quá lớn khi giải nén", "An entry expands beyond the size limit", utf8Name(h->getFileName()));
      if (expanded > limits.ratioCheckFloor && static_cast<double>(expanded) / static_cast<double>(packed) > limits.maxCompressionRatio)
        return bomb("Tỷ lệ nén bất thường", "Abnormal compression ratio", utf8Name(h->getFileName()));
      declaredTotal += expanded;
      if (declaredTotal > limits.maxTotalUncompressed)
        return bomb("Tổng dung lượng giải nén vượt giới hạn", "The total expanded size exceeds the limit");
    }

    uint64_t inflatedTotal = 0;
    for (const auto* h : headers) {
      if (h->isDirectory()) continue;
      in.clear();
      Poco::Zip::ZipInputStream zin(in, *h, true);
      ZipEntry entry{utf8Name(h->getFileName()), {}};
      // Declared sizes may lie: stop at the declared size (+1 to notice the lie) and at the global budget.
      const uint64_t cap = h->getUncompressedSize();
      char buf[16384];
      while (zin) {
        zin.read(buf, sizeof buf);
        const auto got = static_cast<uint64_t>(zin.gcount());
        if (got == 0) break;
        inflatedTotal += got;
        if (entry.data.size() + got > cap || inflatedTotal > limits.maxTotalUncompressed)
          return bomb("Mục nén giải ra nhiều hơn kích thước khai báo", "An entry expands beyond its declared size", entry.path);
        entry.data.append(buf, got);
      }
      if (entry.data.size() != cap) return damaged(entry.path + ": " + std::to_string(entry.data.size()) + " / " + std::to_string(cap) + " bytes");
      out.push_back(std::move(entry));
    }
  } catch (const Poco::Exception& e) {
    return damaged(e.displayText());
  } catch (const std::exception& e) {
    return damaged(e.what());
  }
  return out;
}

}  // namespace landdesk::intake
