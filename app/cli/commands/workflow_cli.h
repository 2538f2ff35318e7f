// Shared by the workflow and hand-off commands: option parsing (times, amounts, states) and JSON of workflow values.
#pragma once

#include <Poco/JSON/Object.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "command_line.h"
#include "storage/database.h"
#include "workflow/case_workflow.h"
#include "workflow/visits.h"

namespace landdesk::cli {

std::vector<Command> handoffCommands();

namespace wf {

// "2026-03-02T09:00", "2026-03-02 09:00[:00]" or "2026-03-02" (00:00), as an Error naming the option otherwise.
Result<std::optional<LocalDateTime>> timeOption(const Invocation& inv, const char* option);
Result<std::optional<int64_t>> amountOption(const Invocation& inv, const char* option);
Result<model::CaseStatus> statusArgument(const std::string& code);
// --note, --receipt-no, --agency, --due, --amount, --at into details.
Result<workflow::TransitionDetails> detailsFromOptions(const Invocation& inv);
// The options detailsFromOptions reads, for the command tables.
std::vector<OptionSpec> detailOptions();

std::string actor(const Invocation& inv);  // --actor, else "cli"
std::string time(const std::optional<LocalDateTime>& t);  // "2026-03-02 09:00" or "—"
std::string statusText(const Invocation& inv, model::CaseStatus s);

Poco::JSON::Object::Ptr stateJson(const workflow::WorkflowState& s);
Poco::JSON::Object::Ptr visitJson(const workflow::Visit& v);

// Opens the database and finds the case by code; prints the reason and returns nullopt on failure.
struct OpenCase {
  std::unique_ptr<storage::Database> db;
  int64_t id = 0;
};
std::optional<OpenCase> openCase(Invocation& inv, const std::string& code);

}  // namespace wf
}  // namespace landdesk::cli
