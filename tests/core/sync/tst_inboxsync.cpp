#include "TestServer.h"
#include "accounts/Credentials.h"
#include "net/Transport.h"
#include "store/History.h"
#include "sync/InboxSync.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace agentdesk;

//! The sync service against loopback servers answering with the vendors' shapes.
class TestInboxSync : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<History> m_history;
    Transport m_transport;
    MemoryCredentials m_credentials;

    Account addAccount(Backend backend, const QUrl& server) {
        Account account;
        account.backend = backend;
        account.serverUrl = server;
        account.displayName = backendKey(backend);
        account.userId = QStringLiteral("CkCPNcvsvCDfmWLqC");
        account.username = QStringLiteral("kim.jane");
        account.agentId = QStringLiteral("clx1234567890abcdef");
        const auto stored = m_history->addAccount(account);
        if (!stored)
            qFatal("cannot add account");
        m_credentials.setSecret(stored->id, QStringLiteral("secret-%1").arg(stored->id));
        return *stored;
    }

    bool pollOnce(InboxSync& sync) {
        QSignalSpy finished(&sync, &InboxSync::pollFinished);
        sync.pollSoon();
        return finished.wait(5000);
    }

    QList<Message> allMessages(qint64 conversationId) {
        return m_history->messagesBefore(conversationId, std::nullopt, 1000);
    }

