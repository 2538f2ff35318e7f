// XRC names are a contract (design §5): every control, menu id or frame that app/gui asks for by name must exist in
// forms/*.xrc. The C++ side is read with a regex over the sources; the XML side is parsed with libxml2.
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include <boost/test/unit_test.hpp>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "support/temp_dir.h"

namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// name -> where the code asks for it.
std::map<std::string, std::string> namesAskedByCode() {
  // XRCID("x"), XRCCTRL(win, "x", T), and LoadFrame/LoadDialog/LoadPanel/LoadObject(…, wxASCII_STR("x")) or (…, "x").
  static const std::regex asked(
      R"re(XRCID\s*\(\s*"([^"]+)"|XRCCTRL\s*\([^,]+,\s*"([^"]+)"|Load(?:Frame|Dialog|Panel|Object|MenuBar|ToolBar)\s*\([^;]*?"([^"]+)")re");
  std::map<std::string, std::string> names;
  for (const auto& entry : fs::directory_iterator(landdesk::test::sourceDirectory() / "app" / "gui")) {
    if (entry.path().extension() != ".cpp" && entry.path().extension() != ".h") continue;
    const std::string code = slurp(entry.path());
    for (std::sregex_iterator it(code.begin(), code.end(), asked), end; it != end; ++it)
      for (size_t group = 1; group <= 3; ++group)
        if ((*it)[group].matched) names.emplace((*it)[group].str(), entry.path().filename().string());
  }
  return names;
}

void collectNames(xmlNode* node, std::set<std::string>& names) {
  for (; node; node = node->next) {
    if (node->type != XML_ELEMENT_NODE) continue;
    if (xmlStrEqual(node->name, BAD_CAST "object")) {
      if (xmlChar* name = xmlGetProp(node, BAD_CAST "name")) {
        names.insert(reinterpret_cast<const char*>(name));
        xmlFree(name);
      }
    }
    collectNames(node->children, names);
  }
}

std::set<std::string> namesInForms() {
  std::set<std::string> names;
  size_t files = 0;
  for (const auto& entry : fs::directory_iterator(landdesk::test::sourceDirectory() / "forms")) {
    if (entry.path().extension() != ".xrc") continue;
    ++files;
    xmlDoc* doc = xmlReadFile(entry.path().c_str(), "UTF-8", XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    BOOST_REQUIRE_MESSAGE(doc, entry.path().filename() << " is not well-formed XML");
    xmlNode* root = xmlDocGetRootElement(doc);
    BOOST_TEST(xmlStrEqual(root->name, BAD_CAST "resource"));
    collectNames(root, names);
    xmlFreeDoc(doc);
  }
  BOOST_TEST(files > 0u);
  return names;
}

}  // namespace

BOOST_AUTO_TEST_CASE(every_xrc_name_the_code_asks_for_exists_in_forms) {
  const auto asked = namesAskedByCode();
  const auto defined = namesInForms();
  // The scan must see the main window's controls, or the regex has gone stale.
  BOOST_TEST(asked.count("main_frame") == 1u);
  BOOST_TEST(asked.count("case_list") == 1u);
  BOOST_TEST(asked.count("case_search") == 1u);
  for (const auto& [name, file] : asked)
    BOOST_TEST(defined.count(name) == 1u, "app/gui/" << file << " asks for \"" << name << "\", which no forms/*.xrc defines");
}

BOOST_AUTO_TEST_CASE(a_misspelt_name_would_be_caught) {
  BOOST_TEST(namesInForms().count("case_serch") == 0u);
}
