#include "DeskSession.h"

#include "CliContext.h"
#include "TerminalText.h"

#include "desk/Accounts.h"
#include "net/Transport.h"
#include "outbox/Outbox.h"
#include "store/History.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace agentdesk::cli {

DeskSession::DeskSession(CliContext& context)
    : m_context(context) {}

History& DeskSession::history() {
    return *m_desk.history();
}

Outbox& DeskSession::outbox() {
    return *m_desk.outbox();
}

bool DeskSession::open(const QString& dataDir, bool onlyReads) {
    Desk::Options options;
    options.secrets = Desk::Secrets::Memory;
    // What an administrator lists or exports is what the workspace holds: no starter set.
    options.cannedStarterSet = false;
    // One run, no background: a history is quick-checked while it opens.
    options.checkInBackground = false;
    if (onlyReads) {
        const QFileInfo folder(QFileInfo(History::databasePath(dataDir)).absolutePath());
        options.readOnly = folder.isDir() && !folder.isWritable();
    }
    if (!m_desk.open(dataDir, options)) {
        m_context.err << "agentdesk-cli: " << terminalSafe(m_desk.errorString()) << '\n';
        return false;
    }
    if (!m_desk.salvageReport().isEmpty()) {
        // never silent: the whole report, whatever the command prints on stdout
        m_context.historySalvaged = true;
        m_context.err << "agentdesk-cli: warning: the workspace's history was damaged\n";
        for (const QString& line : m_desk.salvageReport().split(u'\n'))
            m_context.err << "agentdesk-cli: " << terminalSafe(line) << '\n';
        m_context.err.flush();
    }
    // --timeout and friends apply to what the outbox sends too.
    m_desk.transport()->setLimits(m_context.transport.limits());
    return true;
}

std::optional<Account> DeskSession::account(Backend backend, const QUrl& server,
                                            const Account& details) {
    auto stored = m_desk.accounts()->ensure(backend, server, details);
    if (!stored)
        m_context.err << "agentdesk-cli: cannot record the account: "
                      << terminalSafe(m_desk.accounts()->lastError()) << '\n';
    return stored;
}

std::optional<Conversation> DeskSession::conversation(const Account& account,
                                                      const QString& remoteId,
                                                      const QString& visitorToken) {
    History& history = *m_desk.history();
    if (auto known = history.conversationByRemoteId(account.id, remoteId)) {
        if (!visitorToken.isEmpty() && known->visitorToken != visitorToken) {
            known->visitorToken = visitorToken;
            history.updateConversation(*known);
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
    auto stored = history.upsertConversation(conversation);
    if (!stored)
        m_context.err << "agentdesk-cli: cannot record the conversation: "
                      << terminalSafe(history.lastError()) << '\n';
    return stored;
}

void DeskSession::loadSecrets(const QProcessEnvironment& environment) {
    for (const Account& account : m_desk.accounts()->all()) {
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
            m_desk.accounts()->setSecret(account.id, secret);
    }
}

bool DeskSession::flush(const QList<qint64>& messageIds, int patienceMs) {
    // While another AgentDesk process delivers this workspace's outbox, nothing is sent from
    // here: wait for it (as long as a request may take) to let go or to settle these messages.
    const auto settledElsewhere = [&] {
        for (qint64 id : messageIds) {
            const auto message = m_desk.history()->message(id);
            if (message && message->state != DeliveryState::Sent &&
                message->state != DeliveryState::Failed)
                return false;
        }
        return true;
    };
    const auto wait = std::chrono::milliseconds(m_context.transport.limits().deadlineMs) +
                      std::chrono::milliseconds(patienceMs);
    if (m_desk.flush(std::chrono::milliseconds(patienceMs), wait, settledElsewhere))
        return true;
    const QString holder = m_desk.outbox()->deliveryHolder();
    const QString who = holder.isEmpty()
                            ? QStringLiteral("another AgentDesk process")
                            : QStringLiteral("another AgentDesk process (%1)").arg(holder);
    if (settledElsewhere())
        m_context.err << "agentdesk-cli: " << who
                      << " delivers this workspace's outbox; it sent these messages\n";
    else
        m_context.err << "agentdesk-cli: " << who
                      << " is delivering this workspace's outbox; what is still queued stays "
                         "queued, and that process sends it\n";
    return false;
}

int DeskSession::deliver(const QList<qint64>& messageIds, int patienceMs) {
    flush(messageIds, patienceMs);
    QList<Message> outcome;
    for (qint64 id : messageIds) {
        if (auto message = m_desk.history()->message(id))
            outcome.append(*message);
    }
    return report(outcome);
}

int DeskSession::flushAll(int patienceMs) {
    QList<qint64> ids;
    for (const Message& message : m_desk.history()->pendingMessages())
        ids.append(message.id);
    const bool here = flush(ids, patienceMs);
    QList<Message> outcome;
    for (qint64 id : ids) {
        if (auto message = m_desk.history()->message(id))
            outcome.append(*message);
    }
    const int code = report(outcome);
    if (!here)
        return code; // what waits now is the other process's to send
    // Anything still waiting, delivered or not in this run, keeps the exit code honest: a
    // message that failed for good needs the agent (retry, edit or discard) before all is sent.
    if (code == Success && !m_desk.history()->pendingMessages().isEmpty())
        return Unreachable;
    if (code == Success && !m_desk.history()->failedMessages().isEmpty()) {
        m_context.err << "agentdesk-cli: " << m_desk.history()->failedMessages().size()
                      << " message(s) failed earlier and wait for the agent; see 'outbox list'\n";
        return Refused;
    }
    return code;
}

int DeskSession::report(const QList<Message>& messages) {
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
        stream << deliveryStateKey(m.state) << ' ' << terminalSafeField(m.clientId);
        if (!m.remoteId.isEmpty() && m.remoteId != m.clientId)
            stream << " (server id " << terminalSafeField(m.remoteId) << ')';
        if (!m.lastError.isEmpty())
            stream << ": " << terminalSafe(m.lastError);
        if (m.state == DeliveryState::Queued && m.nextAttemptAt.isValid())
            stream << " (next try " << m.nextAttemptAt.toLocalTime().toString(Qt::ISODate) << ')';
        stream << '\n';
    }
    if (m_context.json())
        m_context.printJson(json);
    return code;
}

} // namespace agentdesk::cli
