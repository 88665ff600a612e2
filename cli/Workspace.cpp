#include "Workspace.h"

#include "CliContext.h"

#include "store/HistoryCheck.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

namespace agentdesk::cli {

Workspace::Workspace(CliContext& context)
    : m_context(context)
    , m_history(std::make_unique<History>()) {}

Workspace::~Workspace() {
    m_outbox.reset(); // before the history it writes to
}

bool Workspace::open(const QString& dataDir) {
    if (!QDir().mkpath(dataDir)) {
        m_context.err << "agentdesk-cli: cannot create the data directory " << dataDir << '\n';
        return false;
    }
    // damage found by the desk's background check: the whole file is checked now
    const bool checkWhole = HistoryCheck::neededAtOpen(dataDir);
    if (checkWhole)
        m_history->setIntegrityCheckLimit(-1);
    const auto outcome = m_history->open(History::databasePath(dataDir));
    if (checkWhole && outcome.status != History::OpenStatus::IoError)
        HistoryCheck::doneAtOpen(dataDir);
    if (outcome.status != History::OpenStatus::Ok &&
        outcome.status != History::OpenStatus::Corrupt) {
        m_context.err << "agentdesk-cli: " << outcome.message << '\n';
        return false;
    }
    if (outcome.status == History::OpenStatus::Corrupt) {
        // never silent: the whole report, whatever the command prints on stdout
        m_context.historySalvaged = true;
        m_context.err << "agentdesk-cli: warning: the workspace's history was damaged\n";
        for (const QString& line : outcome.message.split(u'\n'))
            m_context.err << "agentdesk-cli: " << line << '\n';
        m_context.err.flush();
    }
    m_outbox = std::make_unique<Outbox>(m_history.get(), &m_context.transport, &m_credentials);
    return true;
}

std::optional<Account> Workspace::account(Backend backend, const QUrl& server,
                                          const Account& details) {
    for (const Account& known : m_history->accounts()) {
        if (known.backend == backend && known.serverUrl == server)
            return known;
    }
    Account account = details;
    account.backend = backend;
    account.serverUrl = server;
    if (account.displayName.isEmpty())
        account.displayName =
            backendDisplayName(backend) + QStringLiteral(" (") + server.host() + u')';
    auto stored = m_history->addAccount(account);
    if (!stored)
        m_context.err << "agentdesk-cli: cannot record the account: " << m_history->lastError()
                      << '\n';
    return stored;
}

std::optional<Conversation> Workspace::conversation(const Account& account, const QString& remoteId,
                                                    const QString& visitorToken) {
    if (auto known = m_history->conversationByRemoteId(account.id, remoteId)) {
        if (!visitorToken.isEmpty() && known->visitorToken != visitorToken) {
            known->visitorToken = visitorToken;
            m_history->updateConversation(*known);
        }
        return known;
    }
    Conversation conversation;
    conversation.accountId = account.id;
    conversation.backend = account.backend;
    conversation.remoteId = remoteId;
    conversation.visitorToken = visitorToken;
    conversation.title = remoteId;
    conversation.visitorName = remoteId;
    conversation.lastActivity = QDateTime::currentDateTimeUtc();
    auto stored = m_history->upsertConversation(conversation);
    if (!stored)
        m_context.err << "agentdesk-cli: cannot record the conversation: " << m_history->lastError()
                      << '\n';
    return stored;
}

void Workspace::loadSecrets(const QProcessEnvironment& environment) {
    for (const Account& account : m_history->accounts()) {
        QString variable;
        switch (account.backend) {
        case Backend::RocketChat:
            variable = QStringLiteral("AGENTDESK_RC_AUTH_TOKEN");
            break;
        case Backend::SocialBoards:
            variable = QStringLiteral("AGENTDESK_SB_ACCESS_TOKEN");
            break;
        case Backend::LiveChatAI:
            variable = QStringLiteral("AGENTDESK_LCAI_API_KEY");
            break;
        }
        const QString secret = environment.value(variable);
        if (!secret.isEmpty())
            m_credentials.setSecret(account.id, secret);
    }
}

void Workspace::runFlush(int patienceMs) {
    QEventLoop loop;
    bool settled = false;
    QObject::connect(m_outbox.get(), &Outbox::flushed, &loop, [&] {
        settled = true;
        loop.quit();
    });
    m_outbox->flush(std::chrono::milliseconds(patienceMs));
    if (!settled) // flushed() arrives on a later turn of the event loop at the earliest
        loop.exec();
}

int Workspace::deliver(const QList<qint64>& messageIds, int patienceMs) {
    runFlush(patienceMs);
    QList<Message> outcome;
    for (qint64 id : messageIds) {
        if (auto message = m_history->message(id))
            outcome.append(*message);
    }
    return report(outcome);
}

int Workspace::flushAll(int patienceMs) {
    QList<qint64> ids;
    for (const Message& message : m_history->pendingMessages())
        ids.append(message.id);
    runFlush(patienceMs);
    QList<Message> outcome;
    for (qint64 id : ids) {
        if (auto message = m_history->message(id))
            outcome.append(*message);
    }
    const int code = report(outcome);
    // Anything still waiting, delivered or not in this run, keeps the exit code honest: a
    // message that failed for good needs the agent (retry, edit or discard) before all is sent.
    if (code == Success && !m_history->pendingMessages().isEmpty())
        return Unreachable;
    if (code == Success && !m_history->failedMessages().isEmpty()) {
        m_context.err << "agentdesk-cli: " << m_history->failedMessages().size()
                      << " message(s) failed earlier and wait for the agent; see 'outbox list'\n";
        return Refused;
    }
    return code;
}

int Workspace::report(const QList<Message>& messages) {
    int code = Success;
    QJsonArray json;
    for (const Message& m : messages) {
        if (m.state == DeliveryState::Failed)
            code = std::max<int>(code, Refused);
        else if (m.state != DeliveryState::Sent)
            code = Unreachable;
        if (m_context.json()) {
            QJsonObject item{{QStringLiteral("id"), m.id},
                             {QStringLiteral("clientId"), m.clientId},
                             {QStringLiteral("state"), deliveryStateKey(m.state)}};
            if (!m.remoteId.isEmpty())
                item.insert(QStringLiteral("remoteId"), m.remoteId);
            if (!m.lastError.isEmpty())
                item.insert(QStringLiteral("error"), m.lastError);
            if (m.nextAttemptAt.isValid())
                item.insert(QStringLiteral("nextAttemptAt"),
                            m.nextAttemptAt.toString(Qt::ISODateWithMs));
            json.append(item);
            continue;
        }
        QTextStream& stream = m.state == DeliveryState::Sent ? m_context.out : m_context.err;
        stream << deliveryStateKey(m.state) << ' ' << m.clientId;
        if (!m.remoteId.isEmpty() && m.remoteId != m.clientId)
            stream << " (server id " << m.remoteId << ')';
        if (!m.lastError.isEmpty())
            stream << ": " << m.lastError;
        if (m.state == DeliveryState::Queued && m.nextAttemptAt.isValid())
            stream << " (next try " << m.nextAttemptAt.toLocalTime().toString(Qt::ISODate) << ')';
        stream << '\n';
    }
    if (m_context.json())
        m_context.printJson(json);
    return code;
}

} // namespace agentdesk::cli
