// An RFC 5322 message (an .eml file, or what IMAP/POP3 returned) read with Poco::Net::MailMessage into its
// sender, subject, date and the files it carries.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/datetime.h"
#include "util/error.h"

namespace landdesk::intake {

struct MailAttachment {
  std::string name;          // decoded (RFC 2047 by Poco, RFC 2231 here), NFC, not yet sanitised
  std::string declaredType;  // the part's Content-Type as sent; the content decides what it really is
  std::string bytes;         // transfer-decoded
};

struct ParsedMail {
  std::string sender;   // "Nguyễn Văn A <a@example.com>", decoded
  std::string subject;  // decoded, whitespace collapsed
  std::optional<LocalDateTime> date;  // the Date header in the desk's local time; none when missing or unreadable
  std::string messageId;
  std::vector<MailAttachment> attachments;  // every part that is not a plain text or HTML body, nested ones too
};

// Refuses ("intake.mail_malformed") what Poco cannot read as MIME: a multipart without boundary or closing
// delimiter, broken headers, parts nested deeper than 6 levels; and messages over 50 MB ("intake.mail_too_large").
Result<ParsedMail> readMail(std::string_view raw);

}  // namespace landdesk::intake
