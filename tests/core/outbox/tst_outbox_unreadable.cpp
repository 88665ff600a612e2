#include "FakeRocketChat.h"
#include "TestServer.h"
#include "accounts/Credentials.h"
#include "net/Transport.h"
#include "outbox/Outbox.h"
#include "store/History.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace agentdesk;

namespace {

//! How a hostile or broken server answers a send it has (or has not) carried out.
enum class Answer {
    Malformed,  //!< stored, then 200 with JSON cut off mid-way (the length matches)
    WrongTypes, //!< stored, then 200 whose every string is a number
    Truncated,  //!< stored, then 200 declaring the whole answer and sending half of it
    TooLarge,   //!< stored, then 200 larger than the Transport's cap (no Content-Length)
    SeeOther,   //!< stored, then 303 to another server
    Redirected, //!< not stored: 301/302/307/308 to another server (`status`)
};

QJsonValue everyStringANumber(const QJsonValue& value) {
    if (value.isString())
        return 7;
    if (value.isArray()) {
        QJsonArray changed;
        for (const QJsonValue& item : value.toArray())
            changed.append(everyStringANumber(item));
        return changed;
    }
    if (value.isObject()) {
        QJsonObject changed;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            changed.insert(it.key(), everyStringANumber(it.value()));
        return changed;
    }
    return value;
}

constexpr qint64 kCap = 64 * 1024; //!< the Transport's size cap in these tests

//! Writes `good` (the answer a well-behaved server would give) spoiled as `how` says.
void spoil(QHttpServerResponder& r, const QByteArray& good, Answer how, int status,
           const QUrl& elsewhere) {
    switch (how) {
    case Answer::Malformed:
        return TestServer::respond(r, 200, good.left(good.size() / 2));
    case Answer::WrongTypes:
        return TestServer::respond(
            r, 200,
            QJsonDocument(everyStringANumber(QJsonDocument::fromJson(good).object()).toObject())
                .toJson());
    case Answer::Truncated:
        r.writeStatusLine(QHttpServerResponder::StatusCode::Ok);
        r.writeHeader("Content-Type", "application/json");
        r.writeHeader("Content-Length", QByteArray::number(good.size()));
        r.writeBody(good.left(good.size() / 2));
        r.socket()->flush();
        return r.socket()->disconnectFromHost();
    case Answer::TooLarge:
        r.writeStatusLine(QHttpServerResponder::StatusCode::Ok);
        r.writeHeader("Content-Type", "application/json");
        r.writeBody(good + QByteArray(2 * kCap, ' ')); // valid JSON, read until closed
        r.socket()->flush();
        return r.socket()->disconnectFromHost();
    case Answer::SeeOther:
    case Answer::Redirected:
        return TestServer::respond(r, status, {}, {{"Location", elsewhere.toEncoded()}});
    }
}

//! A SocialBoards conversation 4242 that stores what is added and lists it newest first.
struct SocialBoardsConversation {
    static constexpr auto kPath = "/chat/conversations/4242/messages";
    QList<QJsonObject> messages;
    qint64 nextId = 667100;

    static QByteArray envelope(const QJsonArray& data) {
        return QJsonDocument(
                   QJsonObject{{"data", data}, {"errorCode", -1}, {"errorText", QJsonValue::Null}})
            .toJson();
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

    QByteArray newestFirst() const {
        QJsonArray all;
        for (auto m = messages.crbegin(); m != messages.crend(); ++m)
            all.append(*m);
        return envelope(all);
    }
};

//! A LiveChatAI conversation chat_1 that keeps the replies it is sent.
struct LiveChatAIConversation {
    static constexpr auto kReplyPath = "/api/v2/conversations/chat_1/reply";
    static constexpr auto kReadPath = "/api/v2/conversations/chat_1";
    QJsonArray messages;

    QByteArray store(const QString& text) {
        const QString id = QStringLiteral("msg_%1").arg(messages.size() + 1);
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        messages.append(QJsonObject{{"id", id},
                                    {"content", text},
                                    {"role", "agent"},
                                    {"type", "TEXT"},
                                    {"createdAt", now}});
        QJsonObject answer =
            QJsonDocument::fromJson(TestServer::fixture("livechatai-reply-200.json")).object();
        QJsonObject data = answer.value("data").toObject();
        data["messageId"] = id;
        QJsonObject message = data.value("message").toObject();
        message["id"] = id;
        message["text"] = text;
        message["createdAt"] = now;
        data["message"] = message;
        answer["data"] = data;
        return QJsonDocument(answer).toJson();
    }

