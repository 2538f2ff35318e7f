#include "docgen/part_items.h"

#include <cstdint>

#include "docgen/paragraph_tags.h"
#include "docgen/xml_document.h"

namespace landdesk::docgen {

namespace {

// Marks elements on the path to a tag; libxml2 leaves _private to the application.
void* const kDirty = reinterpret_cast<void*>(static_cast<uintptr_t>(1));

int elementIndex(xmlNode* n, std::string_view local) {
  int i = 1;
  for (xmlNode* s = n->prev; s; s = s->prev)
    if (isWordElement(s, local)) ++i;
  return i;
}

bool onlySpaces(std::string_view s) {
  for (char c : s)
    if (c != ' ' && c != '\t') return false;
  return true;
}

class Lexer {
 public:
  Lexer(xmlDoc* doc, CompiledPart& part, std::vector<TemplateIssue>& errors) : doc_(doc), part_(part), errors_(errors) {}

  ItemStream run() {
    visit(xmlDocGetRootElement(doc_));
    emitText(std::string(kXmlDeclaration));
    for (xmlNode* n = doc_->children; n; n = n->next) emit(n);
    return std::move(out_);
  }

 private:
  void visit(xmlNode* n) {
    if (!n) return;
    if (isWordElement(n, "tbl")) tables_[n] = ++tableCount_;
    if (isWordElement(n, "p")) lexParagraph(n, ++paragraphCount_);
    for (xmlNode* c = n->children; c; c = c->next)
      if (c->type == XML_ELEMENT_NODE) visit(c);
  }

  TagLocation locate(xmlNode* paragraph, int number) {
    TagLocation where;
    where.part = part_.name;
    where.paragraph = number;
    for (xmlNode* n = paragraph->parent; n && n->type == XML_ELEMENT_NODE; n = n->parent) {
      if (!isWordElement(n, "tc")) continue;
      where.cell = elementIndex(n, "tc");
      xmlNode* row = n->parent;
      if (row && isWordElement(row, "tr")) {
        where.row = elementIndex(row, "tr");
        auto t = tables_.find(row->parent);
        where.table = t == tables_.end() ? 0 : t->second;
      }
      break;
    }
    return where;
  }

  void lexParagraph(xmlNode* p, int number) {
    ParagraphText text = collectParagraphText(p);
    if (text.text.find_first_of("{}") == std::string::npos) return;
    std::vector<FoundTag> found;
    std::vector<LexIssue> issues;
    findTags(text.text, found, issues);
    const TagLocation base = locate(p, number);
    for (const auto& issue : issues) {
      TagLocation where = base;
      where.context = contextAround(text.text, issue.begin, issue.end);
      errors_.push_back(makeIssue(issue.id, text.text.substr(issue.begin, std::min<size_t>(issue.end - issue.begin, 60)), where));
    }
    std::string rest;
    size_t pos = 0;
    for (const auto& f : found) rest += text.text.substr(pos, f.begin - pos), pos = f.end;
    rest += text.text.substr(pos);
    const bool alone = found.size() == 1 && issues.empty() && onlySpaces(rest);

    const int first = static_cast<int>(part_.tags.size());
    for (const auto& f : found) {
      CompiledTag tag;
      tag.text = text.text.substr(f.begin, f.end - f.begin);
      tag.where = base;
      tag.where.context = contextAround(text.text, f.begin, f.end);
      const int index = static_cast<int>(part_.tags.size());
      auto parsed = parseTag(std::string_view(tag.text).substr(1, tag.text.size() - 2));
      if (auto* id = std::get_if<std::string>(&parsed)) {
        errors_.push_back(makeIssue(*id, tag.text, tag.where));
        out_.malformed.insert(index);
      } else {
        tag.spec = std::move(std::get<TagSpec>(parsed));
        resolveFilters(tag);
      }
      TagPlace place;
      place.paragraph = p;
      place.aloneInParagraph = alone;
      for (const auto& run : text.runs)
        if (f.begin >= run.begin && f.begin < run.end) place.textElement = run.element;
      part_.tags.push_back(std::move(tag));
      out_.places.push_back(place);
    }
    auto cut = cutRunsAtTags(text, found, first);
    for (size_t r = 0; r < cut.size(); ++r) {
      if (!cut[r].touched) continue;
      xmlNode* element = text.runs[r].element;
      segments_[element] = std::move(cut[r].segments);
      for (xmlNode* n = element; n && n->type == XML_ELEMENT_NODE && n->_private != kDirty; n = n->parent) n->_private = kDirty;
    }
  }

