// agentdesk-cli canned: a workspace's canned replies for administrators who roll out a team set.
#include "CliContext.h"
#include "Commands.h"
#include "DeskSession.h"
#include "TerminalText.h"
#include "store/History.h"

#include "canned/CannedFile.h"
#include "canned/CannedLibrary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace agentdesk::cli {

namespace {

const QString kStdio = QStringLiteral("-");

QString fileName(const QString& path) {
    return path == kStdio ? QStringLiteral("standard input") : path;
}

std::optional<Account> accountOf(const CannedReply& reply, const QList<Account>& accounts) {
    for (const Account& account : accounts) {
        if (account.id == reply.accountId)
            return account;
    }
    return std::nullopt;
}

QString scopeOf(const CannedReply& reply, const QList<Account>& accounts) {
    if (reply.accountId == 0)
        return QStringLiteral("personal");
    const auto account = accountOf(reply, accounts);
    return account ? account->displayName : QStringLiteral("account %1").arg(reply.accountId);
}

QJsonObject replyJson(const CannedReply& reply, const QList<Account>& accounts) {
    QJsonObject item{{QStringLiteral("id"), reply.id},
                     {QStringLiteral("title"), reply.title},
                     {QStringLiteral("trigger"), reply.trigger},
                     {QStringLiteral("shortcut"), reply.shortcut},
                     {QStringLiteral("scope"), scopeOf(reply, accounts)},
                     {QStringLiteral("folder"), reply.folder},
                     {QStringLiteral("sendImmediately"), reply.sendImmediately},
                     {QStringLiteral("text"), reply.text}};
    if (const auto account = accountOf(reply, accounts); reply.accountId != 0 && account) {
        item.insert(QStringLiteral("account"),
                    QJsonObject{{QStringLiteral("backend"), backendKey(account->backend)},
                                {QStringLiteral("server"), account->serverUrl.toString()},
                                {QStringLiteral("username"), account->username}});
    }
    if (!reply.remoteId.isEmpty())
        item.insert(QStringLiteral("remoteId"), reply.remoteId);
    return item;
}

QString firstLine(const QString& text) {
    const QString line = text.section(u'\n', 0, 0).trimmed();
    return line.size() > 72 ? line.left(71) + QChar(0x2026) : line;
}

QString orDash(const QString& value) {
    return value.isEmpty() ? QStringLiteral("-") : value;
}

int listReplies(CliContext& c, DeskSession& workspace, CannedLibrary& library) {
    const QList<CannedReply> replies = library.replies();
    const QList<Account> accounts = workspace.history().accounts();
    if (c.json()) {
        QJsonArray json;
        for (const CannedReply& reply : replies)
            json.append(replyJson(reply, accounts));
        c.printJson(json);
        return Success;
    }
    if (replies.isEmpty()) {
        c.out << "This workspace has no canned replies.\n";
        return Success;
    }
    // One reply a line: title, /trigger, shortcut, scope, folder, what the shortcut does, text.
    for (const CannedReply& reply : replies) {
        c.out << terminalSafeField(reply.title) << '\t'
              << terminalSafeField(reply.trigger.isEmpty() ? QStringLiteral("-")
                                                           : QStringLiteral("/") + reply.trigger)
              << '\t' << terminalSafeField(orDash(reply.shortcut)) << '\t'
              << terminalSafeField(scopeOf(reply, accounts)) << '\t'
              << terminalSafeField(orDash(reply.folder)) << '\t'
              << (reply.sendImmediately ? "sends at once" : "inserts") << '\t'
              << terminalSafeField(firstLine(reply.text)) << '\n';
    }
    return Success;
}

std::optional<QByteArray> readInput(CliContext& c, const QString& path) {
    if (path == kStdio)
        return c.in.readAll();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        c.usageError(QStringLiteral("cannot read %1: %2; nothing was imported")
                         .arg(path, file.errorString()));
        return std::nullopt;
    }
    return file.readAll();
}

int importReplies(CliContext& c, DeskSession& workspace, CannedLibrary& library,
                  const QString& path, const QByteArray& content) {
    QString error;
    const auto parsed = CannedFile::parse(content, workspace.history().accounts(), &error);
    if (!parsed)
        return c.usageError(
            QStringLiteral("nothing was imported from %1: %2").arg(fileName(path), error));
    const auto outcome = library.importReplies(parsed->entries);
    if (!outcome.ok) // a reply the library refuses (a shortcut that is no shortcut, ...)
        return c.usageError(outcome.error);
    c.out << "imported " << outcome.added << " new, updated " << outcome.updated << '\n';
    for (const QString& note : parsed->notes + outcome.notes)
        c.out << "note: " << terminalSafe(note) << '\n';
    return Success;
}

