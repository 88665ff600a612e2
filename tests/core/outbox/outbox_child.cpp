// A desk process for the kill tests: opens a history, queues or resumes, and runs the outbox
// against a loopback server until the parent kills it (SIGKILL) or it has nothing left to do.
//
//   outbox_child DB URL queue TEXT   queue one reply in room 1, send it, exit when flushed
//   outbox_child DB URL resume       resume what a killed run left, exit when flushed
//   outbox_child DB URL loop ROOMS   queue replies round-robin into ROOMS rooms, forever
//   outbox_child DB URL send BACKEND reply|batch TEXT...
//                                    queue TEXTs in the demo sandbox's seeded conversation of
//                                    BACKEND (rocketchat, socialboards, livechatai), one by one
//                                    or as one batch (a Rocket.Chat import, a SocialBoards array)
//   outbox_child DB URL desk BACKEND N
//                                    a running desk on the sandbox: starts the outbox (taking
//                                    the workspace's delivery), queues N replies "desk reply i"
//                                    in BACKEND's seeded conversation, one every few ms, and
//                                    keeps delivering, also what other processes queue, until
//                                    killed
//
// Prints "ready", "queued <clientId>", "sent <clientId>" and "flushed" lines, each written
// only after the history has recorded what it says; "delivering" once it holds the workspace's
// delivery, "held elsewhere" while another process does.

#include "SeedAccounts.h"
#include "accounts/Credentials.h"
#include "desk/Desk.h"
#include "net/Transport.h"
#include "outbox/Outbox.h"
#include "store/History.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace agentdesk;

