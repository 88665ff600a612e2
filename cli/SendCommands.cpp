#include "CliContext.h"
#include "Commands.h"
#include "TerminalText.h"

#include "DeskSession.h"
#include "ResultJson.h"
#include "backends/BatchFile.h"
#include "backends/rocketchat/SendVisitorMessage.h"
#include "backends/rocketchat/SendVisitorMessages.h"
#include "backends/socialboards/AddMessages.h"
#include "outbox/Outbox.h"
#include "store/History.h"

#include <QJsonObject>

#include <algorithm>

namespace agentdesk::cli {

namespace {

const QString kBackend = QStringLiteral("backend");

//! The one message of `send`: text only, the flags say the rest.
BatchItem textItem(const QString& text) {
    BatchItem item;
    item.text = text;
    return item;
}

void addBackendOptions(CliContext& c) {
    c.addCommonOptions();
    c.parser.addOption(
        {kBackend, QStringLiteral("rocketchat or socialboards."), QStringLiteral("name")});
    c.parser.addOption({QStringLiteral("server"), QStringLiteral("The server's base URL."),
                        QStringLiteral("url")});
    // Rocket.Chat
    c.parser.addOption({QStringLiteral("room"), QStringLiteral("Rocket.Chat room id (rid)."),
                        QStringLiteral("rid")});
    c.parser.addOption({QStringLiteral("visitor-token"),
                        QStringLiteral("Rocket.Chat visitor token."), QStringLiteral("token")});
    c.parser.addOption({QStringLiteral("id"),
                        QStringLiteral("Rocket.Chat: your own message _id (makes retries safe)."),
                        QStringLiteral("id")});
    c.parser.addOption({QStringLiteral("agent-id"), QStringLiteral("Rocket.Chat agent id."),
                        QStringLiteral("id")});
    c.parser.addOption({QStringLiteral("agent-username"),
                        QStringLiteral("Rocket.Chat agent username."), QStringLiteral("name")});
    // SocialBoards
    c.parser.addOption({QStringLiteral("conversation"),
                        QStringLiteral("SocialBoards conversation id."), QStringLiteral("id")});
    c.parser.addOption({QStringLiteral("author-name"),
                        QStringLiteral("SocialBoards author name (default: AgentDesk)."),
                        QStringLiteral("name"), QStringLiteral("AgentDesk")});
    c.parser.addOption({QStringLiteral("author-email"),
                        QStringLiteral("SocialBoards author email (send-batch: for the messages "
                                       "that name no author)."),
                        QStringLiteral("email")});
    c.parser.addOption({QStringLiteral("author-id"),
                        QStringLiteral("SocialBoards author id (GUID), when known."),
                        QStringLiteral("id")});
    c.parser.addOption({QStringLiteral("author-custom-id"),
                        QStringLiteral("SocialBoards author customIdentifier, when known."),
                        QStringLiteral("id")});
    c.parser.addOption({QStringLiteral("by-team"),
                        QStringLiteral("SocialBoards: flag the messages as from a team member "
                                       "(send-batch: those without their own isByTeam).")});
    c.addWorkspaceOptions();
}

//! With --data-dir: record the messages in the workspace and deliver them through its outbox.
//! `batch`: the items leave as one request (send-batch), else one by one.
int sendThroughOutbox(CliContext& c, Backend backend, const QUrl& server, const Account& details,
                      const QString& remoteId, const QString& visitorToken,
                      const QList<BatchItem>& items, Outbox::BatchKind kind, bool batch) {
    for (const BatchItem& item : items) {
        if (item.creationTime.isValid())
            return c.usageError(QStringLiteral("creationTime imports go straight to the server; "
                                               "run without --data-dir"));
        // the outbox sends as the workspace's account: another writer would be lost
        if (item.author || item.hasIsByTeam)
            return c.usageError(QStringLiteral("messages with their own author or isByTeam go "
                                               "straight to the server; run without --data-dir"));
    }
    DeskSession workspace(c);
    if (!workspace.open(c.parser.value(QStringLiteral("data-dir"))))
        return Failure;
    const auto account = workspace.account(backend, server, details);
    const auto conversation =
        account ? workspace.conversation(*account, remoteId, visitorToken) : std::nullopt;
    if (!conversation)
        return Failure;
    workspace.loadSecrets(c.environment);
    QStringList parts;
    for (const BatchItem& item : items)
        parts.append(item.text);
    QList<qint64> ids;
    if (parts.size() == 1 && !batch) {
        const auto queued = workspace.outbox().queueMessage(conversation->id, parts.first(), kind);
        if (queued)
            ids.append(queued->id);
    } else {
        for (const Message& queued : workspace.outbox().queueBatch(conversation->id, parts, kind))
            ids.append(queued.id);
    }
    if (ids.isEmpty()) {
        c.err << "agentdesk-cli: nothing was queued: "
              << terminalSafe(workspace.outbox().lastError()) << '\n';
        return Failure;
    }
    return workspace.deliver(ids, c.patienceMs());
}

QString backendOf(CliContext& c) {
    const QString backend = c.parser.value(kBackend);
    if (backend != QLatin1String("rocketchat") && backend != QLatin1String("socialboards")) {
        c.usageError(QStringLiteral("--backend must be rocketchat or socialboards"));
        return {};
    }
    return backend;
}

int sendRocketChat(CliContext& c, const QUrl& server) {
    rocketchat::SendVisitorMessageRequest request;
    const auto room = c.required(QStringLiteral("room"));
    const auto token = room ? c.required(QStringLiteral("visitor-token")) : std::nullopt;
    const auto text = token ? c.text() : std::nullopt;
    if (!text)
        return Usage;
    request.rid = *room;
    request.token = *token;
    request.msg = *text;
    request.id = c.parser.value(QStringLiteral("id"));
    const QString agentId = c.parser.value(QStringLiteral("agent-id"));
    const QString agentName = c.parser.value(QStringLiteral("agent-username"));
    if (agentId.isEmpty() != agentName.isEmpty())
        return c.usageError(QStringLiteral("--agent-id and --agent-username go together"));
    if (!agentId.isEmpty())
        request.agent = rocketchat::SendVisitorMessageRequest::Agent{agentId, agentName};
    if (c.usesWorkspace()) {
        if (!request.id.isEmpty())
            return c.usageError(QStringLiteral("--id cannot be used with --data-dir: the outbox "
                                               "gives each message its own id"));
        Account details;
        details.userId = agentId;
        details.username = agentName;
        // `send` writes on the visitor's behalf (livechat/message), as without --data-dir
        return sendThroughOutbox(c, Backend::RocketChat, server, details, request.rid,
                                 request.token, {textItem(request.msg)},
                                 Outbox::BatchKind::AsVisitor, false);
    }

    const auto result = c.wait<rocketchat::Message>([&](QObject* context, auto done) {
        rocketchat::sendVisitorMessage(c.transport, server, request, context, std::move(done));
    });
    if (!result)
        return c.failure(result.error());
    const rocketchat::Message& m = result.value();
    if (c.json())
        c.printJson(m.raw);
    else
        c.out << "Sent message " << terminalSafeField(m.id) << " to room "
              << terminalSafeField(m.rid) << " at " << m.ts.toString(Qt::ISODateWithMs) << '\n';
    return Success;
}

socialboards::UserValue userValueOf(const BatchAuthor& author) {
    socialboards::UserValue value;
    value.name = author.name;
    value.email = author.email;
    value.id = author.id;
    value.customIdentifier = author.customIdentifier;
    value.image = author.image;
    value.isBot = author.isBot;
    return value;
}

//! The author the --author-* flags name: for `send`, and for the batch items that name none.
std::optional<socialboards::UserValue> authorOf(CliContext& c) {
    socialboards::UserValue author;
    author.name = c.parser.value(QStringLiteral("author-name"));
    author.email = c.parser.value(QStringLiteral("author-email"));
    author.id = c.parser.value(QStringLiteral("author-id"));
    author.customIdentifier = c.parser.value(QStringLiteral("author-custom-id"));
    if (!author.identifiesSomeone()) {
        c.usageError(QStringLiteral("SocialBoards needs --author-email, --author-id or "
                                    "--author-custom-id to know who writes"));
        return std::nullopt;
    }
    return author;
}

int sendSocialBoards(CliContext& c, const QUrl& server, const QList<BatchItem>& items) {
    const auto conversation = c.required(QStringLiteral("conversation"));
    if (!conversation)
        return Usage;
    bool ok = false;
    socialboards::AddMessagesRequest request;
    request.conversationId = conversation->toLongLong(&ok);
    if (!ok || request.conversationId <= 0)
        return c.usageError(QStringLiteral("--conversation must be a SocialBoards conversation "
                                           "number"));
    // A batch item that names its author keeps it (and its isByTeam); the flags only fill in
    // the items without one, so they are needed only when there is such an item.
    const bool everyItemNamesItsAuthor = std::all_of(
        items.begin(), items.end(), [](const BatchItem& item) { return item.author.has_value(); });
    std::optional<socialboards::UserValue> author;
    if (!everyItemNamesItsAuthor || c.usesWorkspace()) {
        author = authorOf(c);
        if (!author)
            return Usage;
    }
    const auto token = c.secret(QStringLiteral("AGENTDESK_SB_ACCESS_TOKEN"));
    if (!token)
        return Usage;
    if (c.usesWorkspace()) {
        Account details;
        details.username = author->name;
        details.email = author->email;
        details.userId = author->id;
        return sendThroughOutbox(c, Backend::SocialBoards, server, details, *conversation, {},
                                 items, Outbox::BatchKind::Reply, items.size() > 1);
    }
    for (const BatchItem& item : items) {
        socialboards::NewMessage message;
        message.message = item.text;
        message.author = item.author ? userValueOf(*item.author) : *author;
        message.creationTime = item.creationTime;
        if (item.hasIsByTeam)
            message.isByTeam = item.isByTeam;
        else if (c.parser.isSet(QStringLiteral("by-team")))
            message.isByTeam = true;
        request.messages.append(message);
    }
    const socialboards::Server target{server, *token};
    const auto result =
        c.wait<QList<socialboards::ConversationMessage>>([&](QObject* context, auto done) {
            socialboards::addMessages(c.transport, target, request, context, std::move(done));
        });
    if (!result)
        return c.failure(result.error());
    if (c.json()) {
        c.printJson(toJson(result.value()));
        return Success;
    }
    for (const auto& m : result.value())
        c.out << "Added message " << m.id << " to conversation " << request.conversationId << " at "
              << m.creationTime.toString(Qt::ISODateWithMs) << '\n';
    return Success;
}

int sendRocketChatBatch(CliContext& c, const QUrl& server, const QList<BatchItem>& items) {
    const auto visitor = c.required(QStringLiteral("visitor-token"));
    const auto userId = visitor ? c.secret(QStringLiteral("AGENTDESK_RC_USER_ID")) : std::nullopt;
    const auto token = userId ? c.secret(QStringLiteral("AGENTDESK_RC_AUTH_TOKEN")) : std::nullopt;
    if (!token)
        return Usage;
    if (c.usesWorkspace()) {
        if (!c.required(QStringLiteral("room")))
            return Usage; // the outbox reconciles an unknown outcome against the room history
        Account details;
        details.userId = *userId;
        return sendThroughOutbox(c, Backend::RocketChat, server, details,
                                 c.parser.value(QStringLiteral("room")), *visitor, items,
                                 Outbox::BatchKind::AsVisitor, true);
    }
    rocketchat::SendVisitorMessagesRequest request;
    request.visitorToken = *visitor;
    for (const BatchItem& item : items) {
        if (item.creationTime.isValid())
            return c.usageError(QStringLiteral("Rocket.Chat batches have no creationTime; remove "
                                               "it or use --backend socialboards"));
        if (item.author || item.hasIsByTeam)
            return c.usageError(QStringLiteral("Rocket.Chat batches have no author or isByTeam "
                                               "(they are the visitor's); remove them or use "
                                               "--backend socialboards"));
        request.messages.append(item.text);
    }
    const rocketchat::Server target{server, *userId, *token};
    const auto result =
        c.wait<rocketchat::SendVisitorMessagesResult>([&](QObject* context, auto done) {
            rocketchat::sendVisitorMessages(c.transport, target, request, context, std::move(done));
        });
    if (!result)
        return c.failure(result.error());
    if (c.json()) {
        c.printJson(toJson(result.value()));
        return Success;
    }
    c.out << "Sent " << result->messages.size() << " messages as "
          << terminalSafeField(result->messages.isEmpty() ? QString()
                                                          : result->messages.first().username)
          << '\n';
    return Success;
}

} // namespace

int sendCommand(CliContext& c, const QStringList& arguments) {
    c.parser.setApplicationDescription(QStringLiteral("Send one message."));
    addBackendOptions(c);
    c.parser.addPositionalArgument(QStringLiteral("TEXT"),
                                   QStringLiteral("The message (- reads standard input)."));
    bool help = false;
    if (!c.parse(arguments, &help))
        return Usage;
    if (help)
        return Success;
    const QString backend = backendOf(c);
    if (backend.isEmpty())
        return Usage;
    const auto server = c.serverUrl();
    if (!server)
        return Usage;
    if (backend == QLatin1String("rocketchat"))
        return sendRocketChat(c, *server);
    const auto text = c.text();
    if (!text)
        return Usage;
    return sendSocialBoards(c, *server, {textItem(*text)});
}

int sendBatchCommand(CliContext& c, const QStringList& arguments) {
    c.parser.setApplicationDescription(QStringLiteral("Send a JSON array of messages."));
    addBackendOptions(c);
    c.parser.addPositionalArgument(QStringLiteral("FILE"),
                                   QStringLiteral("JSON array of messages (- for stdin)."));
    bool help = false;
    if (!c.parse(arguments, &help))
        return Usage;
    if (help)
        return Success;
    const QString backend = backendOf(c);
    if (backend.isEmpty())
        return Usage;
    const auto server = c.serverUrl();
    const auto content = server ? c.file() : std::nullopt;
    if (!content)
        return Usage;
    QString error;
    const auto items = parseBatchFile(*content, &error);
    if (!items)
        return c.usageError(QStringLiteral("malformed FILE: %1; nothing was sent").arg(error));
    if (backend == QLatin1String("rocketchat"))
        return sendRocketChatBatch(c, *server, *items);
    return sendSocialBoards(c, *server, *items);
}

} // namespace agentdesk::cli
