#include "Cli.h"

#include "CliContext.h"
#include "Commands.h"
#include "TerminalText.h"

#include <agentdesk/Version.h>

#include <QTextStream>

namespace agentdesk::cli {

namespace {

void printUsage(QTextStream& stream) {
    stream << "Usage: agentdesk-cli <command> [options]\n"
              "\n"
              "AgentDesk from a shell: send replies, batches and AI questions to Rocket.Chat\n"
              "Omnichannel, SocialBoards and LiveChatAI.\n"
              "\n"
              "Commands:\n"
              "  send        send one message (--backend rocketchat|socialboards)\n"
              "  send-batch  send a JSON array of messages from FILE (- for stdin)\n"
              "  ask         ask the LiveChatAI agent a question\n"
              "  outbox      list or flush a workspace's outbox (--data-dir DIR)\n"
              "  search      search a workspace's history (--data-dir DIR)\n"
              "  canned      list, import or export a workspace's canned replies (--data-dir)\n"
              "\n"
              "With --data-dir DIR, send and send-batch record the messages in that workspace\n"
              "and deliver them through its durable outbox (retries never duplicate).\n"
              "\n"
              "Secrets come from the environment, never from flags:\n"
              "  AGENTDESK_RC_USER_ID, AGENTDESK_RC_AUTH_TOKEN  Rocket.Chat batch sends\n"
              "  AGENTDESK_SB_ACCESS_TOKEN                      SocialBoards\n"
              "  AGENTDESK_LCAI_API_KEY                         LiveChatAI\n"
              "\n"
              "Exit codes: 0 success, 1 local failure (workspace, disk), 2 usage or malformed\n"
              "input, 3 the server refused (4xx), 4 network, timeout, 5xx or an unreadable\n"
              "answer, 5 done, but the workspace's history was damaged and salvaged in this\n"
              "run (the report is on stderr; any other failure keeps its own code).\n"
              "Run 'agentdesk-cli <command> --help' for a command's options.\n";
}

} // namespace

int run(const QStringList& arguments, const QProcessEnvironment& environment, QTextStream& out,
        QTextStream& err, QIODevice& in) {
    if (arguments.isEmpty()) {
        printUsage(err);
        return Usage;
    }
    const QString command = arguments.first();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        printUsage(out);
        return Success;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out << "agentdesk-cli " << kVersion << '\n';
        return Success;
    }

    CliContext context(environment, out, err, in);
    int code = Usage;
    if (command == QLatin1String("send"))
        code = sendCommand(context, arguments);
    else if (command == QLatin1String("send-batch"))
        code = sendBatchCommand(context, arguments);
    else if (command == QLatin1String("ask"))
        code = askCommand(context, arguments);
    else if (command == QLatin1String("outbox"))
        code = outboxCommand(context, arguments);
    else if (command == QLatin1String("search"))
        code = searchCommand(context, arguments);
    else if (command == QLatin1String("canned"))
        code = cannedCommand(context, arguments);
    else {
        err << "agentdesk-cli: unknown command \"" << terminalSafeField(command) << "\"\n\n";
        printUsage(err);
    }
    if (code == Success && context.historySalvaged)
        code = Salvaged;
    out.flush();
    err.flush();
    return code;
}

} // namespace agentdesk::cli