namespace {

void say(const QString& line) {
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

int fail(const QString& why) {
    std::fputs(qPrintable(QStringLiteral("error: ") + why + u'\n'), stderr);
    return 2;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4)
        return fail(QStringLiteral("usage: outbox_child DB URL queue TEXT|resume|loop ROOMS|"
                                   "send BACKEND reply|batch TEXT..."));
    const QString mode = args.at(3);

    // The desk as the app opens it, on the workspace that holds DB.
    const QFileInfo db(args.at(1));
    if (db.fileName() != QFileInfo(History::databasePath(db.absolutePath())).fileName())
        return fail(QStringLiteral("DB must be a workspace's history.sqlite: ") + args.at(1));
    Desk desk;
    Desk::Options options;
    options.secrets = Desk::Secrets::Memory;
    options.cannedStarterSet = false;
    options.checkInBackground = false;
    if (!desk.open(db.absolutePath(), options) || !desk.salvageReport().isEmpty())
        return fail(desk.errorString());
    History& history = *desk.history();
    MemoryCredentials& credentials = *desk.memorySecrets();
    const bool onSandbox = mode == QLatin1String("send") || mode == QLatin1String("desk");
    if (onSandbox) {
        const auto backend = backendFromKey(args.value(4));
        if (!backend)
            return fail(QStringLiteral("unknown backend ") + args.value(4));
        if (!seed::sandboxConversation(history, QUrl(args.at(2)), *backend))
            return fail(history.lastError());
    }
    for (const Account& known : history.accounts()) {
        if (seed::isSandboxAccount(known))
            credentials.setSecret(known.id, seed::sandboxSecret(known.backend));
    }
    QList<Conversation> conversations; // the FakeRocketChat rooms, for queue and loop
    if (!onSandbox) {
        const auto account = seed::rocketChatAccount(history, QUrl(args.at(2)));
        if (!account)
            return fail(history.lastError());
        if (!seed::isSandboxAccount(*account)) // FakeRocketChat's agent; replies go as it
            credentials.setSecret(account->id, QStringLiteral("auth-token-1"));
        const int rooms = mode == QLatin1String("loop") ? std::max(1, args.value(4).toInt()) : 1;
        for (int n = 1; n <= rooms; ++n) {
            const auto room = seed::room(history, account->id, n);
            if (!room)
                return fail(history.lastError());
            conversations.append(*room);
        }
    }

    desk.transport()->setLimits({.inactivityMs = 10'000, .deadlineMs = 20'000});
    Outbox& outbox = *desk.outbox();
    Backoff::Policy quick;
    quick.base = std::chrono::milliseconds(20);
    quick.cap = std::chrono::milliseconds(200);
    outbox.setRetryPolicy(quick);
    QObject::connect(&outbox, &Outbox::deliveryChanged, &app, [](const Message& message) {
        if (message.state == DeliveryState::Sent)
            say(QStringLiteral("sent ") + message.clientId);
    });
    QObject::connect(&outbox, &Outbox::flushed, &app, [&] {
        say(QStringLiteral("flushed"));
        app.exit(history.pendingMessages().isEmpty() && history.failedMessages().isEmpty() ? 0 : 1);
    });
    QObject::connect(&outbox, &Outbox::deliveryHeldElsewhere, &app,
                     [] { say(QStringLiteral("held elsewhere")); });
    QObject::connect(&outbox, &Outbox::deliveryTakenOver, &app,
                     [] { say(QStringLiteral("delivering")); });
    say(QStringLiteral("ready"));

    if (mode == QLatin1String("queue")) {
        const auto queued = outbox.queueMessage(conversations.first().id, args.value(4));
        if (!queued)
            return fail(outbox.lastError());
        say(QStringLiteral("queued ") + queued->clientId);
        outbox.flush(std::chrono::seconds(10));
    } else if (mode == QLatin1String("send")) {
        const auto backend = backendFromKey(args.value(4));
        const auto conversation = seed::sandboxConversation(history, QUrl(args.at(2)), *backend);
        const QStringList texts = args.mid(6);
        QList<Message> queued;
        if (args.value(5) == QLatin1String("batch")) {
            queued = outbox.queueBatch(conversation->id, texts,
                                       *backend == Backend::RocketChat ? Outbox::BatchKind::Import
                                                                       : Outbox::BatchKind::Reply);
        } else {
            for (const QString& text : texts) {
                if (const auto one = outbox.queueMessage(conversation->id, text))
                    queued.append(*one);
            }
        }
        if (queued.size() != texts.size())
            return fail(outbox.lastError());
        for (const Message& message : std::as_const(queued))
            say(QStringLiteral("queued ") + message.clientId);
        outbox.flush(std::chrono::seconds(10));
    } else if (mode == QLatin1String("desk")) {
        const auto backend = backendFromKey(args.value(4));
        const auto conversation = seed::sandboxConversation(history, QUrl(args.at(2)), *backend);
        QObject::disconnect(&outbox, &Outbox::flushed, &app, nullptr); // runs until killed
        outbox.start();
        if (outbox.deliversHere())
            say(QStringLiteral("delivering"));
        const int count = args.value(5).toInt();
        auto* writer = new QTimer(&app);
        auto next = std::make_shared<int>(0);
        QObject::connect(writer, &QTimer::timeout, &app, [&, writer, next, count, conversation] {
            if (*next >= count)
                return writer->stop();
            const auto queued = outbox.queueMessage(conversation->id,
                                                    QStringLiteral("desk reply %1").arg((*next)++));
            if (queued)
                say(QStringLiteral("queued ") + queued->clientId);
        });
        writer->start(5);
    } else if (mode == QLatin1String("resume")) {
        outbox.flush(std::chrono::seconds(10));
    } else if (mode == QLatin1String("loop")) {
        outbox.start();
        auto* writer = new QTimer(&app);
        // The count lives in the slot: this block's locals are gone when app.exec() runs it.
        QObject::connect(writer, &QTimer::timeout, &app, [&, next = 0]() mutable {
            const Conversation& room = conversations.at(next % conversations.size());
            const QString text = QStringLiteral("pid %1 reply %2")
                                     .arg(QCoreApplication::applicationPid())
                                     .arg(next++);
            const auto queued = outbox.queueMessage(room.id, text);
            if (queued)
                say(QStringLiteral("queued ") + queued->clientId);
        });
        writer->start(0);
    } else {
        return fail(QStringLiteral("unknown mode ") + mode);
    }
    return app.exec();
}
