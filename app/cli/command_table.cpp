#include "command_table.h"

namespace landdesk::cli {

const std::vector<Command>& allCommands() {
  static const std::vector<Command> table = [] {
    std::vector<Command> all;
    for (auto group : std::initializer_list<std::vector<Command> (*)()>{dbCommands, demoCommands, caseCommands, textCommands, identityCommands, scanCommands, templateCommands, documentCommands, rulesCommands, settingsCommands, reportCommands, intakeCommands, workflowCommands, registerCommands, userCommands, auditCommands, personCommands, caseChangesCommands, purgeCommands}) {
      auto commands = group();
      all.insert(all.end(), commands.begin(), commands.end());
    }
    return all;
  }();
  return table;
}

}  // namespace landdesk::cli
