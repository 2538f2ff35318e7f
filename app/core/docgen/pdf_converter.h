// DOCX → PDF with LibreOffice headless, one private profile per job (two jobs on one profile silently lose one).
#pragma once

#include <chrono>
#include <filesystem>
#include <optional>

#include "util/error.h"

namespace landdesk::docgen {

struct PdfOptions {
  std::chrono::seconds timeout{120};  // a first start of LibreOffice (profile creation) takes a few seconds
  std::filesystem::path soffice;      // empty: found on PATH (soffice, libreoffice)
};

// The soffice executable, if LibreOffice is installed.
std::optional<std::filesystem::path> findSoffice();

// Converts `docx` into `pdf` atomically. Errors: "pdf.no_libreoffice" (with the package to install),
// "pdf.timeout" (the process group is killed), "pdf.failed" (exit status or no/invalid output, with its log).
Status convertDocxToPdf(const std::filesystem::path& docx, const std::filesystem::path& pdf, const PdfOptions& options = {});

}  // namespace landdesk::docgen
