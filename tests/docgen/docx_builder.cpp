#include "docgen/docx_builder.h"

#include <Poco/DateTime.h>
#include <Poco/Path.h>
#include <Poco/Zip/Compress.h>

#include <sstream>

namespace landdesk::test {

namespace {

constexpr std::string_view kW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr std::string_view kR = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

std::string rootOpen(std::string_view element) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<w:" + std::string(element) + " xmlns:w=\"" +
         std::string(kW) + "\" xmlns:r=\"" + std::string(kR) + "\">";
}

void add(Poco::Zip::Compress& zip, const std::string& name, const std::string& data) {
  std::istringstream in(data);
  zip.addFile(in, Poco::DateTime(2024, 1, 1), Poco::Path(name, Poco::Path::PATH_UNIX));
}

}  // namespace

std::string run(std::string_view text, bool bold, bool italic) {
  std::string r = "<w:r w:rsidRPr=\"00C41A2B\">";
  if (bold || italic) r += std::string("<w:rPr>") + (bold ? "<w:b/>" : "") + (italic ? "<w:i/>" : "") + "</w:rPr>";
  return r + "<w:t xml:space=\"preserve\">" + std::string(text) + "</w:t></w:r>";
}

std::string splitParagraph(const std::vector<std::string_view>& pieces, bool bold) {
  std::string p = "<w:p w:rsidR=\"00A77B3E\" w:rsidRDefault=\"00A77B3E\">";
  int id = 10;
  for (size_t i = 0; i < pieces.size(); ++i) {
    if (i > 0) {
      switch (i % 4) {
        case 1: p += "<w:proofErr w:type=\"spellStart\"/>"; break;
        case 2: p += "<w:bookmarkStart w:id=\"" + std::to_string(id) + "\" w:name=\"_GoBack\"/><w:bookmarkEnd w:id=\"" + std::to_string(id) + "\"/>"; break;
        case 3:
          p += "<w:ins w:id=\"" + std::to_string(id) + "\" w:author=\"Cán bộ\" w:date=\"2024-03-01T08:00:00Z\">" + run(pieces[i], bold) + "</w:ins>";
          ++id;
          continue;
        default: p += "<w:proofErr w:type=\"spellEnd\"/>"; break;
      }
      ++id;
    }
    p += run(pieces[i], bold);
  }
  return p + "</w:p>";
}

std::string paragraph(std::string_view text, bool bold) { return "<w:p>" + run(text, bold) + "</w:p>"; }

std::string table(const std::vector<std::vector<std::string>>& rows) {
  std::string t = "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>";
  const size_t cols = rows.empty() ? 0 : rows.front().size();
  for (size_t c = 0; c < cols; ++c) t += "<w:gridCol w:w=\"2000\"/>";
  t += "</w:tblGrid>";
  for (const auto& row : rows) {
    t += "<w:tr w:rsidR=\"00B1\">";
    for (const auto& cell : row) t += "<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>" + cell + "</w:tc>";
    t += "</w:tr>";
  }
  return t + "</w:tbl>";
}

std::string buildDocx(const DocxParts& parts) {
  std::string types =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
      "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
      "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>";
  std::string docRels =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
      "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>";
  std::string sect = "<w:sectPr>";
  if (!parts.header.empty()) {
    types += "<Override PartName=\"/word/header1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>";
    docRels += "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header1.xml\"/>";
    sect += "<w:headerReference w:type=\"default\" r:id=\"rId3\"/>";
  }
  if (!parts.footer.empty()) {
    types += "<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>";
    docRels += "<Relationship Id=\"rId4\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer1.xml\"/>";
    sect += "<w:footerReference w:type=\"default\" r:id=\"rId4\"/>";
  }
  if (!parts.footnotes.empty()) {
    types += "<Override PartName=\"/word/footnotes.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml\"/>";
    docRels += "<Relationship Id=\"rId5\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes\" Target=\"footnotes.xml\"/>";
  }
  types += "</Types>";
  docRels += "</Relationships>";
  sect += "<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1701\" w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/></w:sectPr>";

  const std::string rels =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
      "</Relationships>";
  const std::string styles = rootOpen("styles") +
                             "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" "
                             "w:cs=\"Times New Roman\"/><w:sz w:val=\"26\"/><w:lang w:val=\"vi-VN\"/></w:rPr></w:rPrDefault></w:docDefaults>"
                             "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
                             "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/><w:tblPr><w:tblBorders>"
                             "<w:top w:val=\"single\" w:sz=\"4\"/><w:left w:val=\"single\" w:sz=\"4\"/><w:bottom w:val=\"single\" w:sz=\"4\"/>"
                             "<w:right w:val=\"single\" w:sz=\"4\"/><w:insideH w:val=\"single\" w:sz=\"4\"/><w:insideV w:val=\"single\" w:sz=\"4\"/>"
                             "</w:tblBorders></w:tblPr></w:style></w:styles>";
  const std::string settings = rootOpen("settings") + "<w:defaultTabStop w:val=\"720\"/></w:settings>";

  std::ostringstream out;
  Poco::Zip::Compress zip(out, true);
  add(zip, "[Content_Types].xml", types);
  add(zip, "_rels/.rels", rels);
  add(zip, "word/document.xml", rootOpen("document") + "<w:body>" + parts.body + sect + "</w:body></w:document>");
  add(zip, "word/_rels/document.xml.rels", docRels);
  add(zip, "word/styles.xml", styles);
  add(zip, "word/settings.xml", settings);
  if (!parts.header.empty()) add(zip, "word/header1.xml", rootOpen("hdr") + parts.header + "</w:hdr>");
  if (!parts.footer.empty()) add(zip, "word/footer1.xml", rootOpen("ftr") + parts.footer + "</w:ftr>");
  if (!parts.footnotes.empty())
    add(zip, "word/footnotes.xml", rootOpen("footnotes") +
                                       "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                                       "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>" +
                                       parts.footnotes + "</w:footnotes>");
  zip.close();
  return out.str();
}

}  // namespace landdesk::test