  // Text filters for every filter of a value tag and all but the last of an image tag, whose last filter must
  // make the picture. Misplaced image filters reuse the existing ids, with the right form as the detail.
  void resolveFilters(CompiledTag& tag) {
    const auto& names = tag.spec.filters;
    const bool image = tag.spec.kind == TagKind::Image;
    bool ok = true;
    for (size_t i = 0; i < names.size(); ++i) {
      if (image && i + 1 == names.size()) {
        tag.imageFilter = findImageFilter(names[i]);
        if (tag.imageFilter) continue;
      }
      FilterFn fn = findFilter(names[i]);
      if (!fn) {
        const bool isImageFilter = findImageFilter(names[i]) != nullptr;
        errors_.push_back(makeIssue("unknown_filter", tag.text, tag.where,
                                    isImageFilter ? "|" + names[i] + " → {%" + tag.spec.path + "|" + names[i] + "}" : "|" + names[i]));
        ok = false;
      }
      tag.filters.push_back(fn);
    }
    if (image && !tag.imageFilter && ok) errors_.push_back(makeIssue("malformed_tag", tag.text, tag.where, "{%" + tag.spec.path + "|qr}"));
  }

  int push(Item::Kind kind, std::string xml, int tag = -1) {
    out_.items.push_back({kind, std::move(xml), tag});
    return static_cast<int>(out_.items.size()) - 1;
  }
  void emitText(const std::string& xml) {
    if (out_.items.empty() || out_.items.back().kind != Item::Kind::Text) push(Item::Kind::Text, {});
    out_.items.back().xml += xml;
  }

  void emit(xmlNode* n) {
    if (n->type != XML_ELEMENT_NODE || n->_private != kDirty) {
      std::string xml;
      appendSubtree(xml, doc_, n);
      emitText(xml);
      return;
    }
    auto seg = segments_.find(n);
    const bool isText = seg != segments_.end();
    std::string start;
    // A value may begin or end with spaces; without preserve Word would drop them.
    appendStartTag(start, n, isText ? "xml:space" : "", isText ? " xml:space=\"preserve\"" : "");
    out_.openItem[n] = push(Item::Kind::Open, std::move(start));
    if (isText) {
      for (const auto& s : seg->second) {
        if (s.tag < 0) {
          std::string xml;
          appendEscapedText(xml, s.text);
          emitText(xml);
        } else {
          out_.places[static_cast<size_t>(s.tag)].item = push(Item::Kind::Tag, {}, s.tag);
        }
      }
    } else {
      for (xmlNode* c = n->children; c; c = c->next) emit(c);
    }
    std::string end;
    appendEndTag(end, n);
    out_.closeItem[n] = push(Item::Kind::Close, std::move(end));
  }

  xmlDoc* doc_;
  CompiledPart& part_;
  std::vector<TemplateIssue>& errors_;
  ItemStream out_;
  std::unordered_map<xmlNode*, int> tables_;
  std::unordered_map<xmlNode*, std::vector<TextSegment>> segments_;
  int tableCount_ = 0, paragraphCount_ = 0;
};

}  // namespace

ItemStream lexAndEmit(xmlDoc* doc, CompiledPart& part, std::vector<TemplateIssue>& errors) {
  return Lexer(doc, part, errors).run();
}

}  // namespace landdesk::docgen
