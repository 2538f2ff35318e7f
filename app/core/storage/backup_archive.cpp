#include "storage/backup_archive.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Path.h>
#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>
#include <Poco/StreamCopier.h>
#include <Poco/Zip/Compress.h>
#include <Poco/Zip/ZipArchive.h>
#include <Poco/Zip/ZipStream.h>

#include <stdlib.h>

#include <fstream>
#include <stdexcept>
#include <sstream>

namespace landdesk::storage::archive {

namespace fs = std::filesystem;

namespace {

Error badArchive(const fs::path& file, const std::string& why) {
  return makeError("backup.bad_archive", "Tệp sao lưu không hợp lệ hoặc bị hỏng: " + why,
                   "The backup file is invalid or damaged: " + why, file.string());
}

}  // namespace

std::string manifestJson(const BackupSummary& s, const std::vector<std::string>& scans) {
  Poco::JSON::Object root, tables;
  Poco::JSON::Array files;
  root.set("format", kFormat);
  root.set("backend", s.backend);
  root.set("schema_version", s.schemaVersion);
  root.set("created_at", isoDateTime(localNow()));
  for (const auto& [name, d] : s.tables) {
    Poco::JSON::Object t;
    t.set("rows", d.rows);
    t.set("sha256", d.sha256);
    tables.set(name, t);
  }
  root.set("tables", tables);
  for (const auto& h : scans) files.add(h);
  root.set("scans", files);
  std::ostringstream out;
  root.stringify(out, 1);
  return out.str();
}

Result<BackupSummary> parseManifest(const fs::path& file, std::vector<std::string>& scans) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return badArchive(file, "không có manifest.json / no manifest.json");
  try {
    Poco::JSON::Parser parser;
    auto root = parser.parse(in).extract<Poco::JSON::Object::Ptr>();
    if (root->optValue<std::string>("format", "") != kFormat) return badArchive(file, "định dạng lạ / unknown format");
    BackupSummary s;
    s.backend = root->getValue<std::string>("backend");
    if (s.backend != "sqlite" && s.backend != "postgresql") return badArchive(file, "backend " + s.backend);
    s.schemaVersion = root->getValue<int>("schema_version");
    auto tables = root->getObject("tables");
    for (const auto& name : tables->getNames()) {
      auto t = tables->getObject(name);
      s.tables[name] = {t->getValue<int64_t>("rows"), t->getValue<std::string>("sha256")};
    }
    auto files = root->getArray("scans");
    for (size_t i = 0; files && i < files->size(); ++i) scans.push_back(files->getElement<std::string>(i));
    s.scans = static_cast<int64_t>(scans.size());
    return s;
  } catch (const Poco::Exception& e) {
    return badArchive(file, e.displayText());
  } catch (const std::exception& e) {
    return badArchive(file, e.what());
  }
}

Status zipFolder(const fs::path& dir, const fs::path& out) {
  try {
    std::ofstream ofs(out, std::ios::binary);
    Poco::Zip::Compress zip(ofs, true, true);  // seekable, ZIP64: a desk's database may pass 4 GB
    for (const auto& entry : fs::recursive_directory_iterator(dir))
      if (entry.is_regular_file())
        zip.addFile(Poco::Path(entry.path().string()),
                    Poco::Path(fs::relative(entry.path(), dir).generic_string(), Poco::Path::PATH_UNIX));
    zip.close();
    ofs.close();
    if (!ofs) return makeError("backup.write", "Không ghi được tệp sao lưu", "Cannot write the backup file", out.string());
    return {};
  } catch (const Poco::Exception& e) {
    return makeError("backup.write", "Không ghi được tệp sao lưu", "Cannot write the backup file",
                     out.string() + " (" + e.displayText() + ")");
  }
}

Status unzipInto(const fs::path& archive, const fs::path& dir) {
  std::ifstream in(archive, std::ios::binary);
  if (!in) return makeError("backup.missing", "Không đọc được tệp sao lưu", "Cannot read the backup file", archive.string());
  try {
    Poco::Zip::ZipArchive zip(in);
    for (auto it = zip.headerBegin(); it != zip.headerEnd(); ++it) {
      const std::string name = it->first;
      const fs::path rel = fs::path(name).lexically_normal();
      if (rel.is_absolute() || rel.empty() || *rel.begin() == "..")
        return badArchive(archive, "tên mục không hợp lệ / bad entry name " + name);
      if (it->second.isDirectory()) continue;
      const fs::path target = dir / rel;
      fs::create_directories(target.parent_path());
      Poco::Zip::ZipInputStream zin(in, it->second, true);
      std::ofstream out(target, std::ios::binary);
      Poco::StreamCopier::copyStream(zin, out);
      if (!out) return makeError("backup.write", "Không ghi được tệp khi giải nén", "Cannot write an extracted file",
                                 target.string());
    }
    return {};
  } catch (const Poco::Exception& e) {
    return badArchive(archive, e.displayText());
  }
}

Status runPostgresTool(const std::string& program, const std::vector<std::string>& args) {
  const std::string path = "/usr/lib/postgresql/15/bin/" + program;
  try {
    Poco::Pipe output, errors;
    Poco::ProcessHandle ph = Poco::Process::launch(fs::exists(path) ? path : program, args, nullptr, &output, &errors);
    Poco::PipeInputStream listing(output), text(errors);
    std::string ignored, message;
    Poco::StreamCopier::copyToString(listing, ignored);  // pg_restore --list: only its success matters
    Poco::StreamCopier::copyToString(text, message);
    const int code = ph.wait();
    if (code != 0)
      return makeError("backup.pg_tool", program + " báo lỗi (mã " + std::to_string(code) + ")",
                       program + " failed (exit " + std::to_string(code) + ")", message);
    return {};
  } catch (const Poco::Exception& e) {
    return makeError("backup.pg_tool", "Không chạy được " + program + " (cài gói postgresql-client)",
                     "Cannot run " + program + " (install postgresql-client)", e.displayText());
  }
}

ScratchDir::ScratchDir() {
  std::string pattern = (fs::temp_directory_path() / "landdesk-backup-XXXXXX").string();
  if (!mkdtemp(pattern.data())) throw std::runtime_error("cannot create a scratch folder in " + pattern);
  path_ = pattern;
}

ScratchDir::~ScratchDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

}  // namespace landdesk::storage::archive
