#include "TestServer.h"
#include "accounts/Credentials.h"
#include "backends/Backends.h"
#include "backends/Delivery.h"
#include "net/Transport.h"
#include "outbox/Outbox.h"
#include "store/History.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace agentdesk;

namespace {

//! A SocialBoards conversation that stores what is added, can fail a request after storing
//! part of it, and lists its messages newest first.
class FakeSocialBoards {
public:
    static constexpr auto kPath = "/chat/conversations/4242/messages";

    explicit FakeSocialBoards(TestServer& server) {
        server.on("POST", kPath, [this](const RecordedRequest& request, QHttpServerResponder& r) {
            const QJsonArray items = request.json().array();
            QJsonArray added;
            for (qsizetype i = 0; i < items.size(); ++i) {
                if (failAfter >= 0 && i >= failAfter) {
                    failAfter = -1;
                    TestServer::respond(r, 500,
                                        R"({"data":null,"errorCode":1,"errorText":"oops"})");
                    return;
                }
                added.append(store(items.at(i).toObject()));
            }
            TestServer::respond(r, 200, envelope(added));
        });
        server.on("GET", kPath, [this](const RecordedRequest&, QHttpServerResponder& r) {
            QJsonArray newestFirst;
            for (auto m = messages.crbegin(); m != messages.crend(); ++m)
                newestFirst.append(*m);
            TestServer::respond(r, 200, envelope(newestFirst));
        });
    }

    QJsonObject store(const QJsonObject& item) {
        const QJsonObject author = item.value("author").toObject();
        QJsonObject message{
            {"author", QJsonObject{{"customIdentifier", QJsonValue::Null},
                                   {"email", author.value("email")},
                                   {"id", author.value("id")},
                                   {"image", QJsonValue::Null},
                                   {"isBot", false},
                                   {"name", author.value("name")},
                                   {"status", "team"}}},
            {"creationTime", QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            {"id", nextId++},
            {"lastModifiedTime", QJsonValue::Null},
            {"message", item.value("message")},
        };
        messages.append(message);
        return message;
    }

    static QByteArray envelope(const QJsonArray& data) {
        return QJsonDocument(
                   QJsonObject{{"data", data}, {"errorCode", -1}, {"errorText", QJsonValue::Null}})
            .toJson();
    }

    QStringList texts() const {
        QStringList all;
        for (const QJsonObject& m : messages)
            all.append(m.value("message").toString());
        return all;
    }

    QList<QJsonObject> messages;
    int failAfter = -1; //!< store this many items of the next request, then answer 500
    qint64 nextId = 667100;
};

struct Desk {
    QTemporaryDir dir;
    History history;
    Transport transport;
    MemoryCredentials credentials;
    Account account;
    Conversation conversation;
    std::unique_ptr<Outbox> outbox;

    Desk(Backend backend, const QUrl& server, const QString& remoteId) {
        if (history.open(dir.filePath("h.sqlite")).status != History::OpenStatus::Ok)
            qFatal("cannot open the history");
        Account a;
        a.backend = backend;
        a.serverUrl = server;
        a.displayName = QStringLiteral("Support");
        a.userId = QStringLiteral("fc2481f6-28a4-4ca7-849a-344fd6ab1b20");
        a.username = QStringLiteral("John");
        a.email = QStringLiteral("john@dow.com");
        account = *history.addAccount(a);
        Conversation c;
        c.accountId = account.id;
        c.backend = backend;
        c.remoteId = remoteId;
        conversation = *history.upsertConversation(c);
        credentials.setSecret(account.id, QStringLiteral("secret-1"));
        restart();
    }

    void restart() {
        outbox = std::make_unique<Outbox>(&history, &transport, &credentials);
        Backoff::Policy quick;
        quick.base = std::chrono::milliseconds(30);
        quick.cap = std::chrono::milliseconds(100);
        outbox->setRetryPolicy(quick, 1);
    }

    DeliveryState state(const Message& m) const {
        const auto now = history.message(m.id);
        return now ? now->state : DeliveryState::None;
    }
};

} // namespace

class TestOutboxBackends : public QObject {
    Q_OBJECT

private slots:
    void onlyRepliesCarryingOurIdSkipTheSyncOfTheirSendingMark() {
        // A Sending mark may wait for the disk only where the server refuses a second copy.
        Message reply;
        reply.clientId = QStringLiteral("9b1d7e4e-0000-4000-8000-000000000001");
        Message imported = reply;
        imported.batchId = -1;
        imported.asVisitor = true; // an import: on the visitor's behalf
        QVERIFY(backendFor(Backend::RocketChat).makeDelivery()->deduplicates({reply}));
        QVERIFY(!backendFor(Backend::RocketChat).makeDelivery()->deduplicates({imported}));
        QVERIFY(!backendFor(Backend::SocialBoards).makeDelivery()->deduplicates({reply}));
        QVERIFY(!backendFor(Backend::LiveChatAI).makeDelivery()->deduplicates({reply}));
    }

    void socialBoardsSendsWhatWaitedAsOneRequest() {
        TestServer server;
        FakeSocialBoards board(server);
        Desk desk(Backend::SocialBoards, server.url(), QStringLiteral("4242"));
        QList<Message> queued; // typed while offline
        for (const char* text : {"Hello", "Let me check", "Done!"})
            queued.append(
                *desk.outbox->queueMessage(desk.conversation.id, QString::fromLatin1(text)));
        desk.outbox->start();
        QTRY_COMPARE(desk.state(queued.last()), DeliveryState::Sent);
        QCOMPARE(server.requests().size(), 1);
        const RecordedRequest& got = server.requests().first();
        QCOMPARE(got.method, QByteArray("POST"));
        QCOMPARE(got.header("authorization"), QByteArray("Bearer secret-1"));
        const QJsonArray items = got.json().array();
        QCOMPARE(items.size(), 3);
        QCOMPARE(items.at(1).toObject().value("message").toString(),
                 QStringLiteral("Let me check"));
        const QJsonObject author = items.at(0).toObject().value("author").toObject();
        QCOMPARE(author.value("id").toString(), desk.account.userId);
        QCOMPARE(author.value("email").toString(), desk.account.email);
        QCOMPARE(items.at(0).toObject().value("isByTeam"), QJsonValue(true));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(desk.history.message(queued.at(i).id)->remoteId, QString::number(667100 + i));
    }

