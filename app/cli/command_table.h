// The table of every landdesk-cli command; each group lives in commands/<group>_commands.cpp.
#pragma once

#include <vector>

#include "command_line.h"

namespace landdesk::cli {

std::vector<Command> dbCommands();
std::vector<Command> demoCommands();
std::vector<Command> caseCommands();
std::vector<Command> textCommands();
std::vector<Command> identityCommands();
std::vector<Command> scanCommands();
std::vector<Command> templateCommands();
std::vector<Command> documentCommands();
std::vector<Command> rulesCommands();
std::vector<Command> settingsCommands();
std::vector<Command> reportCommands();
std::vector<Command> intakeCommands();
std::vector<Command> workflowCommands();
std::vector<Command> registerCommands();
std::vector<Command> userCommands();
std::vector<Command> auditCommands();
std::vector<Command> personCommands();
std::vector<Command> caseChangesCommands();
std::vector<Command> purgeCommands();

// All groups, in the order `landdesk-cli --help` lists them.
const std::vector<Command>& allCommands();

}  // namespace landdesk::cli
