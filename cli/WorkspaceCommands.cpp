#include "CliContext.h"
#include "Commands.h"
#include "DeskSession.h"
#include "TerminalText.h"
#include "outbox/Outbox.h"
#include "store/History.h"

#include <QJsonArray>
#include <QJsonObject>

namespace agentdesk::cli {

namespace {

bool openWorkspace(CliContext& c, DeskSession& workspace, bool onlyReads) {
    const auto dir = c.required(QStringLiteral("data-dir"));
    return dir && workspace.open(*dir, onlyReads);
}

QJsonObject messageJson(const Message& m, const std::optional<Conversation>& conversation) {
    QJsonObject item{
        {QStringLiteral("id"), m.id},
        {QStringLiteral("clientId"), m.clientId},
        {QStringLiteral("conversation"), conversation ? conversation->title : QString()},
        {QStringLiteral("state"), deliveryStateKey(m.state)},
        {QStringLiteral("text"), m.text},
        {QStringLiteral("attempts"), m.attempts}};
    if (!m.lastError.isEmpty())
        item.insert(QStringLiteral("error"), m.lastError);
    if (m.nextAttemptAt.isValid())
        item.insert(QStringLiteral("nextAttemptAt"), m.nextAttemptAt.toString(Qt::ISODateWithMs));
    return item;
}

int outboxList(CliContext& c, DeskSession& workspace) {
    QList<Message> messages = workspace.history().pendingMessages();
    messages += workspace.history().failedMessages();
    QJsonArray json;
    for (const Message& m : messages) {
        const auto conversation = workspace.history().conversation(m.conversationId);
        if (c.json()) {
            json.append(messageJson(m, conversation));
            continue;
        }
        c.out << deliveryStateKey(m.state) << '\t'
              << terminalSafeField(conversation ? conversation->title : QString()) << '\t'
              << terminalSafeField(m.clientId) << '\t'
              << terminalSafeField(m.text.left(60).replace(u'\n', u' '));
        if (!m.lastError.isEmpty())
            c.out << "\t" << terminalSafeField(m.lastError);
        if (m.state == DeliveryState::Queued && m.nextAttemptAt.isValid())
            c.out << "\tnext try " << m.nextAttemptAt.toLocalTime().toString(Qt::ISODate);
        c.out << '\n';
    }
    if (c.json())
        c.printJson(json);
    else if (messages.isEmpty())
        c.out << "The outbox is empty.\n";
    return Success;
}

} // namespace

int outboxCommand(CliContext& c, const QStringList& arguments) {
    c.parser.setApplicationDescription(
        QStringLiteral("list: what is queued or failed, with reasons.\n"
                       "flush: deliver what is queued; exits 0 only when nothing is left."));
    c.addCommonOptions();
    c.addWorkspaceOptions();
    c.parser.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("list or flush"));
    bool help = false;
    if (!c.parse(arguments, &help))
        return Usage;
    if (help)
        return Success;
    const QStringList positional = c.parser.positionalArguments();
    if (positional.size() != 1 || (positional.first() != QLatin1String("list") &&
                                   positional.first() != QLatin1String("flush")))
        return c.usageError(QStringLiteral("outbox needs list or flush"));
    DeskSession workspace(c);
    if (!openWorkspace(c, workspace, positional.first() == QLatin1String("list")))
        return c.usesWorkspace() ? Failure : Usage;
    if (positional.first() == QLatin1String("list"))
        return outboxList(c, workspace);
    workspace.loadSecrets(c.environment);
    return workspace.flushAll(c.patienceMs());
}

int searchCommand(CliContext& c, const QStringList& arguments) {
    c.parser.setApplicationDescription(QStringLiteral("Search the workspace's history."));
    c.addCommonOptions();
    c.addWorkspaceOptions();
    c.parser.addOption(
        {QStringLiteral("backend"), QStringLiteral("Only this backend."), QStringLiteral("name")});
    c.parser.addOption({QStringLiteral("conversation"),
                        QStringLiteral("Only this conversation (its remote id)."),
                        QStringLiteral("id")});
    c.parser.addOption({QStringLiteral("limit"), QStringLiteral("At most this many hits."),
                        QStringLiteral("n"), QStringLiteral("20")});
    c.parser.addPositionalArgument(QStringLiteral("QUERY"), QStringLiteral("Words to find."));
    bool help = false;
    if (!c.parse(arguments, &help))
        return Usage;
    if (help)
        return Success;
    const QString query = c.parser.positionalArguments().join(u' ').trimmed();
    if (query.isEmpty())
        return c.usageError(QStringLiteral("the QUERY is missing"));
    SearchFilter filter;
    bool ok = false;
    filter.limit = c.parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || filter.limit <= 0)
        return c.usageError(QStringLiteral("--limit needs a positive number"));
    if (c.parser.isSet(QStringLiteral("backend"))) {
        filter.backend = backendFromKey(c.parser.value(QStringLiteral("backend")));
        if (!filter.backend)
            return c.usageError(
                QStringLiteral("--backend must be rocketchat, socialboards or livechatai"));
    }
    DeskSession workspace(c);
    if (!openWorkspace(c, workspace, true))
        return c.usesWorkspace() ? Failure : Usage;
    if (c.parser.isSet(QStringLiteral("conversation"))) {
        const QString remoteId = c.parser.value(QStringLiteral("conversation"));
        for (const Conversation& conversation : workspace.history().conversations()) {
            if (conversation.remoteId == remoteId)
                filter.conversationId = conversation.id;
        }
        if (filter.conversationId == 0)
            return c.usageError(
                QStringLiteral("no conversation %1 in this workspace").arg(remoteId));
    }
    const QList<SearchHit> hits = workspace.history().search(query, filter);
    QJsonArray json;
    for (const SearchHit& hit : hits) {
        QString snippet = hit.snippet;
        if (c.json()) {
            snippet.remove(QChar(0x02)).remove(QChar(0x03));
            json.append(
                QJsonObject{{QStringLiteral("messageId"), hit.messageId},
                            {QStringLiteral("conversation"), hit.conversationTitle},
                            {QStringLiteral("backend"), backendKey(hit.backend)},
                            {QStringLiteral("time"), hit.createdAt.toString(Qt::ISODateWithMs)},
                            {QStringLiteral("snippet"), snippet}});
            continue;
        }
        snippet.replace(QChar(0x02), u'[').replace(QChar(0x03), u']');
        c.out << hit.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  "
              << terminalSafeField(hit.conversationTitle) << "  "
              << terminalSafeField(snippet.simplified()) << '\n';
    }
    if (c.json())
        c.printJson(json);
    else if (hits.isEmpty())
        c.out << "No messages match.\n";
    return Success;
}

} // namespace agentdesk::cli
