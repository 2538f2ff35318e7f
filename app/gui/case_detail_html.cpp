#include "case_detail_html.h"

#include <wx/intl.h>

#include "access/permissions.h"
#include "case_labels.h"
#include "model/sex.h"

namespace landdesk::gui {

namespace {

using model::Case;

// wxHtmlWindow knows no CSS: colours and spacing go on the tags.
const wxString kAccent = wxASCII_STR("#1F4E79");
const wxString kMuted = wxASCII_STR("#5F6B7A");
const wxString kHeaderRow = wxASCII_STR("#E8EEF5");

wxString escape(const wxString& text) {
  wxString out;
  out.reserve(text.length());
  for (wxUniChar ch : text) {
    switch (ch.GetValue()) {
      case '&': out += wxASCII_STR("&amp;"); break;
      case '<': out += wxASCII_STR("&lt;"); break;
      case '>': out += wxASCII_STR("&gt;"); break;
      case '"': out += wxASCII_STR("&quot;"); break;
      default: out += ch;
    }
  }
  return out;
}

wxString esc(const std::string& utf8) { return escape(toWx(utf8)); }

wxString section(const wxString& title) {
  return wxASCII_STR("<p><font size=\"+1\" color=\"") + kAccent + wxASCII_STR("\"><b>") + escape(title) +
         wxASCII_STR("</b></font></p>");
}

wxString tableStart(std::initializer_list<wxString> headers) {
  wxString html = wxASCII_STR("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"0\"><tr bgcolor=\"") +
                  kHeaderRow + wxASCII_STR("\">");
  for (const wxString& h : headers) html += wxASCII_STR("<td><b>") + escape(h) + wxASCII_STR("</b></td>");
  return html + wxASCII_STR("</tr>");
}

wxString row(std::initializer_list<wxString> cells) {
  wxString html = wxASCII_STR("<tr valign=\"top\">");
  for (const wxString& c : cells) html += wxASCII_STR("<td>") + c + wxASCII_STR("</td>");
  return html + wxASCII_STR("</tr>");
}

wxString muted(const wxString& escaped) {
  return wxASCII_STR("<font color=\"") + kMuted + wxASCII_STR("\">") + escaped + wxASCII_STR("</font>");
}

wxString fact(const wxString& label, const wxString& escapedValue) {
  return wxASCII_STR("<tr><td width=\"34%\">") + muted(escape(label)) + wxASCII_STR("</td><td>") + escapedValue +
         wxASCII_STR("</td></tr>");
}

wxString birthText(const model::BirthDate& b) {
  if (b.yearOnly()) return wxString::Format(wxASCII_STR("%d"), b.year);
  return shortDate(std::chrono::year_month_day{std::chrono::year{b.year}, std::chrono::month{b.month},
                                               std::chrono::day{b.day}});
}

wxString sexText(model::Sex sex) {
  if (uiLanguage() == Language::English) return sex == model::Sex::Male ? _("Male") : _("Female");
  return toWx(model::sexLabel(sex));
}

// One zebra row per party or parcel: what it is on the left, its particulars on the right.
wxString blockRow(size_t index, const wxString& left, const wxString& right) {
  return wxASCII_STR("<tr valign=\"top\"") + (index % 2 ? wxASCII_STR(" bgcolor=\"#F4F6F9\"") : wxString()) +
         wxASCII_STR("><td width=\"27%\">") + left + wxASCII_STR("</td><td>") + right + wxASCII_STR("</td></tr>");
}

const wxString kBlocksStart = wxASCII_STR("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\" border=\"0\">");
const wxString kDot = wxASCII_STR(" &middot; ");

wxString partiesHtml(const Case& c, const access::Actor& viewer) {
  if (c.parties.empty()) return muted(escape(_("No parties yet.")));
  wxString html = kBlocksStart;
  for (size_t i = 0; i < c.parties.size(); ++i) {
    const model::CaseParty& cp = c.parties[i];
    const model::Party& p = cp.party;
    wxString about = wxASCII_STR("<b>") + esc(p.fullName) + wxASCII_STR("</b>");
    wxString facts;
    if (p.sex) facts += kDot + escape(sexText(*p.sex));
    if (p.birthDate) facts += kDot + escape(wxString::Format(_("born %s"), birthText(*p.birthDate)));
    about += muted(facts);
    for (const auto& id : p.idDocuments) {
      about += wxASCII_STR("<br>") + escape(termLabel(id.type)) + wxASCII_STR(" <b>") + esc(access::idNumberFor(viewer, id.number)) +
               wxASCII_STR("</b>");
      if (id.issueDate) about += wxASCII_STR(" ") + muted(escape(wxString::Format(_("issued %s"), shortDate(*id.issueDate))));
    }
    if (!p.permanentAddress.empty()) about += wxASCII_STR("<br>") + muted(esc(p.permanentAddress));
    if (cp.spouse && *cp.spouse < c.parties.size())
      about += wxASCII_STR("<br>") +
               muted(escape(wxString::Format(_("spouse: %s"), toWx(c.parties[*cp.spouse].party.fullName))));
    html += blockRow(i, escape(termLabel(cp.role)), about);
  }
  return html + wxASCII_STR("</table>");
}

wxString parcelsHtml(const Case& c) {
  if (c.parcels.empty()) return muted(escape(_("No parcels yet.")));
  wxString html = kBlocksStart;
  for (size_t i = 0; i < c.parcels.size(); ++i) {
    const model::CaseParcel& cp = c.parcels[i];
    const model::Parcel& p = cp.parcel;
    wxString what = wxASCII_STR("<b>") + escape(parcelReference(p.parcelNumber, p.mapSheet)) + wxASCII_STR("</b>");
    if (!p.serial.empty())
      what += wxASCII_STR("<br>") + muted(escape(wxString::Format(_("Certificate %s"), toWx(p.serial))));
    wxString about = esc(p.address);
    about += wxASCII_STR("<br>") + escape(wxString::Format(_("Area: %s"), areaText(p.area)));
    if (cp.transferredArea)
      about += kDot + escape(wxString::Format(_("transferred: %s"), areaText(*cp.transferredArea)));
    for (const auto& purpose : p.purposes)
      about += wxASCII_STR("<br>") + muted(esc(purpose.code) + wxASCII_STR(" ") + escape(areaText(purpose.area)) +
                                           wxASCII_STR(" &ndash; ") + esc(purpose.name));
    if (cp.price)
      about += wxASCII_STR("<br>") + escape(_("Price / value:")) + wxASCII_STR(" <b>") + escape(moneyText(*cp.price)) +
               wxASCII_STR("</b>");
    html += blockRow(i, what, about);
  }
  return html + wxASCII_STR("</table>");
}

// File names and history values may carry an ID number ("cccd_001090001234.jpg", a corrected number): masked for
// officers without the right, like the parties' numbers.
wxString documentsHtml(const Case& c, const access::Actor& viewer) {
  if (c.documents.empty()) return muted(escape(_("No papers received yet.")));
  wxString html = tableStart({_("Paper"), _("File"), _("Received"), _("Channel")});
  for (const auto& d : c.documents)
    html += row({escape(termLabel(d.kind)), esc(access::idNumbersIn(viewer, d.fileName)), escape(shortDateTime(d.receivedAt)),
                 escape(termLabel(d.channel))});
  return html + wxASCII_STR("</table>");
}

wxString actionText(const std::string& action) {
  if (action == "created") return _("Case created");
  if (action == "updated") return _("Changed");
  if (action == "status") return _("Status changed");
  return toWx(action);
}

wxString historyHtml(const std::vector<model::CaseEvent>& events, const access::Actor& viewer) {
  if (events.empty()) return muted(escape(_("No events recorded.")));
  wxString html = tableStart({_("When"), _("Who"), _("What")});
  for (const auto& e : events) {
    wxString what = escape(actionText(e.action));
    if (!e.field.empty()) {
      what += wxASCII_STR(": ") + esc(e.field);
      if (!e.oldValue.empty() || !e.newValue.empty())
        what += wxASCII_STR("<br>") + muted(esc(access::idNumbersIn(viewer, e.oldValue)) + wxASCII_STR(" &rarr; ")) +
                esc(access::idNumbersIn(viewer, e.newValue));
    }
    html += row({escape(shortDateTime(e.at)), esc(e.actor), what});
  }
  return html + wxASCII_STR("</table>");
}

}  // namespace

wxString caseDetailHtml(const Case& c, const std::vector<model::CaseEvent>& events, const access::Actor& viewer) {
  wxString html = wxASCII_STR("<html><body>");
  html += wxASCII_STR("<p><font size=\"+2\" color=\"") + kAccent + wxASCII_STR("\"><b>") + esc(c.code) +
          wxASCII_STR("</b></font><br><b>") + escape(termLabel(c.kind)) + wxASCII_STR("</b> &middot; ") +
          escape(termLabel(c.status)) + wxASCII_STR("</p>");
  html += wxASCII_STR("<table cellspacing=\"0\" cellpadding=\"2\" border=\"0\" width=\"100%\">");
  html += fact(_("Received"), escape(shortDateTime(c.receivedAt)));
  if (c.dueAt) html += fact(_("Due"), wxASCII_STR("<b>") + escape(shortDate(*c.dueAt)) + wxASCII_STR("</b>"));
  html += fact(_("Intake channel"), escape(termLabel(c.channel)));
  if (!c.officer.empty()) html += fact(_("Officer"), esc(c.officer));
  html += wxASCII_STR("</table>");
  html += section(_("Parties")) + partiesHtml(c, viewer);
  html += section(_("Parcels")) + parcelsHtml(c);
  html += section(_("Papers received")) + documentsHtml(c, viewer);
  html += section(_("History")) + historyHtml(events, viewer);
  return html + wxASCII_STR("</body></html>");
}

wxString noteHtml(const wxString& headline, const wxString& detail) {
  wxString html = wxASCII_STR("<html><body><br><br><center><font size=\"+1\" color=\"") + kMuted + wxASCII_STR("\">") +
                  escape(headline) + wxASCII_STR("</font>");
  if (!detail.empty()) html += wxASCII_STR("<br><br>") + muted(escape(detail));
  return html + wxASCII_STR("</center></body></html>");
}

}  // namespace landdesk::gui
