#pragma once

#include "accounts/Credentials.h"
#include "desk/Desk.h"
#include "net/Transport.h"
#include "outbox/Outbox.h"
#include "store/History.h"

#include <QTemporaryDir>
#include <QTest>

//! A core Desk on a temporary folder for the desk's tests: its secrets in memory, no starter
//! canned replies, one Rocket.Chat account on `server` (a loopback TestServer), conversations
//! and messages on demand. Nothing is started: a test starts the outbox or the sync it needs.
class DeskFixture {
    QTemporaryDir m_dir; // before the desk: it outlives it

public:
    explicit DeskFixture(const QUrl& server = QUrl(QStringLiteral("http://127.0.0.1:9")));

    agentdesk::Desk desk;
    agentdesk::History& history;
    agentdesk::Transport& transport;
    agentdesk::MemoryCredentials& credentials;
    agentdesk::Outbox* const outbox;
    agentdesk::Account account;

    //! Conversation n: room `room-<n>`, token `token-<n>`, visitor `name`.
    agentdesk::Conversation
    addConversation(int n, const QString& name,
                    agentdesk::Backend backend = agentdesk::Backend::RocketChat);
    //! `count` messages alternating visitor/agent(sent), one a minute from `start`.
    QList<agentdesk::Message> addMessages(qint64 conversationId, int count, const QDateTime& start,
                                          const QString& prefix = {});
    agentdesk::Message addIncoming(qint64 conversationId, const QString& text,
                                   agentdesk::Direction direction = agentdesk::Direction::Incoming,
                                   agentdesk::TextFormat format = agentdesk::TextFormat::Plain);

    QString dataDir() const { return m_dir.path(); }

private:
    static agentdesk::Desk& opened(agentdesk::Desk& desk, const QTemporaryDir& dir);
};
