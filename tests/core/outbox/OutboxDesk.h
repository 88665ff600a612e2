#pragma once

#include "FakeRocketChat.h"
#include "SeedAccounts.h"
#include "accounts/Credentials.h"
#include "desk/Desk.h"
#include "net/Transport.h"
#include "outbox/Outbox.h"
#include "store/History.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

//! One desk for an outbox test: a core Desk on a temporary directory (secrets in memory) with a
//! Rocket.Chat account on `server` and two rooms, and an Outbox under test on its history,
//! transport and secrets, with quick retries. makeOutbox() makes another one on the same
//! history, as after a restart; the desk's own outbox is never started here.
struct OutboxDesk {
    QTemporaryDir dir;
    agentdesk::Desk core;
    agentdesk::History& history;
    agentdesk::Transport& transport;
    agentdesk::MemoryCredentials& credentials;
    agentdesk::Account account;
    agentdesk::Conversation room1;
    agentdesk::Conversation room2;
    std::unique_ptr<agentdesk::Outbox> outbox;

    explicit OutboxDesk(const QUrl& server)
        : history(*opened(core, dir).history())
        , transport(*core.transport())
        , credentials(*core.memorySecrets()) {
        account = *seed::rocketChatAccount(history, server);
        room1 = *seed::room(history, account.id, 1);
        room2 = *seed::room(history, account.id, 2);
        credentials.setSecret(account.id, QStringLiteral("auth-token-1"));
        transport.setLimits({.inactivityMs = 5'000, .deadlineMs = 10'000});
        outbox = makeOutbox();
    }

    static agentdesk::Desk& opened(agentdesk::Desk& desk, const QTemporaryDir& dir) {
        if (!dir.isValid())
            qFatal("no temporary directory");
        agentdesk::Desk::Options options;
        options.secrets = agentdesk::Desk::Secrets::Memory;
        options.cannedStarterSet = false;
        options.checkInBackground = false;
        if (!desk.open(dir.path(), options) || !desk.salvageReport().isEmpty())
            qFatal("cannot open the desk: %s", qPrintable(desk.errorString()));
        return desk;
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
