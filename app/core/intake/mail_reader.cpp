#include "intake/mail_reader.h"

#include <Poco/DateTime.h>
#include <Poco/DateTimeParser.h>
#include <Poco/Exception.h>
#include <Poco/MemoryStream.h>
#include <Poco/Net/MailMessage.h>
#include <Poco/Net/MessageHeader.h>
#include <Poco/Net/NameValueCollection.h>
#include <Poco/Net/PartHandler.h>

#include <algorithm>
#include <cctype>
#include <sstream>

#include "intake/mime_names.h"
#include "text/unicode.h"

namespace landdesk::intake {

namespace {

constexpr size_t kMaxMessageBytes = 50u << 20;
constexpr int kMaxDepth = 6;
// More parts than any citizen's papers need; Poco's multipart reader can yield empty parts without end on some
// malformed boundaries (found by the mail fuzzer), so the count is bounded too.
constexpr int kMaxParts = 500;

Error malformed(const std::string& detail) {
  return makeError("intake.mail_malformed", "Thư điện tử bị lỗi cấu trúc MIME, không đọc được",
                   "The e-mail message has a broken MIME structure and cannot be read", detail);
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

HeaderParameters parameters(const Poco::Net::MessageHeader& h, const std::string& field, std::string& value) {
  Poco::Net::NameValueCollection params;
  Poco::Net::MessageHeader::splitParameters(h.get(field, ""), value, params);
  HeaderParameters out;
  for (const auto& [k, v] : params) out.emplace_back(k, v);
  value = lower(value);
  return out;
}

// Decoded header text as an officer reads it: valid UTF-8, NFC, runs of whitespace (Poco keeps the folding space
// between adjacent encoded words, toolchain notes G6) collapsed to one space.
std::string displayText(const std::string& raw) {
  std::string utf8 = text::isValidUtf8(raw) ? raw : convertToUtf8(raw, "windows-1258").value_or(text::toNfc(raw));
  std::string out;
  bool space = false;
  for (char c : utf8) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return text::toNfc(out);
}

void readInto(std::istream& in, ParsedMail& mail, int depth, size_t limit, Poco::Net::MailMessage* top);

// A part's decoded body, refused once it outgrows the whole message: transfer decoding only shrinks, and Poco's
// decoder streams can run without end on some malformed encodings (found by the mail fuzzer).
std::string boundedBody(std::istream& stream, size_t limit) {
  std::string body;
  char chunk[8192];
  while (stream.read(chunk, sizeof chunk) || stream.gcount() > 0) {
    body.append(chunk, static_cast<size_t>(stream.gcount()));
    if (body.size() > limit) throw Poco::DataFormatException("a MIME part decodes to more than the whole message");
  }
  return body;
}

class Collector : public Poco::Net::PartHandler {
 public:
  Collector(ParsedMail& mail, int depth, size_t limit) : mail_(mail), depth_(depth), limit_(limit) {}

  void handlePart(const Poco::Net::MessageHeader& header, std::istream& stream) override {
    if (++parts_ > kMaxParts) throw Poco::DataFormatException("more than 500 MIME parts");
    std::string body = boundedBody(stream, limit_);
    std::string type, disposition;
    const HeaderParameters typeParams = parameters(header, "Content-Type", type);
    const HeaderParameters dispParams = parameters(header, "Content-Disposition", disposition);
    if (type.starts_with("multipart/") || type == "message/rfc822") {
      if (depth_ + 1 > kMaxDepth) throw Poco::DataFormatException("MIME parts nested deeper than 6 levels");
      // A nested multipart is a MIME entity of its own: Poco reads it again from its header and body.
      std::string entity = type == "message/rfc822" ? body : "Content-Type: " + header.get("Content-Type") + "\r\n\r\n" + body;
      std::istringstream in(entity);
      ParsedMail inner;
      readInto(in, inner, depth_ + 1, limit_, nullptr);
      for (auto& a : inner.attachments) mail_.attachments.push_back(std::move(a));
      return;
    }
    const std::string name = attachmentName(dispParams, typeParams);
    // Message bodies (the text and HTML the sender typed) are not papers.
    const bool body_text = (type.empty() || type.starts_with("text/")) && disposition != "attachment" && name.empty();
    if (body_text || body.empty()) return;
    mail_.attachments.push_back({displayText(name), type, std::move(body)});
  }

 private:
  ParsedMail& mail_;
  int depth_;
  size_t limit_;
  int parts_ = 0;
};

void readInto(std::istream& in, ParsedMail& mail, int depth, size_t limit, Poco::Net::MailMessage* top) {
  Poco::Net::MailMessage local;
  Poco::Net::MailMessage& message = top ? *top : local;
  Collector collector(mail, depth, limit);
  message.read(in, collector);
  // A multipart whose closing delimiter never came: Poco stops quietly at the end of the data.
  if (message.isMultipart()) {
    std::string type;
    Poco::Net::NameValueCollection params;
    Poco::Net::MessageHeader::splitParameters(message.get("Content-Type", ""), type, params);
    if (!params.has("boundary") || params.get("boundary").empty()) throw Poco::DataFormatException("multipart without boundary");
  }
}

}  // namespace

Result<ParsedMail> readMail(std::string_view raw) {
  if (raw.size() > kMaxMessageBytes)
    return makeError("intake.mail_too_large", "Thư điện tử quá lớn (trên 50 MB)", "The e-mail message is over 50 MB");
  // mbox files open with a "From sender date" line that is not a header field.
  if (raw.starts_with("From ")) raw.remove_prefix(std::min(raw.size(), raw.find('\n') + 1));
  ParsedMail mail;
  Poco::Net::MailMessage message;
  try {
    Poco::MemoryInputStream in(raw.data(), static_cast<std::streamsize>(raw.size()));
    readInto(in, mail, 0, raw.size(), &message);
  } catch (const Poco::Exception& e) {
    return malformed(e.displayText());
  } catch (const std::exception& e) {
    return malformed(e.what());
  }
  if (message.empty()) return malformed("no header fields");
  mail.sender = displayText(message.getSender());
  mail.subject = displayText(message.getSubject());
  mail.messageId = message.get("Message-ID", "");
  if (message.has("Date")) {
    try {
      // MailMessage::getDate() drops the zone ("+0700" read as UTC): parse with the offset and apply it.
      int zone = 0;
      const Poco::DateTime written = Poco::DateTimeParser::parse(message.get("Date"), zone);
      const auto utc = std::chrono::sys_seconds(std::chrono::seconds(written.timestamp().epochTime() - zone));
      mail.date = LocalDateTime(utc.time_since_epoch()) + std::chrono::hours(7);  // Indochina Time, as util/datetime
    } catch (const Poco::Exception&) {
      // An unreadable Date stays unknown; the import time stands in for it.
    }
  }
  return mail;
}

}  // namespace landdesk::intake
