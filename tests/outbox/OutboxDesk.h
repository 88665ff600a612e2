#pragma once

#include "FakeRocketChat.h"
#include "Workspace.h"
#include "accounts/Credentials.h"
#include "net/Transport.h"
#include "outbox/Outbox.h"
#include "store/History.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

//! One desk for an outbox test: a fresh history in a temporary directory with a Rocket.Chat
//! account on `server` and two rooms, a transport, in-memory credentials and an outbox.
struct OutboxDesk {
    QTemporaryDir dir;
    agentdesk::History history;
    agentdesk::Transport transport;
    agentdesk::MemoryCredentials credentials;
    agentdesk::Account account;
    agentdesk::Conversation room1;
    agentdesk::Conversation room2;
    std::unique_ptr<agentdesk::Outbox> outbox;

    explicit OutboxDesk(const QUrl& server) {
        if (!dir.isValid())
            qFatal("no temporary directory");
        const auto opened = history.open(dir.filePath(QStringLiteral("history.sqlite")));
        if (opened.status != agentdesk::History::OpenStatus::Ok)
            qFatal("cannot open the history: %s", qPrintable(opened.message));
        account = *workspace::rocketChatAccount(history, server);
        room1 = *workspace::room(history, account.id, 1);
        room2 = *workspace::room(history, account.id, 2);
        credentials.setSecret(account.id, QStringLiteral("auth-token-1"));
        transport.setLimits({.inactivityMs = 5'000, .deadlineMs = 10'000});
        outbox = makeOutbox();
    }

    //! A new outbox on the same history (as after a restart), with quick retries.
    std::unique_ptr<agentdesk::Outbox> makeOutbox() {
        auto made = std::make_unique<agentdesk::Outbox>(&history, &transport, &credentials);
        agentdesk::Backoff::Policy policy;
        policy.base = std::chrono::milliseconds(50);
        policy.cap = std::chrono::milliseconds(200);
        made->setRetryPolicy(policy, 1);
        return made;
    }

    agentdesk::DeliveryState state(qint64 messageId) const {
        const auto message = history.message(messageId);
        return message ? message->state : agentdesk::DeliveryState::None;
    }

    agentdesk::Message reread(const agentdesk::Message& message) const {
        return history.message(message.id).value_or(agentdesk::Message());
    }
};