private slots:
    void init() {
        QVERIFY(m_dir.isValid());
        m_history = std::make_unique<History>();
        const auto opened = m_history->open(
            m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction())));
        QCOMPARE(opened.status, History::OpenStatus::Ok);
    }
    void cleanup() { m_history.reset(); }

    void rocketChatRoomsAndHistoryAreMergedOnce() {
        TestServer server;
        QByteArray roomList = TestServer::fixture("rocketchat-rooms-200.json");
        server.on("GET", "/api/v1/livechat/rooms",
                  [&roomList](const RecordedRequest&, QHttpServerResponder& r) {
                      TestServer::respond(r, 200, roomList);
                  });
        QByteArray history = TestServer::fixture("rocketchat-messages-history-200.json");
        server.on("GET", "/api/v1/livechat/messages.history/hGFwSKA28nRKut3pD",
                  [&history](const RecordedRequest&, QHttpServerResponder& r) {
                      TestServer::respond(r, 200, history);
                  });
        server.reply("GET", "/api/v1/livechat/messages.history/9dQMveZhqxiDgCM3B", 200,
                     R"({"messages":[],"success":true})");
        const Account account = addAccount(Backend::RocketChat, server.url());
        InboxSync sync(m_history.get(), &m_transport, &m_credentials);
        QVERIFY(pollOnce(sync));

        const auto rooms = server.requestsTo("/api/v1/livechat/rooms");
        QCOMPARE(rooms.size(), 1);
        QCOMPARE(rooms.first().query.queryItemValue("agents[]"),
                 QStringLiteral("CkCPNcvsvCDfmWLqC"));
        QCOMPARE(rooms.first().query.queryItemValue("open"), QStringLiteral("true"));
        QCOMPARE(rooms.first().header("x-auth-token"),
                 QStringLiteral("secret-%1").arg(account.id).toUtf8());
        const auto read = server.requestsTo("/api/v1/livechat/messages.history/hGFwSKA28nRKut3pD");
        QCOMPARE(read.size(), 1);
        QCOMPARE(
            read.first().query.queryItemValue("token"),
            QStringLiteral("54fc5544030bcecda053311cb6b98920bdf953f242c129d7b8065000b1f9b2e9"));

        const QList<Conversation> conversations = m_history->conversations();
        QCOMPARE(conversations.size(), 2);
        const auto baek = m_history->conversationByRemoteId(account.id, "hGFwSKA28nRKut3pD");
        QVERIFY(baek);
        QCOMPARE(baek->visitorName, QStringLiteral("Baek"));
        // The first read is history, not news, except what the visitor wrote after the agent's
        // last reply: "Thanks, that fixed it!" waits for an answer.
        QCOMPARE(baek->unreadCount, 1);
        QCOMPARE(baek->lastMessagePreview, QStringLiteral("Thanks, that fixed it!"));
        const QList<Message> messages = allMessages(baek->id);
        QVERIFY(messages.size() >= 3);
        QCOMPARE(messages.last().text, QStringLiteral("Thanks, that fixed it!"));
        QCOMPARE(messages.last().direction, Direction::Incoming);
        bool sawAgent = false;
        for (const Message& m : messages) {
            if (m.remoteId == QLatin1String("pR7mK2vXe9QdT4sLb")) {
                sawAgent = true;
                QCOMPARE(m.direction, Direction::Outgoing);
                QCOMPARE(m.state, DeliveryState::Sent);
            }
        }
        QVERIFY(sawAgent);

        // A second poll adds nothing, and reads no room: no room's last message (`lm`) moved.
        QVERIFY(pollOnce(sync));
        QCOMPARE(allMessages(baek->id).size(), messages.size());
        QCOMPARE(server.requestsTo("/api/v1/livechat/messages.history/hGFwSKA28nRKut3pD").size(),
                 1);
        // A new visitor message moves the room's `lm`: the room is read from the newest message
        // we have on (`ls`), and the message is news.
        roomList.replace("2023-10-31T13:20:11.402Z", "2023-10-31T13:25:00.000Z");
        QJsonObject body = QJsonDocument::fromJson(history).object();
        QJsonArray list = body.value("messages").toArray();
        QJsonObject fresh = list.first().toObject();
        fresh["_id"] = "NewVisitorMsg0001";
        fresh["msg"] = "Are you still there?";
        fresh["ts"] = "2023-10-31T13:25:00.000Z";
        list.prepend(fresh);
        body["messages"] = list;
        history = QJsonDocument(body).toJson();
        QSignalSpy arrived(&sync, &InboxSync::visitorMessagesArrived);
        QVERIFY(pollOnce(sync));
        QCOMPARE(arrived.size(), 1);
        QCOMPARE(arrived.first().at(1).toInt(), 1);
        QCOMPARE(allMessages(baek->id).size(), messages.size() + 1);
        QCOMPARE(m_history->conversation(baek->id)->unreadCount, 2);
        const auto reads = server.requestsTo("/api/v1/livechat/messages.history/hGFwSKA28nRKut3pD");
        QCOMPARE(reads.size(), 2);
        QCOMPARE(reads.last().query.queryItemValue("ls", QUrl::FullyDecoded),
                 QStringLiteral("2023-10-31T13:20:11.402Z")); // the newest message we had
    }

    void aFirstReadCountsOnlyTheUnansweredVisitorMessages() {
        TestServer server;
        server.reply("GET", "/api/v1/livechat/rooms", 200,
                     TestServer::fixture("rocketchat-rooms-200.json"));
        // Baek: started, two visitor messages, the agent's reply, two more visitor messages.
        // The other room: the agent answered last.
        const auto message = [](const QString& id, const QString& user, const QString& text,
                                const QString& ts, const QString& type = {}) {
            QJsonObject m{{"_id", id},
                          {"rid", "r"},
                          {"msg", text},
                          {"ts", ts},
                          {"u", QJsonObject{{"_id", user}, {"username", user}}}};
            if (!type.isEmpty())
                m.insert("t", type);
            return m;
        };
        const QString visitor = QStringLiteral("6523dc0ba2f73c7460e18d4d");
        const QString agent = QStringLiteral("CkCPNcvsvCDfmWLqC");
        const QJsonArray baek{
            message("m6", visitor, "Hello?", "2023-10-31T13:20:11.402Z"), // the room's lm
            message("m5", visitor, "It still fails", "2023-10-31T13:19:00.000Z"),
            message("m4", agent, "Please reload", "2023-10-31T13:18:00.000Z"),
            message("m3", visitor, "It fails", "2023-10-31T13:17:00.000Z"),
            message("m2", visitor, "Hi", "2023-10-31T13:16:00.000Z"),
            message("m1", visitor, "", "2023-10-31T13:15:00.000Z", "livechat-started"),
        };
        const QJsonArray other{
            message("o2", agent, "You're welcome", "2023-10-31T12:01:00.000Z"),
            message("o1", "guest-7", "Thanks", "2023-10-31T12:00:00.000Z"),
        };
        const auto body = [](const QJsonArray& messages) {
            return QJsonDocument(QJsonObject{{"messages", messages}, {"success", true}}).toJson();
        };
        server.reply("GET", "/api/v1/livechat/messages.history/hGFwSKA28nRKut3pD", 200, body(baek));
        server.reply("GET", "/api/v1/livechat/messages.history/9dQMveZhqxiDgCM3B", 200,
                     body(other));
        const Account account = addAccount(Backend::RocketChat, server.url());
        InboxSync sync(m_history.get(), &m_transport, &m_credentials);
        QVERIFY(pollOnce(sync));
        const auto waiting = m_history->conversationByRemoteId(account.id, "hGFwSKA28nRKut3pD");
        QVERIFY(waiting);
        QCOMPARE(allMessages(waiting->id).size(), 6);
        QCOMPARE(waiting->unreadCount, 2);
        QCOMPARE(waiting->lastMessagePreview, QStringLiteral("Hello?"));
        const auto answered = m_history->conversationByRemoteId(account.id, "9dQMveZhqxiDgCM3B");
        QVERIFY(answered);
        QCOMPARE(answered->unreadCount, 0);
    }

    void serverCopyOfOurReplyConfirmsTheLocalEcho() {
        TestServer server;
        server.reply("GET", "/api/v1/livechat/rooms", 200,
                     TestServer::fixture("rocketchat-rooms-200.json"));
        server.reply("GET", "/api/v1/livechat/messages.history/9dQMveZhqxiDgCM3B", 200,
                     R"({"messages":[],"success":true})");
        const Account account = addAccount(Backend::RocketChat, server.url());
        InboxSync sync(m_history.get(), &m_transport, &m_credentials);
        server.reply("GET", "/api/v1/livechat/messages.history/hGFwSKA28nRKut3pD", 200,
                     R"({"messages":[],"success":true})");
        QVERIFY(pollOnce(sync));
        const auto baek = m_history->conversationByRemoteId(account.id, "hGFwSKA28nRKut3pD");
        QVERIFY(baek);

        Message echo;
        echo.conversationId = baek->id;
        echo.clientId = QStringLiteral("client-echo-1");
        echo.direction = Direction::Outgoing;
        echo.text = QStringLiteral("On it!");
        echo.createdAt = QDateTime::currentDateTimeUtc();
        echo.state = DeliveryState::Sending;
        const auto local = m_history->addMessage(echo);
        QVERIFY(local);

        QByteArray moved = TestServer::fixture("rocketchat-rooms-200.json");
        moved.replace("2023-10-31T13:20:11.402Z", "2023-10-31T13:30:00.000Z");
        server.reply("GET", "/api/v1/livechat/rooms", 200, moved);
        server.reply(
            "GET", "/api/v1/livechat/messages.history/hGFwSKA28nRKut3pD", 200,
            R"({"messages":[{"_id":"client-echo-1","rid":"hGFwSKA28nRKut3pD","msg":"On it!",
                        "ts":"2023-10-31T13:30:00.000Z","u":{"_id":"CkCPNcvsvCDfmWLqC","username":"kim.jane"}}],
                        "success":true})");
        QVERIFY(pollOnce(sync));
        const QList<Message> messages = allMessages(baek->id);
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.first().id, local->id);
        QCOMPARE(messages.first().state, DeliveryState::Sent);
        QCOMPARE(messages.first().remoteId, QStringLiteral("client-echo-1"));
    }

    void roomsThatDisappearAreClosed() {
        TestServer server;
        server.reply("GET", "/api/v1/livechat/rooms", 200,
                     TestServer::fixture("rocketchat-rooms-200.json"));
        server.reply("GET", "/api/v1/livechat/messages.history/hGFwSKA28nRKut3pD", 200,
                     R"({"messages":[],"success":true})");
        server.reply("GET", "/api/v1/livechat/messages.history/9dQMveZhqxiDgCM3B", 200,
                     R"({"messages":[],"success":true})");
        const Account account = addAccount(Backend::RocketChat, server.url());
        InboxSync sync(m_history.get(), &m_transport, &m_credentials);
        QVERIFY(pollOnce(sync));
        server.reply("GET", "/api/v1/livechat/rooms", 200,
                     R"({"rooms":[],"count":0,"offset":0,"total":0,"success":true})");
        QVERIFY(pollOnce(sync));
        for (const Conversation& c : m_history->conversations())
            QVERIFY2(!c.open, qPrintable(c.remoteId));
        QCOMPARE(m_history->conversations().size(), 2); // kept, for the history
        Q_UNUSED(account);
    }

    void socialBoardsConversationsAreReadById() {
        TestServer server;
        server.reply("GET", "/chat/conversations/42/messages", 200,
                     TestServer::fixture("socialboards-read-messages-200.json"));
        const Account account = addAccount(Backend::SocialBoards, server.url());
        InboxSync sync(m_history.get(), &m_transport, &m_credentials);
        const auto conversation = sync.addSocialBoardsConversation(account.id, 42);
        QVERIFY(conversation);
        QVERIFY(!sync.addSocialBoardsConversation(account.id, -1));
        QVERIFY(pollOnce(sync));
        const auto got = server.requestsTo("/chat/conversations/42/messages");
        QVERIFY(!got.isEmpty());
        QCOMPARE(got.first().header("authorization"),
                 QStringLiteral("Bearer secret-%1").arg(account.id).toUtf8());
        QCOMPARE(got.first().query.queryItemValue("orderBy"), QStringLiteral("creation_time_desc"));
        const QList<Message> messages = allMessages(conversation->id);
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.first().remoteId, QStringLiteral("667155")); // oldest first
        QCOMPARE(messages.first().direction, Direction::Incoming);
        QCOMPARE(messages.first().author, QStringLiteral("John"));
        const auto named = m_history->conversation(conversation->id);
        QCOMPARE(named->visitorName, QStringLiteral("John")); // no longer "Conversation 42"
        QCOMPARE(named->visitorEmail, QStringLiteral("john@dow.com"));
        QVERIFY(pollOnce(sync));
        QCOMPARE(allMessages(conversation->id).size(), 2);
    }

    void liveChatAiConversationsAreDiscovered() {
        TestServer server;
        server.reply("GET", "/api/v2/conversations", 200,
                     TestServer::fixture("livechatai-list-conversations-200.json"));
        server.reply("GET", "/api/v2/conversations/chat_1234567890", 200,
                     TestServer::fixture("livechatai-get-conversation-200.json"));
        const Account account = addAccount(Backend::LiveChatAI, server.url());
        InboxSync sync(m_history.get(), &m_transport, &m_credentials);
        QVERIFY(pollOnce(sync));
        const auto list = server.requestsTo("/api/v2/conversations");
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().query.queryItemValue("agentId"),
                 QStringLiteral("clx1234567890abcdef"));
        QCOMPARE(list.first().query.queryItemValue("status"), QStringLiteral("open"));
        const auto conversation = m_history->conversationByRemoteId(account.id, "chat_1234567890");
        QVERIFY(conversation);
        QCOMPARE(conversation->visitorName, QStringLiteral("John Doe"));
        const QList<Message> messages = allMessages(conversation->id);
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.first().text, QStringLiteral("What are your business hours?"));
        QCOMPARE(messages.first().direction, Direction::Incoming);
        // Unchanged since the last read: not fetched again.
        QVERIFY(pollOnce(sync));
        QCOMPARE(server.requestsTo("/api/v2/conversations/chat_1234567890").size(), 1);
    }

    void theAiColleaguesConversationsStayOutOfTheVisitorList() {
        // LiveChatAI lists the conversations the AI panel opened (asking the AI starts one) with
        // the visitors' ones; they are the AI colleague's, not visitors.
        QJsonObject list =
            QJsonDocument::fromJson(TestServer::fixture("livechatai-list-conversations-200.json"))
                .object();
        QJsonObject data = list.value("data").toObject();
        QJsonArray conversations = data.value("conversations").toArray();
        for (const char* id : {"ai-panel-1", "ai-panel-2"}) {
            conversations.append(QJsonObject{{"id", id},
                                             {"isResolved", false},
                                             {"lastMessageDate", "2024-01-21T09:00:00Z"},
                                             {"createdAt", "2024-01-21T09:00:00Z"},
                                             {"updatedAt", "2024-01-21T09:00:00Z"}});
        }
        data["conversations"] = conversations;
        list["data"] = data;
        TestServer server;
        server.reply("GET", "/api/v2/conversations", 200, QJsonDocument(list).toJson());
        server.reply("GET", "/api/v2/conversations/chat_1234567890", 200,
                     TestServer::fixture("livechatai-get-conversation-200.json"));
        for (const char* id : {"ai-panel-1", "ai-panel-2"}) {
            const QJsonObject asked{
                {"status", "success"},
                {"data", QJsonObject{{"id", id},
                                     {"isResolved", false},
                                     {"messages", QJsonArray{QJsonObject{
                                                      {"id", QStringLiteral("%1-q").arg(id)},
                                                      {"content", "When are you open?"},
                                                      {"role", "user"},
                                                      {"type", "TEXT"},
                                                      {"createdAt", "2024-01-21T09:00:00Z"}}}}}}};
            server.reply("GET", QStringLiteral("/api/v2/conversations/%1").arg(id), 200,
                         QJsonDocument(asked).toJson());
        }
        const Account account = addAccount(Backend::LiveChatAI, server.url());
        Conversation visitor;
        visitor.accountId = account.id;
        visitor.backend = Backend::LiveChatAI;
        visitor.remoteId = QStringLiteral("desk-room");
        const qint64 deskId = m_history->upsertConversation(visitor)->id;
        // The panel recorded ai-panel-1 before the sync ran.
        AiExchange first;
        first.conversationId = deskId;
        first.question = QStringLiteral("When are you open?");
        first.aiConversationId = QStringLiteral("ai-panel-1");
        QVERIFY(m_history->addAiExchange(first));

        const auto listed = [&] {
            QStringList ids;
            for (const Conversation& c : m_history->conversations())
                ids << c.remoteId;
            ids.sort();
            return ids;
        };
        {
            InboxSync sync(m_history.get(), &m_transport, &m_credentials);
            QVERIFY(pollOnce(sync));
            QVERIFY(server.requestsTo("/api/v2/conversations/ai-panel-1").isEmpty());
            // ai-panel-2 is being asked in: its answer has not come back, the sync saw it first
            QCOMPARE(listed(), QStringList({"ai-panel-2", "chat_1234567890", "desk-room"}));
            AiExchange second;
            second.question = QStringLiteral("When are you open?");
            second.aiConversationId = QStringLiteral("ai-panel-2"); // asked outside any room
            QVERIFY(m_history->addAiExchange(second));
            QCOMPARE(listed(), QStringList({"chat_1234567890", "desk-room"}));
            QVERIFY(pollOnce(sync));
            QCOMPARE(listed(), QStringList({"chat_1234567890", "desk-room"}));
        }

        // After a restart the AI colleague's conversations are still known.
        const QString path = m_history->path();
        m_history = std::make_unique<History>();
        QCOMPARE(m_history->open(path).status, History::OpenStatus::Ok);
        InboxSync again(m_history.get(), &m_transport, &m_credentials);
        QVERIFY(pollOnce(again));
        QCOMPARE(listed(), QStringList({"chat_1234567890", "desk-room"}));
        QCOMPARE(server.requestsTo("/api/v2/conversations/ai-panel-2").size(), 1);
    }

    void failuresAreReportedPerAccount() {
        TestServer server;
        server.reply("GET", "/api/v1/livechat/rooms", 401,
                     TestServer::fixture("rocketchat-401.json"));
        const Account account = addAccount(Backend::RocketChat, server.url());
        Account keyless;
        keyless.backend = Backend::LiveChatAI;
        keyless.serverUrl = server.url();
        keyless.agentId = QStringLiteral("a");
        const auto noKey = m_history->addAccount(keyless);
        QVERIFY(noKey);
        InboxSync sync(m_history.get(), &m_transport, &m_credentials);
        QSignalSpy status(&sync, &InboxSync::accountStatusChanged);
        QVERIFY(pollOnce(sync));
        QCOMPARE(status.size(), 2);
        QVERIFY(sync.accountProblem(account.id).contains("You must be logged in"));
        QVERIFY(!sync.accountProblem(noKey->id).isEmpty());
        QVERIFY(server.requestsTo("/api/v2/conversations").isEmpty()); // no key, no request
    }

    void aRateLimitedAccountWaitsAsTheServerSays() {
        TestServer server;
        server.reply("GET", "/api/v1/livechat/rooms", 429,
                     TestServer::fixture("rocketchat-429.json"), {{"Retry-After", "30"}});
        const Account account = addAccount(Backend::RocketChat, server.url());
        InboxSync sync(m_history.get(), &m_transport, &m_credentials);
        sync.setRealtimeEnabled(false); // the loopback server has no websocket
        QVERIFY(pollOnce(sync));
        QCOMPARE(server.requestsTo("/api/v1/livechat/rooms").size(), 1);
        QVERIFY(!sync.accountProblem(account.id).isEmpty());
        // The next rounds leave the account alone until Retry-After has passed.
        QVERIFY(pollOnce(sync));
        QVERIFY(pollOnce(sync));
        QCOMPARE(server.requestsTo("/api/v1/livechat/rooms").size(), 1);
    }

    void roundsStopAtTheRateLimitBudget() {
        TestServer server;
        // One request left in this window, which ends in 30 s.
        const QByteArray reset = QByteArray::number(QDateTime::currentMSecsSinceEpoch() + 30'000);
        const HeaderList budget = {{"X-RateLimit-Limit", "10"},
                                   {"X-RateLimit-Remaining", "0"},
                                   {"X-RateLimit-Reset", reset}};
        server.reply("GET", "/api/v1/livechat/rooms", 200,
                     TestServer::fixture("rocketchat-rooms-200.json"), budget);
        server.reply("GET", "/api/v1/livechat/messages.history/hGFwSKA28nRKut3pD", 200,
                     R"({"messages":[],"success":true})", budget);
        server.reply("GET", "/api/v1/livechat/messages.history/9dQMveZhqxiDgCM3B", 200,
                     R"({"messages":[],"success":true})", budget);
        const Account account = addAccount(Backend::RocketChat, server.url());
        InboxSync sync(m_history.get(), &m_transport, &m_credentials);
        sync.setRealtimeEnabled(false);
        QVERIFY(pollOnce(sync));
        // The first room read said the route's budget is spent: the second room waits for the
        // window instead of collecting a 429, and that is no error.
        const int reads =
            int(server.requestsTo("/api/v1/livechat/messages.history/hGFwSKA28nRKut3pD").size() +
                server.requestsTo("/api/v1/livechat/messages.history/9dQMveZhqxiDgCM3B").size());
        QCOMPARE(reads, 1);
        QVERIFY(sync.accountProblem(account.id).isEmpty());
        QVERIFY(pollOnce(sync));
        QCOMPARE(server.requestsTo("/api/v1/livechat/rooms").size(), 1);
    }

    void pollingBacksOffWhileQuiet() {
        TestServer server;
        server.reply("GET", "/chat/conversations/7/messages", 200,
                     R"({"data":[],"errorCode":-1,"errorText":null})");
        const Account account = addAccount(Backend::SocialBoards, server.url());
        InboxSync sync(m_history.get(), &m_transport, &m_credentials);
        sync.setIntervals(20, 100);
        QVERIFY(sync.addSocialBoardsConversation(account.id, 7));
        QSignalSpy finished(&sync, &InboxSync::pollFinished);
        sync.start();
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 6, 10000);
        QCOMPARE(sync.currentIntervalMs(), 100); // grew to the idle cap
        sync.pollSoon();
        QCOMPARE(sync.currentIntervalMs(), 20);
        sync.stop();
    }
};

QTEST_GUILESS_MAIN(TestInboxSync)
#include "tst_inboxsync.moc"
