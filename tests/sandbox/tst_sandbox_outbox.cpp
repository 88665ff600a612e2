#include "RocketChatRooms.h"
#include "SandboxHarness.h"
#include "accounts/Credentials.h"
#include "demo/DemoWorld.h"
#include "net/Transport.h"
#include "outbox/Outbox.h"
#include "store/History.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <tuple>

using namespace agentdesk;

//! The desk's outbox delivering to the sandbox: exactly once, also when answers are lost.
class TestSandboxOutbox : public QObject {
    Q_OBJECT

    struct Desk {
        QTemporaryDir dir;
        History history;
        Transport transport;
        MemoryCredentials credentials;
        std::unique_ptr<Outbox> outbox;

        explicit Desk(int inactivityMs = 5'000) {
            const auto opened = history.open(dir.filePath(QStringLiteral("history.sqlite")));
            if (opened.status != History::OpenStatus::Ok)
                qFatal("cannot open the history: %s", qPrintable(opened.message));
            transport.setLimits({.inactivityMs = inactivityMs, .deadlineMs = 10'000});
            outbox = std::make_unique<Outbox>(&history, &transport, &credentials);
            Backoff::Policy policy;
            policy.base = std::chrono::milliseconds(50);
            policy.cap = std::chrono::milliseconds(200);
            outbox->setRetryPolicy(policy, 1);
        }

        qint64 conversation(Backend backend, const QUrl& server, const QString& secret,
                            const QString& remoteId, const QString& visitorToken = {}) {
            Account account;
            account.backend = backend;
            account.serverUrl = server;
            account.displayName = QStringLiteral("Demo");
            if (backend == Backend::RocketChat) {
                account.userId = demo::RocketChatAccount::userId();
                account.username = demo::RocketChatAccount::username();
            } else if (backend == Backend::SocialBoards) {
                account.username = QStringLiteral("Kim Jane");
                account.email = QStringLiteral("kim.jane@example.com");
            } else {
                account.agentId = demo::LiveChatAiAccount::agentId();
                account.userId = QStringLiteral("user_kim");
            }
            const auto added = history.addAccount(account);
            credentials.setSecret(added->id, secret);
            Conversation conversation;
            conversation.accountId = added->id;
            conversation.backend = backend;
            conversation.remoteId = remoteId;
            conversation.visitorToken = visitorToken;
            conversation.title = remoteId;
            return history.upsertConversation(conversation)->id;
        }

        qint64 rocketChatRoom(const QUrl& server) {
            return conversation(Backend::RocketChat, server, demo::RocketChatAccount::authToken(),
                                seeded::kRoom, seeded::kVisitorToken);
        }

        DeliveryState state(qint64 messageId) const {
            const auto message = history.message(messageId);
            return message ? message->state : DeliveryState::None;
        }
    };

    static int copies(sandbox::World& world, const QString& id) {
        int count = 0;
        for (const QJsonObject& message : world.rocketChat().messages)
            count += message.value("_id").toString() == id ? 1 : 0;
        return count;
    }

private slots:
    void repliesLeaveOnceWithTheirClientIds() {
        SandboxHarness sandbox;
        Desk desk;
        const qint64 room = desk.rocketChatRoom(sandbox.server.url());
        const auto first = desk.outbox->queueMessage(room, QStringLiteral("Hi Baek!"));
        const auto second = desk.outbox->queueMessage(room, QStringLiteral("It ships today."));
        QVERIFY(first && second);
        desk.outbox->start();
        QTRY_COMPARE_WITH_TIMEOUT(desk.state(second->id), DeliveryState::Sent, 5000);
        QCOMPARE(desk.state(first->id), DeliveryState::Sent);
        QCOMPARE(copies(sandbox.world, first->clientId), 1);
        QCOMPARE(copies(sandbox.world, second->clientId), 1);
        const auto& messages = sandbox.world.rocketChat().messages;
        QCOMPARE(messages.last().value("msg").toString(), QStringLiteral("It ships today."));
        QCOMPARE(messages.at(messages.size() - 2).value("_id").toString(), first->clientId);
    }

    void aHungAnswerIsReconciledNotResent() {
        SandboxHarness sandbox;
        Desk desk(400);
        const qint64 room = desk.rocketChatRoom(sandbox.server.url());
        sandbox.setFaults({{"hangAfterReceive", true}});
        const auto message = desk.outbox->queueMessage(room, QStringLiteral("Still there?"));
        QVERIFY(message);
        desk.outbox->start();
        QTRY_COMPARE_WITH_TIMEOUT(copies(sandbox.world, message->clientId), 1, 5000);
        sandbox.setFaults({{"hangAfterReceive", false}});
        QTRY_COMPARE_WITH_TIMEOUT(desk.state(message->id), DeliveryState::Sent, 8000);
        QCOMPARE(copies(sandbox.world, message->clientId), 1);
    }

    void aLargeImportInDoubtIsReconciledPageByPage() {
        // 1,000 lines leave in one request; its answer is lost, so the room's history is read
        // back (200 messages a page) to find them, and nothing is sent again.
        SandboxHarness sandbox;
        Desk desk(400);
        const qint64 room = desk.rocketChatRoom(sandbox.server.url());
        QStringList lines;
        for (int i = 0; i < 1000; ++i)
            lines << QStringLiteral("Earlier line %1").arg(i);
        QList<QString> paths;
        connect(&sandbox.server, &sandbox::SandboxServer::requestReceived, this,
                [&paths](const QByteArray& method, const QString& path) {
                    paths << QString::fromLatin1(method) + u' ' + path;
                });
        const auto countText = [&sandbox](const QString& text) {
            int count = 0;
            for (const QJsonObject& message : sandbox.world.rocketChat().messages)
                count += message.value("msg").toString() == text ? 1 : 0;
            return count;
        };
        sandbox.setFaults({{"hangAfterReceive", true}}); // carried out, never answered
        const QList<Message> queued =
            desk.outbox->queueBatch(room, lines, Outbox::BatchKind::Import);
        QCOMPARE(queued.size(), 1000);
        desk.outbox->start();
        QTRY_COMPARE_WITH_TIMEOUT(countText(lines.last()), 1, 5000);
        sandbox.setFaults({{"hangAfterReceive", false}});
        QTRY_COMPARE_WITH_TIMEOUT(desk.state(queued.last().id), DeliveryState::Sent, 15000);
        for (const Message& part : queued)
            QCOMPARE(desk.state(part.id), DeliveryState::Sent);
        for (const QString& line : std::as_const(lines))
            QCOMPARE(countText(line), 1);
        QCOMPARE(paths.count(QStringLiteral("POST /api/v1/livechat/messages")), 1);
        const auto pages = std::count_if(paths.begin(), paths.end(), [](const QString& path) {
            return path.startsWith(QLatin1String("GET /api/v1/livechat/messages.history/"));
        });
        QVERIFY2(pages >= 5, qPrintable(QString::number(pages))); // the last page has the oldest
    }

    static int storedCopies(sandbox::World& world, Backend backend, const QString& text) {
        return seeded::storedCopies(world, backendKey(backend), text);
    }

    qint64 sendTarget(Desk& desk, const QUrl& server, Backend backend) {
        if (backend == Backend::RocketChat)
            return desk.rocketChatRoom(server);
        if (backend == Backend::SocialBoards)
            return desk.conversation(Backend::SocialBoards, server,
                                     demo::SocialBoardsAccount::accessToken(),
                                     QStringLiteral("254626"));
        return desk.conversation(Backend::LiveChatAI, server, demo::LiveChatAiAccount::apiKey(),
                                 QStringLiteral("chat_1234567890"));
    }

    void aBrokenConnectionNeverLosesNorDuplicates_data() {
        QTest::addColumn<int>("backendIndex");
        QTest::addColumn<QString>("kind"); // reply: one message; batch: one request of three
        QTest::addColumn<QString>("fault");
        // LiveChatAI has no batch endpoint: its replies always leave one per request.
        const QList<std::tuple<const char*, Backend, const char*>> sends = {
            {"Rocket.Chat reply", Backend::RocketChat, "reply"},
            {"Rocket.Chat import batch", Backend::RocketChat, "batch"},
            {"SocialBoards single add", Backend::SocialBoards, "reply"},
            {"SocialBoards array add", Backend::SocialBoards, "batch"},
            {"LiveChatAI reply", Backend::LiveChatAI, "reply"},
        };
        for (const char* fault : {"resetAfterReceive", "resetBeforeHandling"}) {
            for (const auto& [name, backend, kind] : sends)
                QTest::addRow("%s, %s", name, fault)
                    << static_cast<int>(backend) << QString::fromLatin1(kind)
                    << QString::fromLatin1(fault);
        }
    }

    void aBrokenConnectionNeverLosesNorDuplicates() {
        // The first request is read and (resetAfterReceive) carried out or (resetBeforeHandling,
        // as a stale kept-alive connection) not, then its connection is reset. Qt must not
        // repeat it on its own; the outbox reads back, then sends what is missing, once.
        QFETCH(int, backendIndex);
        const auto backend = static_cast<Backend>(backendIndex);
        QFETCH(QString, kind);
        QFETCH(QString, fault);
        SandboxHarness sandbox;
        Desk desk;
        const qint64 conversation = sendTarget(desk, sandbox.server.url(), backend);
        QStringList texts;
        for (int i = 1; i <= (kind == QLatin1String("batch") ? 3 : 1); ++i)
            texts << QStringLiteral("%1, line %2")
                         .arg(QString::fromUtf8(QTest::currentDataTag()))
                         .arg(i);
        QList<QString> requests;
        sandbox.setFaults({{fault, true}});
        connect(&sandbox.server, &sandbox::SandboxServer::requestReceived, this,
                [&sandbox, &requests, fault](const QByteArray& method, const QString& path) {
                    requests << QString::fromLatin1(method) + u' ' + path;
                    QTimer::singleShot(0, &sandbox.server, [&sandbox, fault] {
                        QString error;
                        sandbox.server.faults().apply({{fault, false}}, &error);
                    });
                });
        QList<Message> queued;
        if (kind == QLatin1String("reply"))
            queued << *desk.outbox->queueMessage(conversation, texts.first());
        else
            queued =
                desk.outbox->queueBatch(conversation, texts,
                                        backend == Backend::RocketChat ? Outbox::BatchKind::Import
                                                                       : Outbox::BatchKind::Reply);
        QCOMPARE(queued.size(), texts.size());
        desk.outbox->start();
        QTRY_VERIFY_WITH_TIMEOUT(desk.state(queued.last().id) == DeliveryState::Sent ||
                                     desk.state(queued.last().id) == DeliveryState::Failed,
                                 8000);
        for (const Message& part : std::as_const(queued)) {
            QVERIFY2(desk.state(part.id) == DeliveryState::Sent,
                     qPrintable(desk.history.message(part.id)->lastError));
        }
        for (const QString& text : std::as_const(texts)) // counted on the server: 0 lost, 0 twice
            QVERIFY2(storedCopies(sandbox.world, backend, text) == 1,
                     qPrintable(text +
                                QStringLiteral(": %1 copies, requests: ")
                                    .arg(storedCopies(sandbox.world, backend, text)) +
                                requests.join(QStringLiteral(", "))));
    }

    void aDuplicateIdOnTheFirstKnownAttemptIsLookedUp() {
        SandboxHarness sandbox;
        Desk desk;
        const qint64 room = desk.rocketChatRoom(sandbox.server.url());
        const auto message = desk.outbox->queueMessage(room, QStringLiteral("Delivered before"));
        QVERIFY(message);
        // The server already has our _id (an attempt whose answer was lost, e.g. a crash before
        // the state was written; Qt's own silent re-send after a reset no longer happens).
        sandbox::RocketChatRooms rooms(sandbox.world);
        rooms.postAsVisitor(seeded::kRoom, rooms.visitorByToken(seeded::kVisitorToken),
                            message->text, message->clientId, QDateTime::currentDateTimeUtc());
        desk.outbox->start();
        QTRY_VERIFY_WITH_TIMEOUT(desk.state(message->id) == DeliveryState::Sent ||
                                     desk.state(message->id) == DeliveryState::Failed,
                                 5000);
        QCOMPARE(copies(sandbox.world, message->clientId), 1);
        // A 400 for our own `_id` means "maybe already delivered" (shared/api/README.md): the
        // outbox looks it up and finds it.
        QVERIFY2(desk.state(message->id) == DeliveryState::Sent,
                 qPrintable(desk.history.message(message->id)->lastError));
    }

    void serverErrorsAreRetriedUntilDelivered() {
        SandboxHarness sandbox;
        Desk desk;
        const qint64 room = desk.rocketChatRoom(sandbox.server.url());
        sandbox.setFaults({{"failRate", 1}});
        QSignalSpy received(&sandbox.server, &sandbox::SandboxServer::requestReceived);
        const auto message = desk.outbox->queueMessage(room, QStringLiteral("Third time lucky"));
        desk.outbox->start();
        QTRY_VERIFY_WITH_TIMEOUT(received.size() >= 2, 5000); // retried after the 500
        QCOMPARE(copies(sandbox.world, message->clientId), 0);
        sandbox.setFaults({{"failRate", 0}});
        QTRY_COMPARE_WITH_TIMEOUT(desk.state(message->id), DeliveryState::Sent, 5000);
        QCOMPARE(copies(sandbox.world, message->clientId), 1);
    }

    void socialBoardsAndLiveChatAiRepliesArrive() {
        SandboxHarness sandbox;
        Desk desk;
        const qint64 sb =
            desk.conversation(Backend::SocialBoards, sandbox.server.url(),
                              demo::SocialBoardsAccount::accessToken(), QStringLiteral("254626"));
        const qint64 lc =
            desk.conversation(Backend::LiveChatAI, sandbox.server.url(),
                              demo::LiveChatAiAccount::apiKey(), QStringLiteral("chat_1234567890"));
        const auto toSb = desk.outbox->queueMessage(sb, QStringLiteral("Use the paperclip icon."));
        const auto toLc = desk.outbox->queueMessage(lc, QStringLiteral("We are open until 6."));
        QVERIFY(toSb && toLc);
        desk.outbox->start();
        QTRY_COMPARE_WITH_TIMEOUT(desk.state(toSb->id), DeliveryState::Sent, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(desk.state(toLc->id), DeliveryState::Sent, 5000);
        const QJsonObject last = sandbox.world.socialBoards().messages.at(254626).last();
        QCOMPARE(last.value("message").toString(), QStringLiteral("Use the paperclip icon."));
        QCOMPARE(last.value("author").toObject().value("email").toString(),
                 QStringLiteral("kim.jane@example.com"));
        const QJsonArray lcMessages =
            sandbox.world.liveChatAi().conversations.first().value("messages").toArray();
        QCOMPARE(lcMessages.last().toObject().value("content").toString(),
                 QStringLiteral("We are open until 6."));
        QCOMPARE(lcMessages.last().toObject().value("role").toString(), QStringLiteral("agent"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxOutbox)
#include "tst_sandbox_outbox.moc"