    QByteArray read() const {
        return QJsonDocument(
                   QJsonObject{{"status", "success"},
                               {"data", QJsonObject{{"id", "chat_1"},
                                                    {"contactId", "c"},
                                                    {"agentId", "a"},
                                                    {"isResolved", false},
                                                    {"isAgent", true},
                                                    {"isMuted", false},
                                                    {"isStarred", false},
                                                    {"integrationType", ""},
                                                    {"lastMessageDate", QJsonValue::Null},
                                                    {"messages", messages},
                                                    {"createdAt", "2026-11-21T09:00:00Z"},
                                                    {"updatedAt", "2026-11-21T09:00:00Z"}}}})
            .toJson();
    }
};

//! A history with one account and conversation on `server`, and an outbox with quick retries.
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
        c.visitorToken = QStringLiteral("token-1");
        conversation = *history.upsertConversation(c);
        credentials.setSecret(account.id, QStringLiteral("secret-1"));
        transport.setLimits(
            {.inactivityMs = 5'000, .deadlineMs = 10'000, .maxResponseBytes = kCap});
        outbox = std::make_unique<Outbox>(&history, &transport, &credentials);
        Backoff::Policy quick;
        quick.base = std::chrono::milliseconds(30);
        quick.cap = std::chrono::milliseconds(100);
        outbox->setRetryPolicy(quick, 1);
    }

    Message reread(const Message& m) const { return history.message(m.id).value_or(Message()); }
};

QList<RecordedRequest> posts(const TestServer& server) {
    QList<RecordedRequest> only;
    for (const RecordedRequest& r : server.requests()) {
        if (r.method == "POST")
            only.append(r);
    }
    return only;
}

} // namespace

//! A send whose answer cannot be read (point 4 of issue 18) or that was redirected (point 6)
//! on every backend: what the server stored is found by reading back and ends Sent, once; a
//! redirect is never taken for a delivery.
class TestOutboxUnreadable : public QObject {
    Q_OBJECT

