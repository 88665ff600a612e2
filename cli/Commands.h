#pragma once

#include <QStringList>

namespace agentdesk::cli {

class CliContext;

// Each command parses its own flags from `arguments` (whose first element is the command name)
// and returns an ExitCode.
int sendCommand(CliContext& context, const QStringList& arguments);
int sendBatchCommand(CliContext& context, const QStringList& arguments);
int askCommand(CliContext& context, const QStringList& arguments);
int outboxCommand(CliContext& context, const QStringList& arguments);
int searchCommand(CliContext& context, const QStringList& arguments);
int cannedCommand(CliContext& context, const QStringList& arguments);

} // namespace agentdesk::cli
