#include "startup_options.h"

namespace landdesk::gui {

Result<StartupOptions> parseStartupOptions(const std::vector<std::string>& args, Language fallback) {
  StartupOptions options;
  options.language = fallback;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--help" || arg == "-h") {
      options.help = true;
    } else if (arg == "--measure-startup") {
      options.measureStartup = true;
    } else if (arg == "--lang" || arg.starts_with("--lang=")) {
      std::string value;
      if (arg == "--lang") {
        if (i + 1 >= args.size())
          return makeError("cli.missing_value", "Thiếu giá trị cho tùy chọn", "Missing value for option", arg);
        value = args[++i];
      } else {
        value = arg.substr(7);
      }
      if (value == "en")
        options.language = Language::English;
      else if (value == "vi")
        options.language = Language::Vietnamese;
      else
        return makeError("cli.bad_language", "Ngôn ngữ không hỗ trợ (chỉ vi hoặc en)",
                         "Unsupported language (vi or en only)", value);
    } else if (arg.starts_with("-") && arg != "-") {
      return makeError("cli.unknown_option", "Tùy chọn không hợp lệ", "Unknown option", arg);
    } else if (!options.database) {
      options.database = std::filesystem::path(arg);
    } else {
      return makeError("cli.extra_argument", "Thừa tham số", "Unexpected argument", arg);
    }
  }
  return options;
}

std::string startupUsage(Language language) {
  if (language == Language::English)
    return "Usage: landdesk [DATABASE] [--lang en|vi] [--measure-startup]\n"
           "  DATABASE           the desk database file (default: the XDG data directory)\n"
           "  --lang en|vi       user-interface language (default: LANDDESK_LANG, else Vietnamese)\n"
           "  --measure-startup  print start-up time and memory once the case list is filled, then exit\n"
           "  --version          print the version and exit\n";
  return "Cách dùng: landdesk [CSDL] [--lang en|vi] [--measure-startup]\n"
         "  CSDL               tệp cơ sở dữ liệu của bàn làm việc (mặc định: thư mục dữ liệu XDG)\n"
         "  --lang en|vi       ngôn ngữ giao diện (mặc định: LANDDESK_LANG, nếu không có thì tiếng Việt)\n"
         "  --measure-startup  in thời gian khởi động và bộ nhớ khi danh sách hồ sơ đã đầy, rồi thoát\n"
         "  --version          in phiên bản rồi thoát\n";
}

}  // namespace landdesk::gui