int exportReplies(CliContext& c, DeskSession& workspace, CannedLibrary& library,
                  const QString& path) {
    const QList<CannedReply> replies = library.replies();
    const QByteArray content = CannedFile::write(replies, workspace.history().accounts());
    const QString count = replies.size() == 1 ? QStringLiteral("1 reply")
                                              : QStringLiteral("%1 replies").arg(replies.size());
    if (path == kStdio) {
        c.out << QString::fromUtf8(terminalSafeJson(content));
        c.out.flush();
        c.err << "exported " << count << " to standard output\n";
        return Success;
    }
    // All or nothing: an existing file stays as it was unless the new one is complete.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() ||
        !file.commit()) {
        c.err << "agentdesk-cli: cannot write " << terminalSafe(path) << ": "
              << terminalSafe(file.errorString()) << "; nothing was exported\n";
        return Failure;
    }
    c.out << "exported " << count << " to " << terminalSafe(path) << '\n';
    return Success;
}

} // namespace

int cannedCommand(CliContext& c, const QStringList& arguments) {
    c.parser.setApplicationDescription(QStringLiteral(
        "The workspace's canned replies, for rolling out a team set.\n"
        "list: each reply with its title, /trigger, shortcut, scope (personal or an account),\n"
        "  folder, whether its shortcut sends at once, and the first line of its text.\n"
        "import FILE: add the replies of an AgentDesk canned replies file, or of a Rocket.Chat\n"
        "  canned-responses.get answer (its shortcut becomes the trigger word); a reply with\n"
        "  the same title and scope is updated. All or nothing: a malformed file imports\n"
        "  nothing and names the place of the fault. FILE - reads standard input.\n"
        "export FILE: write the workspace's replies as an AgentDesk canned replies file\n"
        "  (written whole or not at all). FILE - writes to standard output.\n"
        "\n"
        "The desk adds its starter set (greeting, order number, closing, hand-over) the first\n"
        "time it opens a workspace; this command never does, so list and export show exactly\n"
        "what the workspace holds."));
    c.parser.addOption({QStringLiteral("data-dir"),
                        QStringLiteral("The workspace whose canned replies to use."),
                        QStringLiteral("dir")});
    c.parser.addOption({QStringLiteral("json"), QStringLiteral("list: print a JSON array.")});
    c.parser.addPositionalArgument(QStringLiteral("ACTION"),
                                   QStringLiteral("list, import or export"));
    c.parser.addPositionalArgument(QStringLiteral("FILE"),
                                   QStringLiteral("import and export: the file, or -"),
                                   QStringLiteral("[FILE]"));
    bool help = false;
    if (!c.parse(arguments, &help))
        return Usage;
    if (help)
        return Success;
    const QStringList positional = c.parser.positionalArguments();
    const QString action = positional.value(0);
    if (action != QLatin1String("list") && action != QLatin1String("import") &&
        action != QLatin1String("export"))
        return c.usageError(QStringLiteral("canned needs list, import FILE or export FILE"));
    const bool list = action == QLatin1String("list");
    if (list && positional.size() != 1)
        return c.usageError(QStringLiteral("canned list takes no FILE"));
    if (!list && positional.size() != 2)
        return c.usageError(
            QStringLiteral("canned %1 needs exactly one FILE (or - for standard %2)")
                .arg(action, action == QLatin1String("import") ? QStringLiteral("input")
                                                               : QStringLiteral("output")));
    if (!list && c.json())
        return c.usageError(QStringLiteral("--json is for canned list only"));
    const auto dataDir = c.required(QStringLiteral("data-dir"));
    if (!dataDir)
        return Usage;

    std::optional<QByteArray> content;
    if (action == QLatin1String("import")) {
        content = readInput(c, positional.at(1)); // before the workspace: a typo changes nothing
        if (!content)
            return Usage;
    }
    DeskSession workspace(c);
    if (!workspace.open(*dataDir, action != QLatin1String("import")))
        return Failure;
    // Deliberately no starter set (DeskSession::open): what an administrator exports is what
    // the workspace holds, and a team set imported here is not mixed with the desk's examples.
    CannedLibrary& library = *workspace.desk().canned();
    if (list)
        return listReplies(c, workspace, library);
    if (content)
        return importReplies(c, workspace, library, positional.at(1), *content);
    return exportReplies(c, workspace, library, positional.at(1));
}

} // namespace agentdesk::cli
