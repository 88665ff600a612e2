#include "InboxSync.h"

#include "SyncRound.h"

#include "net/ApiError.h"
#include "store/History.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSync, "agentdesk.sync", QtInfoMsg)

namespace agentdesk {

InboxSync::InboxSync(History* history, Transport* transport, const Credentials* credentials,
                     QObject* parent)
    : QObject(parent)
    , m_history(history)
    , m_transport(transport)
    , m_credentials(credentials) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &InboxSync::pollAll);
}

InboxSync::~InboxSync() = default;

void InboxSync::setIntervals(int activeMs, int idleMaxMs) {
    m_activeMs = std::max(10, activeMs);
    m_idleMaxMs = std::max(m_activeMs, idleMaxMs);
    m_intervalMs = m_activeMs;
}

void InboxSync::start() {
    m_intervalMs = m_activeMs;
    m_timer.start(0);
}

void InboxSync::stop() {
    m_timer.stop();
}

void InboxSync::pollSoon() {
    m_intervalMs = m_activeMs;
    if (m_polling) {
        m_pollAgain = true;
        return;
    }
    m_timer.start(0);
}

std::optional<Conversation>
InboxSync::addSocialBoardsConversation(qint64 accountId, qint64 remoteId, const QString& title) {
    const auto account = m_history->account(accountId);
    if (!account || account->backend != Backend::SocialBoards || remoteId <= 0)
        return std::nullopt;
    Conversation conversation;
    conversation.accountId = accountId;
    conversation.backend = Backend::SocialBoards;
    conversation.remoteId = QString::number(remoteId);
    conversation.title = title.isEmpty() ? tr("Conversation %1").arg(remoteId) : title;
    conversation.visitorName = conversation.title;
    auto stored = m_history->upsertConversation(conversation);
    if (stored)
        pollSoon();
    return stored;
}

void InboxSync::pollAll() {
    const QList<Account> accounts = m_history->accounts();
    if (accounts.isEmpty()) {
        roundFinished(0);
        return;
    }
    m_polling = true;
    auto remaining = std::make_shared<int>(int(accounts.size()));
    auto newMessages = std::make_shared<int>(0);
    for (const Account& account : accounts) {
        auto* round = new SyncRound(
            this, m_history, m_transport, m_credentials, account,
            [this, account, remaining, newMessages](const ApiError& error, int fresh) {
                reportAccount(account.id, error);
                *newMessages += fresh;
                if (--*remaining == 0)
                    roundFinished(*newMessages);
            });
        round->start();
    }
}

void InboxSync::reportAccount(qint64 accountId, const ApiError& error) {
    const QString problem = error ? error.message() : QString();
    if (error)
        qCInfo(lcSync) << "account" << accountId << error.kindName() << error.detail();
    m_problems.insert(accountId, problem);
    emit accountStatusChanged(accountId, !error, problem);
}

void InboxSync::roundFinished(int newMessages) {
    m_polling = false;
    if (newMessages > 0 || m_pollAgain)
        m_intervalMs = m_activeMs;
    else
        m_intervalMs = std::min(m_idleMaxMs, m_intervalMs + m_intervalMs / 2);
    const bool again = m_pollAgain;
    m_pollAgain = false;
    emit pollFinished();
    m_timer.start(again ? 0 : m_intervalMs);
}

} // namespace agentdesk
