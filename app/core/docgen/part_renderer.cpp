#include "docgen/part_renderer.h"

#include "docgen/data_scope.h"
#include "docgen/xml_document.h"

namespace landdesk::docgen {

namespace {

class Renderer {
 public:
  Renderer(const CompiledPart& part, std::vector<TemplateIssue>& warnings, ImageSink* images, NumberReading reading)
      : part_(part), warnings_(warnings), warned_(part.tags.size(), false), images_(images), reading_(reading) {}

  void run(const Var& data, std::string& out) {
    scopes_.push_back(data);
    renderNodes(part_.program, out);
  }

 private:
  void warn(int tag, std::string_view id, const std::string& detail = {}) {
    if (warned_[static_cast<size_t>(tag)]) return;
    warned_[static_cast<size_t>(tag)] = true;
    const CompiledTag& t = part_.tags[static_cast<size_t>(tag)];
    warnings_.push_back(makeIssue(id, t.text, t.where, detail.empty() ? t.dataPath : t.dataPath + ": " + detail));
  }

  void renderValue(const ProgramNode& node, std::string& out) {
    const CompiledTag& t = part_.tags[static_cast<size_t>(node.tag)];
    Var value;
    if (!lookupValue(scopes_, t.spec, value)) return warn(node.tag, "missing_value");
    if (t.filters.empty()) {
      auto text = scalarText(value);
      if (!text) return warn(node.tag, "value_not_text");
      if (t.imageFilter) return renderImage(node.tag, *text, out);
      return appendValueXml(out, *text);
    }
    Result<std::string> text = t.filters.front()(value, reading_);
    for (size_t i = 1; i < t.filters.size() && text.ok(); ++i) text = t.filters[i](Var(text.value()), reading_);
    if (!text) return warn(node.tag, "filter_failed", text.error().vi + " / " + text.error().en);
    if (t.imageFilter) return renderImage(node.tag, *text, out);
    appendValueXml(out, *text);
  }

  // The picture ends the text run's w:t, stands in the run as a w:drawing, and the w:t reopens for what follows.
  void renderImage(int tag, const std::string& text, std::string& out) {
    const CompiledTag& t = part_.tags[static_cast<size_t>(tag)];
    if (!images_) return;
    auto image = t.imageFilter(text);
    if (!image) return warn(tag, "filter_failed", image.error().vi + " / " + image.error().en);
    const std::string id = images_->add(part_.name, std::move(image->png));
    out += "</w:t>";
    out += inlineDrawingXml(id, images_->nextDrawingId(), text, *image);
    out += "<w:t xml:space=\"preserve\">";
  }

  void renderSection(const ProgramNode& node, std::string& out) {
    const CompiledTag& t = part_.tags[static_cast<size_t>(node.tag)];
    Var value;
    const bool found = lookupValue(scopes_, t.spec, value);
    if (node.inverted) {
      if (!found || !isTruthy(value)) renderNodes(node.children, out);
      return;
    }
    if (!found) return;
    if (auto items = listItems(value)) {
      for (auto& item : *items) {
        scopes_.push_back(std::move(item));
        renderNodes(node.children, out);
        scopes_.pop_back();
      }
      return;
    }
    if (!isTruthy(value)) return;
    if (value.isBoolean()) return renderNodes(node.children, out);  // `true` shows the section in the same scope
    scopes_.push_back(std::move(value));
    renderNodes(node.children, out);
    scopes_.pop_back();
  }

  void renderNodes(const std::vector<ProgramNode>& nodes, std::string& out) {
    for (const auto& n : nodes) {
      switch (n.kind) {
        case ProgramNode::Kind::Literal: out += n.literal; break;
        case ProgramNode::Kind::Value: renderValue(n, out); break;
        case ProgramNode::Kind::Section: renderSection(n, out); break;
      }
    }
  }

  const CompiledPart& part_;
  std::vector<TemplateIssue>& warnings_;
  std::vector<bool> warned_;
  std::vector<Var> scopes_;
  ImageSink* images_;
  NumberReading reading_;
};

}  // namespace

void appendValueXml(std::string& out, std::string_view value) {
  size_t start = 0;
  while (true) {
    size_t nl = value.find('\n', start);
    std::string_view line = value.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
    if (line.ends_with('\r')) line.remove_suffix(1);
    appendEscapedText(out, line);
    if (nl == std::string_view::npos) break;
    out += "</w:t><w:br/><w:t xml:space=\"preserve\">";
    start = nl + 1;
  }
}

void renderPart(const CompiledPart& part, const Poco::Dynamic::Var& data, std::string& out, std::vector<TemplateIssue>& warnings,
                ImageSink* images, NumberReading reading) {
  Renderer(part, warnings, images, reading).run(data, out);
}

}  // namespace landdesk::docgen
