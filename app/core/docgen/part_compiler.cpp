#include "docgen/part_compiler.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "docgen/paragraph_tags.h"
#include "docgen/part_items.h"
#include "docgen/xml_document.h"

namespace landdesk::docgen {

namespace {

// One section's span in the item stream: [rangeBegin, rangeEnd] is replaced by the repeated [bodyBegin, bodyEnd].
struct Pair {
  int open = -1, close = -1;  // tag indices
  int rangeBegin = 0, rangeEnd = 0, bodyBegin = 0, bodyEnd = 0;
  std::vector<int> children;  // pair indices
};

class Compiler {
 public:
  Compiler(const std::string& name, xmlDoc* doc) : doc_(doc) { out_.part.name = name; }

  PartCompilation run() {
    ItemStream stream = lexAndEmit(doc_, out_.part, out_.errors);
    items_ = std::move(stream);
    if (out_.part.tags.empty()) return std::move(out_);
    out_.part.hasTags = true;
    std::vector<Pair> pairs;
    if (!pairSections(pairs)) return std::move(out_);
    std::vector<int> roots;
    bool placed = true;
    for (auto& p : pairs) placed = expand(p) && placed;
    if (placed) placed = nest(pairs, roots);
    if (!out_.errors.empty()) return std::move(out_);
    for (auto& p : pairs) consumedTags_.insert(p.open), consumedTags_.insert(p.close);
    out_.part.program = build(0, static_cast<int>(items_.items.size()) - 1, roots, pairs);
    assignDataPaths(out_.part.program, {});
    for (auto& p : pairs) tag(p.close).dataPath = tag(p.open).dataPath;  // a close tag reads nothing of its own
    return std::move(out_);
  }

 private:
  CompiledTag& tag(int i) { return out_.part.tags[static_cast<size_t>(i)]; }
  void fail(std::string_view id, int tagIndex, const std::string& detail = {}) {
    out_.errors.push_back(makeIssue(id, tag(tagIndex).text, tag(tagIndex).where, detail));
  }

  bool pairSections(std::vector<Pair>& pairs) {
    std::vector<int> stack;
    bool ok = true;
    for (int i = 0; i < static_cast<int>(out_.part.tags.size()); ++i) {
      const TagSpec& spec = tag(i).spec;
      if (items_.malformed.contains(i)) continue;
      if (spec.kind == TagKind::SectionOpen || spec.kind == TagKind::InvertedOpen) {
        stack.push_back(i);
      } else if (spec.kind == TagKind::SectionClose) {
        if (stack.empty()) {
          fail("unopened_loop", i);
          ok = false;
          continue;
        }
        int open = stack.back();
        stack.pop_back();
        if (!spec.path.empty() && spec.path != tag(open).spec.path) {
          fail("closing_tag_does_not_match_opening_tag", i, "{/" + tag(open).spec.path + "} ≠ " + tag(i).text);
          ok = false;
          continue;
        }
        Pair pair;
        pair.open = open;
        pair.close = i;
        pairs.push_back(std::move(pair));
      }
    }
    for (int open : stack) fail("unclosed_loop", open), ok = false;
    return ok;
  }

  static std::vector<xmlNode*> ancestors(xmlNode* n) {
    std::vector<xmlNode*> chain;
    for (; n && n->type == XML_ELEMENT_NODE; n = n->parent) chain.push_back(n);
    return chain;
  }
  static xmlNode* nearest(xmlNode* n, std::string_view local) {
    for (; n && n->type == XML_ELEMENT_NODE; n = n->parent)
      if (isWordElement(n, local)) return n;
    return nullptr;
  }
  static bool sameName(const xmlNode* a, const xmlNode* b) {
    return xmlStrEqual(a->name, b->name) && (a->ns == b->ns || (a->ns && b->ns && xmlStrEqual(a->ns->href, b->ns->href)));
  }

  bool expand(Pair& p) {
    const TagPlace& o = items_.places[static_cast<size_t>(p.open)];
    const TagPlace& c = items_.places[static_cast<size_t>(p.close)];
    std::vector<xmlNode*> up = ancestors(o.textElement), down = ancestors(c.textElement);
    std::unordered_set<xmlNode*> upSet(up.begin(), up.end());
    size_t common = 0;
    while (common < down.size() && !upSet.contains(down[common])) ++common;
    xmlNode* lca = common < down.size() ? down[common] : nullptr;
    std::vector<xmlNode*> closes, opens(down.begin(), down.begin() + static_cast<long>(common));
    for (xmlNode* n : up) {
      if (n == lca) break;
      closes.push_back(n);
    }
    auto crosses = [&](std::string_view local) {
      return std::any_of(closes.begin(), closes.end(), [&](xmlNode* n) { return isWordElement(n, local); }) ||
             std::any_of(opens.begin(), opens.end(), [&](xmlNode* n) { return isWordElement(n, local); });
    };
    bool balanced = closes.size() == opens.size();
    for (size_t k = 0; balanced && k < closes.size(); ++k) balanced = sameName(closes[k], opens[k]);

    if (crosses("tc")) {  // tags in different cells: the rows from the open tag's to the close tag's repeat
      xmlNode* rowOpen = nearest(o.textElement, "tr");
      xmlNode* rowClose = nearest(c.textElement, "tr");
      // A row the item walk did not list (e.g. a w:tr outside a w:tbl, found by the template fuzzer) is no loop range.
      if (!rowOpen || !rowClose || rowOpen->parent != rowClose->parent || !items_.openItem.contains(rowOpen) ||
          !items_.closeItem.contains(rowClose))
        return invalid(p);
      p.rangeBegin = p.bodyBegin = items_.openItem.at(rowOpen);
      p.rangeEnd = p.bodyEnd = items_.closeItem.at(rowClose);
      return true;
    }
    if (crosses("p") && o.aloneInParagraph && c.aloneInParagraph && o.paragraph->parent == c.paragraph->parent &&
        items_.openItem.contains(o.paragraph) && items_.openItem.contains(c.paragraph)) {
      p.rangeBegin = items_.openItem.at(o.paragraph);
      p.bodyBegin = items_.closeItem.at(o.paragraph) + 1;
      p.bodyEnd = items_.openItem.at(c.paragraph) - 1;
      p.rangeEnd = items_.closeItem.at(c.paragraph);
      return true;
    }
    if (!balanced) return invalid(p);
    p.rangeBegin = o.item;
    p.bodyBegin = o.item + 1;
    p.bodyEnd = c.item - 1;
    p.rangeEnd = c.item;
    return true;
  }

