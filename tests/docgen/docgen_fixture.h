// Shared helpers of the docgen tests: read fixtures, compile, render to bytes, read a part's text back.
#pragma once

#include <filesystem>
#include <string>

#include "docgen/template_engine.h"

namespace landdesk::test {

std::string readFileBytes(const std::filesystem::path& path);
void writeFileBytes(const std::filesystem::path& path, const std::string& bytes);

// Compiles or fails the test with the error list.
std::shared_ptr<const docgen::CompiledTemplate> compileOk(const std::string& docx);

// Renders with JSON text data; fails the test if the render has errors.
std::string renderOk(const docgen::CompiledTemplate& t, const std::string& json, docgen::RenderReport* report = nullptr);

// The text of one part of a rendered package (one line per paragraph).
std::string partTextOf(const std::string& docx, const std::string& part = "word/document.xml");

// The ids of a check's errors, sorted, joined by ','.
std::string errorIds(const docgen::TemplateCheck& check);

}  // namespace landdesk::test
