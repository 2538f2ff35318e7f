#include "docgen/pdf_converter.h"

#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <thread>
#include <vector>

extern char** environ;

namespace landdesk::docgen {

namespace {

// The job's scratch directory (profile, output, log), removed whatever happens.
class JobDir {
 public:
  JobDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "landdesk-lo-XXXXXX").string();
    if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed for a LibreOffice job");
    path_ = pattern;
  }
  ~JobDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

std::string readTail(const std::filesystem::path& p) {
  std::ifstream in(p);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string s = ss.str();
  if (s.size() > 400) s = "…" + s.substr(s.size() - 400);
  for (char& c : s)
    if (c == '\n') c = ' ';
  return s;
}

}  // namespace

std::optional<std::filesystem::path> findSoffice() {
  const char* path = std::getenv("PATH");
  std::stringstream dirs(path ? path : "/usr/bin:/bin");
  for (std::string dir; std::getline(dirs, dir, ':');) {
    for (const char* name : {"soffice", "libreoffice"}) {
      std::filesystem::path candidate = std::filesystem::path(dir.empty() ? "." : dir) / name;
      if (::access(candidate.c_str(), X_OK) == 0) return candidate;
    }
  }
  return std::nullopt;
}

Status convertDocxToPdf(const std::filesystem::path& docx, const std::filesystem::path& pdf, const PdfOptions& options) {
  std::filesystem::path soffice = options.soffice;
  if (soffice.empty()) {
    auto found = findSoffice();
    if (!found)
      return makeError("pdf.no_libreoffice", "Chưa cài LibreOffice nên không tạo được PDF; hãy cài gói libreoffice-writer-nogui (tệp .docx vẫn dùng được)",
                       "LibreOffice is not installed, so no PDF can be made; install the libreoffice-writer-nogui package (the .docx is still usable)");
    soffice = *found;
  }
  if (!std::filesystem::exists(docx)) return makeError("pdf.failed", "Không tìm thấy tệp .docx", "The .docx file does not exist", docx.string());

  JobDir job;
  const auto outDir = job.path() / "out";
  const auto log = job.path() / "soffice.log";
  std::filesystem::create_directories(outDir);
  // Input copied under a fixed name: the output is then out/document.pdf whatever the input was called.
  const auto input = job.path() / "document.docx";
  std::filesystem::copy_file(docx, input);

  std::vector<std::string> args = {soffice.string(), "-env:UserInstallation=file://" + (job.path() / "profile").string(),
                                   "--headless", "--invisible", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
                                   "--convert-to", "pdf", "--outdir", outDir.string(), input.string()};
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);  // its own group: a timeout kills every child it forked
  posix_spawnattr_setpgroup(&attr, 0);
  pid_t pid = 0;
  const int spawned = posix_spawn(&pid, argv[0], &actions, &attr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  if (spawned != 0) return makeError("pdf.failed", "Không chạy được LibreOffice", "Cannot start LibreOffice", soffice.string());

  const auto deadline = std::chrono::steady_clock::now() + options.timeout;
  int status = 0;
  while (true) {
    pid_t r = waitpid(pid, &status, WNOHANG);
    if (r == pid) break;
    if (r < 0 && errno != EINTR) break;
    if (std::chrono::steady_clock::now() > deadline) {
      kill(-pid, SIGKILL);
      waitpid(pid, &status, 0);
      return makeError("pdf.timeout", "LibreOffice chạy quá thời gian cho phép, đã dừng", "LibreOffice took too long and was stopped",
                       std::to_string(options.timeout.count()) + " s");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  kill(-pid, SIGKILL);  // a helper left behind in the group must not outlive the job (its profile is deleted)

  const auto produced = outDir / "document.pdf";
  std::string head(5, '\0');
  {
    std::ifstream in(produced, std::ios::binary);
    in.read(head.data(), 5);
  }
  const bool exited = WIFEXITED(status) && WEXITSTATUS(status) == 0;
  if (!exited || head != "%PDF-")
    return makeError("pdf.failed", "LibreOffice không tạo được PDF", "LibreOffice produced no PDF", readTail(log));

  // Into place atomically: copy beside the target (the job dir may be on another file system), then rename.
  std::string pattern = (pdf.has_parent_path() ? pdf.parent_path() : std::filesystem::path(".")).string() + "/." + pdf.filename().string() + ".tmp-XXXXXX";
  const int fd = mkstemp(pattern.data());
  if (fd < 0) return makeError("file.write_failed", "Không ghi được tệp PDF", "Cannot write the PDF file", pdf.string());
  ::close(fd);
  std::error_code ec;
  std::filesystem::copy_file(produced, pattern, std::filesystem::copy_options::overwrite_existing, ec);
  if (!ec) std::filesystem::permissions(pattern, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write |
                                                     std::filesystem::perms::group_read | std::filesystem::perms::others_read, ec);
  if (!ec) std::filesystem::rename(pattern, pdf, ec);
  if (ec) {
    std::error_code ignored;
    std::filesystem::remove(pattern, ignored);
    return makeError("file.write_failed", "Không ghi được tệp PDF", "Cannot write the PDF file", pdf.string() + " (" + ec.message() + ")");
  }
  return {};
}

}  // namespace landdesk::docgen