  bool invalid(const Pair& p) {
    fail("loop_position_invalid", p.open, tag(p.open).text + " … " + tag(p.close).text);
    return false;
  }

  bool nest(std::vector<Pair>& pairs, std::vector<int>& roots) {
    std::vector<int> order(pairs.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
      const Pair &x = pairs[static_cast<size_t>(a)], &y = pairs[static_cast<size_t>(b)];
      if (x.rangeBegin != y.rangeBegin) return x.rangeBegin < y.rangeBegin;
      if (x.rangeEnd != y.rangeEnd) return x.rangeEnd > y.rangeEnd;
      return x.open < y.open;
    });
    std::vector<int> stack;
    bool ok = true;
    for (int i : order) {
      Pair& p = pairs[static_cast<size_t>(i)];
      while (!stack.empty() && pairs[static_cast<size_t>(stack.back())].rangeEnd < p.rangeBegin) stack.pop_back();
      if (!stack.empty()) {
        Pair& parent = pairs[static_cast<size_t>(stack.back())];
        if (p.rangeBegin < parent.bodyBegin || p.rangeEnd > parent.bodyEnd) {
          ok = invalid(p);
          continue;
        }
        parent.children.push_back(i);
      } else {
        roots.push_back(i);
      }
      stack.push_back(i);
    }
    return ok;
  }

  static void appendLiteral(std::vector<ProgramNode>& nodes, const std::string& xml) {
    if (xml.empty()) return;
    if (nodes.empty() || nodes.back().kind != ProgramNode::Kind::Literal) nodes.push_back({});
    nodes.back().literal += xml;
  }

  std::vector<ProgramNode> build(int lo, int hi, const std::vector<int>& children, const std::vector<Pair>& pairs) {
    std::vector<ProgramNode> nodes;
    size_t next = 0;
    for (int k = lo; k <= hi;) {
      if (next < children.size() && pairs[static_cast<size_t>(children[next])].rangeBegin == k) {
        const Pair& p = pairs[static_cast<size_t>(children[next++])];
        ProgramNode section;
        section.kind = ProgramNode::Kind::Section;
        section.tag = p.open;
        section.inverted = tag(p.open).spec.kind == TagKind::InvertedOpen;
        section.children = build(p.bodyBegin, p.bodyEnd, p.children, pairs);
        nodes.push_back(std::move(section));
        k = p.rangeEnd + 1;
        continue;
      }
      const Item& item = items_.items[static_cast<size_t>(k++)];
      if (item.kind != Item::Kind::Tag) {
        appendLiteral(nodes, item.xml);
      } else if (!consumedTags_.contains(item.tag)) {
        ProgramNode value;
        value.kind = ProgramNode::Kind::Value;
        value.tag = item.tag;
        nodes.push_back(std::move(value));
      }
    }
    return nodes;
  }

  void assignDataPaths(const std::vector<ProgramNode>& nodes, const std::string& prefix) {
    for (const auto& n : nodes) {
      if (n.kind == ProgramNode::Kind::Literal) continue;
      CompiledTag& t = tag(n.tag);
      t.dataPath = prefix + t.spec.path;
      if (n.kind == ProgramNode::Kind::Section) {
        std::string inner = n.inverted || t.spec.path == "." ? prefix : prefix + t.spec.path + "[].";
        assignDataPaths(n.children, inner);
      }
    }
  }

  xmlDoc* doc_;
  PartCompilation out_;
  ItemStream items_;
  std::unordered_set<int> consumedTags_;  // section tags: they print nothing
};

}  // namespace

PartCompilation compilePart(const std::string& name, std::string_view xml) {
  auto doc = parseXmlPart(xml, name);
  if (!doc) {
    PartCompilation failed;
    failed.part.name = name;
    failed.errors.push_back(issueFromError(doc.error(), name));
    return failed;
  }
  return Compiler(name, doc->get()).run();
}

}  // namespace landdesk::docgen