    static void addAnswers() {
        QTest::addColumn<int>("answer");
        QTest::newRow("malformed") << int(Answer::Malformed);
        QTest::newRow("wrong types") << int(Answer::WrongTypes);
        QTest::newRow("truncated") << int(Answer::Truncated);
        QTest::newRow("too large") << int(Answer::TooLarge);
        QTest::newRow("303 elsewhere") << int(Answer::SeeOther);
    }

private slots:
    void rocketChatReplyWithAnUnreadableAnswerIsFoundAndSentOnce_data() { addAnswers(); }
    void rocketChatReplyWithAnUnreadableAnswerIsFoundAndSentOnce() {
        QFETCH(int, answer);
        FakeRocketChat server;
        TestServer elsewhere;
        const QUrl landing = elsewhere.url().resolved(QUrl("/landing"));
        server.setSendHook([&](const RecordedRequest& request, QHttpServerResponder& r,
                               bool& storeAnyway) {
            if (server.storedIds().size() > 0)
                return true; // a second copy: the server's own answer (400, already there)
            const QJsonObject m = request.json().object().value("message").toObject();
            storeAnyway = true;
            spoil(r,
                  FakeRocketChat::messageJson(m.value("_id").toString(), m.value("rid").toString(),
                                              m.value("msg").toString(), {}),
                  Answer(answer), 303, landing);
            return false;
        });
        Desk desk(Backend::RocketChat, server.url(), QStringLiteral("room-1"));
        desk.outbox->start();
        const auto m = *desk.outbox->queueMessage(desk.conversation.id, QStringLiteral("Hello"));
        QTRY_COMPARE_WITH_TIMEOUT(desk.reread(m).state, DeliveryState::Sent, 10'000);
        QCOMPARE(server.storedIds(), QStringList{m.clientId}); // once
        QCOMPARE(server.duplicatesRefused(), 0);               // found, not sent again
        QVERIFY(server.lookupsOf(m.clientId) >= 1);
        QCOMPARE(desk.reread(m).remoteId, m.clientId);
        QCOMPARE(elsewhere.requests().size(), 0);
    }

    void socialBoardsBatchWithAnUnreadableAnswerIsFoundAndSentOnce_data() { addAnswers(); }
    void socialBoardsBatchWithAnUnreadableAnswerIsFoundAndSentOnce() {
        QFETCH(int, answer);
        TestServer server;
        TestServer elsewhere;
        SocialBoardsConversation board;
        server.on("POST", SocialBoardsConversation::kPath,
                  [&](const RecordedRequest& request, QHttpServerResponder& r) {
                      QJsonArray added;
                      for (const QJsonValue& item : request.json().array())
                          added.append(board.store(item.toObject()));
                      spoil(r, SocialBoardsConversation::envelope(added), Answer(answer), 303,
                            elsewhere.url().resolved(QUrl("/landing")));
                  });
        server.on("GET", SocialBoardsConversation::kPath,
                  [&](const RecordedRequest&, QHttpServerResponder& r) {
                      TestServer::respond(r, 200, board.newestFirst());
                  });
        Desk desk(Backend::SocialBoards, server.url(), QStringLiteral("4242"));
        const QStringList parts{"one", "two", "three"};
        const QList<Message> queued = desk.outbox->queueBatch(desk.conversation.id, parts);
        QCOMPARE(queued.size(), 3);
        desk.outbox->start();
        QTRY_COMPARE_WITH_TIMEOUT(desk.reread(queued.last()).state, DeliveryState::Sent, 10'000);
        QCOMPARE(posts(server).size(), 1); // read back, not sent again
        QCOMPARE(board.messages.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(board.messages.at(i).value("message").toString(), parts.at(i));
            QCOMPARE(desk.reread(queued.at(i)).state, DeliveryState::Sent);
            QCOMPARE(desk.reread(queued.at(i)).remoteId, QString::number(667100 + i));
        }
        QCOMPARE(elsewhere.requests().size(), 0);
    }

    void liveChatAiReplyWithAnUnreadableAnswerIsFoundAndSentOnce_data() { addAnswers(); }
    void liveChatAiReplyWithAnUnreadableAnswerIsFoundAndSentOnce() {
        QFETCH(int, answer);
        TestServer server;
        TestServer elsewhere;
        LiveChatAIConversation chat;
        server.on("POST", LiveChatAIConversation::kReplyPath,
                  [&](const RecordedRequest& request, QHttpServerResponder& r) {
                      spoil(r, chat.store(request.json().object().value("message").toString()),
                            Answer(answer), 303, elsewhere.url().resolved(QUrl("/landing")));
                  });
        server.on("GET", LiveChatAIConversation::kReadPath,
                  [&](const RecordedRequest&, QHttpServerResponder& r) {
                      TestServer::respond(r, 200, chat.read());
                  });
        Desk desk(Backend::LiveChatAI, server.url(), QStringLiteral("chat_1"));
        desk.outbox->start();
        const auto m =
            *desk.outbox->queueMessage(desk.conversation.id, QStringLiteral("Yes, until 6pm."));
        QTRY_COMPARE_WITH_TIMEOUT(desk.reread(m).state, DeliveryState::Sent, 10'000);
        QCOMPARE(posts(server).size(), 1);
        QCOMPARE(chat.messages.size(), 1);
        QCOMPARE(desk.reread(m).remoteId, QStringLiteral("msg_1"));
        QCOMPARE(elsewhere.requests().size(), 0);
    }

    void aRedirectedReplyIsRefusedWithItsTarget_data() {
        QTest::addColumn<int>("backend");
        QTest::addColumn<int>("status");
        for (const auto& [name, backend] : {std::pair("rocketchat", Backend::RocketChat),
                                            std::pair("socialboards", Backend::SocialBoards),
                                            std::pair("livechatai", Backend::LiveChatAI)}) {
            for (const int status : {301, 302, 307, 308})
                QTest::addRow("%s %d", name, status) << int(backend) << status;
        }
    }
    void aRedirectedReplyIsRefusedWithItsTarget() {
        // The other server answers the GET a redirect would become as a successful send would:
        // had it been followed, the reply would read as delivered.
        QFETCH(int, backend);
        QFETCH(int, status);
        TestServer server;
        TestServer elsewhere;
        const QUrl landing = elsewhere.url().resolved(QUrl("/landing"));
        QString remoteId;
        QByteArray sendPath;
        QByteArray success;
        switch (Backend(backend)) {
        case Backend::RocketChat:
            remoteId = QStringLiteral("room-1");
            sendPath = FakeRocketChat::kSendPath;
            success = FakeRocketChat::messageJson("x", "room-1", "Hello", {});
            break;
        case Backend::SocialBoards:
            remoteId = QStringLiteral("4242");
            sendPath = SocialBoardsConversation::kPath;
            success = SocialBoardsConversation::envelope(
                {SocialBoardsConversation().store({{"message", "Hello"}})});
            break;
        default:
            remoteId = QStringLiteral("chat_1");
            sendPath = LiveChatAIConversation::kReplyPath;
            success = LiveChatAIConversation().store(QStringLiteral("Hello"));
            break;
        }
        server.on("POST", QString::fromLatin1(sendPath),
                  [&](const RecordedRequest&, QHttpServerResponder& r) {
                      spoil(r, {}, Answer::Redirected, status, landing);
                  });
        for (const QByteArray method : {"GET", "POST"})
            elsewhere.reply(method, "/landing", 200, success);
        Desk desk(Backend(backend), server.url(), remoteId);
        desk.outbox->start();
        const auto m = *desk.outbox->queueMessage(desk.conversation.id, QStringLiteral("Hello"));
        QTRY_COMPARE_WITH_TIMEOUT(desk.reread(m).state, DeliveryState::Failed, 10'000);
        QCOMPARE(posts(server).size(), 1);
        QCOMPARE(elsewhere.requests().size(), 0); // not a byte went there
        const QString why = desk.reread(m).lastError;
        QVERIFY2(why.contains(QStringLiteral("127.0.0.1:%1").arg(elsewhere.port())),
                 qPrintable(why)); // the target is named
        if (status == 301 || status == 302)
            QVERIFY2(why.contains(landing.toDisplayString()) && why.contains("not delivered"),
                     qPrintable(why));
        QVERIFY(desk.reread(m).remoteId.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOutboxUnreadable)
#include "tst_outbox_unreadable.moc"