    void socialBoardsBatchInDoubtResendsOnlyTheRest() {
        TestServer server;
        FakeSocialBoards board(server);
        board.failAfter = 2; // stores two of five, then answers 500
        Desk desk(Backend::SocialBoards, server.url(), QStringLiteral("4242"));
        const QStringList parts{"one", "two", "three", "four", "five"};
        const QList<Message> queued = desk.outbox->queueBatch(desk.conversation.id, parts);
        QCOMPARE(queued.size(), 5);
        desk.outbox->start();
        QTRY_COMPARE(desk.state(queued.last()), DeliveryState::Sent);
        QCOMPARE(board.texts(), parts); // each exactly once, in order
        const QList<RecordedRequest> posts = [&] {
            QList<RecordedRequest> only;
            for (const RecordedRequest& r : server.requests())
                if (r.method == "POST")
                    only.append(r);
            return only;
        }();
        QCOMPARE(posts.size(), 2);
        QCOMPARE(posts.last().json().array().size(), 3);
        QCOMPARE(posts.last().json().array().first().toObject().value("message").toString(),
                 QStringLiteral("three"));
        const RecordedRequest& read = server.requests().at(1);
        QCOMPARE(read.method, QByteArray("GET"));
        QCOMPARE(read.query.queryItemValue("orderBy"), QStringLiteral("creation_time_desc"));
        QCOMPARE(desk.history.message(queued.at(1).id)->remoteId, QStringLiteral("667101"));
    }

    void socialBoardsWithoutATokenSaysSo() {
        TestServer server;
        FakeSocialBoards board(server);
        Desk desk(Backend::SocialBoards, server.url(), QStringLiteral("4242"));
        desk.credentials.removeSecret(desk.account.id);
        const auto m = *desk.outbox->queueMessage(desk.conversation.id, QStringLiteral("hi"));
        desk.outbox->start();
        QTRY_COMPARE(desk.state(m), DeliveryState::Failed);
        QVERIFY(desk.history.message(m.id)->lastError.contains(QStringLiteral("access token")));
        QVERIFY(server.requests().isEmpty());

        desk.credentials.setSecret(desk.account.id, QStringLiteral("secret-1"));
        desk.outbox->retry(m.id);
        QTRY_COMPARE(desk.state(m), DeliveryState::Sent);
    }

    void liveChatAiRepliesOneByOne() {
        TestServer server;
        server.reply("POST", "/api/v2/conversations/chat_1234567890/reply", 200,
                     TestServer::fixture("livechatai-reply-200.json"));
        Desk desk(Backend::LiveChatAI, server.url(), QStringLiteral("chat_1234567890"));
        const auto m = *desk.outbox->queueMessage(
            desk.conversation.id,
            QStringLiteral("Thank you for your question. I'll help you with that right away."));
        desk.outbox->start();
        QTRY_COMPARE(desk.state(m), DeliveryState::Sent);
        QCOMPARE(server.requests().size(), 1);
        const RecordedRequest& got = server.requests().first();
        QCOMPARE(got.header("authorization"), QByteArray("Bearer secret-1"));
        QCOMPARE(got.json().object().value("message").toString(), m.text);
        QCOMPARE(got.json().object().value("userId").toString(), desk.account.userId);
        QCOMPARE(desk.history.message(m.id)->remoteId, QStringLiteral("msg_1234567890"));
    }

    void liveChatAiReplyInDoubtIsFoundInTheConversation() {
        TestServer server;
        const QByteArray conversation = R"({"status":"success","data":{
            "id":"chat_1","contactId":"c","agentId":"a","isResolved":false,"isAgent":true,
            "isMuted":false,"isStarred":false,"integrationType":"","lastMessageDate":null,
            "messages":[
              {"id":"msg_1","content":"Is it open?","role":"user","type":"TEXT",
               "createdAt":"2026-11-21T09:00:00Z"},
              {"id":"msg_2","content":"Yes, until 6pm.","role":"agent","type":"TEXT",
               "createdAt":"%1"}],
            "createdAt":"2026-11-21T09:00:00Z","updatedAt":"2026-11-21T09:00:00Z"}})";
        server.reply("GET", "/api/v2/conversations/chat_1", 200,
                     QString::fromUtf8(conversation)
                         .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
                         .toUtf8());
        server.reply("POST", "/api/v2/conversations/chat_1/reply", 200,
                     TestServer::fixture("livechatai-reply-200.json"));
        Desk desk(Backend::LiveChatAI, server.url(), QStringLiteral("chat_1"));
        auto m =
            *desk.outbox->queueMessage(desk.conversation.id, QStringLiteral("Yes, until 6pm."));
        m.state = DeliveryState::Sending; // killed while it was in flight
        m.attempts = 1;
        QVERIFY(desk.history.updateMessage(m));
        desk.restart();
        desk.outbox->start();
        QTRY_COMPARE(desk.state(m), DeliveryState::Sent);
        QCOMPARE(desk.history.message(m.id)->remoteId, QStringLiteral("msg_2"));
        QCOMPARE(server.requestsTo("/api/v2/conversations/chat_1/reply").size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOutboxBackends)
#include "tst_outbox_backends.moc"
