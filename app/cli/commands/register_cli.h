// Shared by the register, fee, check and block commands: options, the rule data they need, JSON of register values.
#pragma once

#include <Poco/JSON/Object.h>

#include <optional>
#include <string>
#include <vector>

#include "command_line.h"
#include "register/authentication_checks.h"
#include "register/authentication_register.h"
#include "register/blocked_parcels.h"
#include "register/case_fees.h"

namespace landdesk::cli {

std::vector<Command> blockCommands();       // block add | release | list | import
std::vector<Command> caseCheckCommands();   // case check | case authenticate
int runCaseFees(Invocation& inv);           // fees --case CODE (reached from rules_commands.cpp's `fees`)

namespace reg {

bool english(const Invocation& inv);
const std::string& pick(const Invocation& inv, const std::string& vi, const std::string& en);
std::string actor(const Invocation& inv);  // --actor, else "cli"
std::string money(int64_t amount);         // "50.000 đ"
std::string dmy(std::chrono::year_month_day d);

// --at: "2026-03-02T09:00", "2026-03-02 09:00" or "2026-03-02"; the epoch (= now) when absent.
Result<LocalDateTime> atOption(const Invocation& inv);
// --date / a positional date: "2026-03-02" or "02/03/2026".
Result<std::optional<std::chrono::year_month_day>> dateOption(const Invocation& inv, const char* option);
// A whole number option within [min, max].
Result<std::optional<int64_t>> numberOption(const Invocation& inv, const char* option, int64_t min, int64_t max);

// --signer-unrelated, --signer-related PARTY:KINSHIP, --signer-homonym
Result<registry::SignerDeclaration> signerOption(const Invocation& inv);
std::vector<OptionSpec> checkOptions();

Poco::JSON::Object::Ptr entryJson(const registry::RegisterEntry& e);
Poco::JSON::Object::Ptr feeJson(const registry::FeeRecord& f);
Poco::JSON::Object::Ptr noticeJson(const registry::BlockNotice& n);
Poco::JSON::Object::Ptr findingJson(const registry::Finding& f);

}  // namespace reg
}  // namespace landdesk::cli
