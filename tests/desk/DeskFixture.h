#pragma once

#include "accounts/Credentials.h"
#include "net/Transport.h"
#include "outbox/Outbox.h"
#include "store/History.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

//! A temporary workspace for the desk's tests: a History in a temp folder, one Rocket.Chat
//! account on `server` (a loopback TestServer), conversations and messages on demand, and the
//! real Outbox over a real Transport.
class DeskFixture {
public:
    explicit DeskFixture(const QUrl& server = QUrl(QStringLiteral("http://127.0.0.1:9")));

    agentdesk::History history;
    agentdesk::Transport transport;
    agentdesk::MemoryCredentials credentials;
    std::unique_ptr<agentdesk::Outbox> outbox;
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
    QTemporaryDir m_dir;
};
