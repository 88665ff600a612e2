#include "HistorySql.h"
#include "store/History.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace agentdesk;

//! Accounts, conversations and messages: CRUD, keyset paging, signals, merging remote copies.
class TestHistory : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<History> m_history;
    qint64 m_accountId = 0;
    qint64 m_conversationId = 0;

    static QDateTime at(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC); }

    Message incoming(const QString& text, qint64 ms, qint64 conversationId = 0) {
        Message message;
        message.conversationId = conversationId ? conversationId : m_conversationId;
        message.direction = Direction::Incoming;
        message.author = QStringLiteral("visitor");
        message.text = text;
        message.createdAt = at(ms);
        return message;
    }

    Message queued(const QString& text, const QString& clientId, qint64 ms) {
        Message message = incoming(text, ms);
        message.direction = Direction::Outgoing;
        message.author = QStringLiteral("agent");
        message.clientId = clientId;
        message.state = DeliveryState::Queued;
        return message;
    }

private slots:
    void init() {
        QVERIFY(m_dir.isValid());
        m_history = std::make_unique<History>();
        const auto outcome = m_history->open(
            m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction())));
        QCOMPARE(outcome.status, History::OpenStatus::Ok);
        QVERIFY(m_history->isOpen());

        Account account;
        account.backend = Backend::RocketChat;
        account.serverUrl = QUrl(QStringLiteral("https://chat.example.org"));
        account.displayName = QStringLiteral("Acme support");
        account.userId = QStringLiteral("u1");
        account.username = QStringLiteral("agent");
        const auto added = m_history->addAccount(account);
        QVERIFY2(added, qPrintable(m_history->lastError()));
        m_accountId = added->id;

        Conversation conversation;
        conversation.accountId = m_accountId;
        conversation.backend = Backend::RocketChat;
        conversation.remoteId = QStringLiteral("room-1");
        conversation.visitorToken = QStringLiteral("visitor-token");
        conversation.title = QStringLiteral("Alice");
        const auto stored = m_history->upsertConversation(conversation);
        QVERIFY2(stored, qPrintable(m_history->lastError()));
        m_conversationId = stored->id;
    }

    void cleanup() {
        // whatever a test did, the file and the search index agree with the messages
        if (m_history->isOpen()) {
            QVERIFY2(m_history->checkIntegrity(), qPrintable(m_history->lastError()));
            HistorySql sql(*m_history);
            QSqlQuery check(sql.database());
            QVERIFY2(check.exec(QStringLiteral("INSERT INTO messages_fts(messages_fts, rank)"
                                               " VALUES ('integrity-check', 1)")),
                     qPrintable(check.lastError().text()));
        }
        m_history.reset();
    }

    void pragmasAreInEffect() {
        // read on the history's own connection (synchronous, foreign_keys and busy_timeout are
        // per connection); a pragma that cannot be read is invalid and fails its comparison
        const auto pragma = [this](const char* name) {
            return m_history->pragma(QLatin1String(name));
        };
        QCOMPARE(pragma("journal_mode").toString(), QStringLiteral("wal"));
        QCOMPARE(pragma("synchronous").toInt(), 2); // FULL
        QCOMPARE(pragma("foreign_keys").toInt(), 1);
        QVERIFY(pragma("busy_timeout").toInt() >= 1000);
        QCOMPARE(pragma("user_version").toInt(), History::schemaVersion());
    }

    void historyDoesNotWaitForTheDiskButLeavesItToTheOutbox() {
        // a batch of history and a merge commit with synchronous=NORMAL, then the connection is
        // back at FULL for the outbox's writes; a rolled back batch too
        const auto level = [this] {
            const QVariant value = m_history->pragma(QStringLiteral("synchronous"));
            return value.isValid() ? value.toInt() : -1;
        };
        QCOMPARE(m_history
                     ->addMessages(
                         {incoming(QStringLiteral("a"), 10), incoming(QStringLiteral("b"), 11)})
                     .size(),
                 2);
        QCOMPARE(level(), 2);
        Message remote = incoming(QStringLiteral("c"), 12);
        remote.remoteId = QStringLiteral("r-1");
        QVERIFY(m_history->mergeRemoteMessage(remote).first);
        QCOMPARE(level(), 2);
        QVERIFY(m_history->addMessages({incoming(QStringLiteral("d"), 13, 987654)}).isEmpty());
        QCOMPARE(level(), 2);
        QVERIFY(m_history->addMessage(queued(QStringLiteral("e"), QStringLiteral("c-e"), 14)));
        QCOMPARE(level(), 2);
        QCOMPARE(m_history->messageCount(m_conversationId), 4);
    }

    void databasePathUsesTheDataDir() {
        const QString dir = m_dir.filePath(QStringLiteral("workspace/nested"));
        const QString path = History::databasePath(dir);
        QCOMPARE(path, QDir(dir).absoluteFilePath(QStringLiteral("history.sqlite")));
        QVERIFY(QFileInfo(dir).isDir());
    }

    void accountsCrud() {
        QSignalSpy changed(m_history.get(), &History::accountsChanged);
        Account second;
        second.backend = Backend::LiveChatAI;
        second.serverUrl = QUrl(QStringLiteral("https://app.livechatai.com"));
        second.displayName = QStringLiteral("AI");
        second.agentId = QStringLiteral("agent-42");
        const auto added = m_history->addAccount(second);
        QVERIFY(added);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_history->accounts().size(), 2);

        auto read = m_history->account(added->id);
        QVERIFY(read);
        QCOMPARE(read->backend, Backend::LiveChatAI);
        QCOMPARE(read->agentId, QStringLiteral("agent-42"));
        QCOMPARE(read->serverUrl, second.serverUrl);

        read->displayName = QStringLiteral("AI colleague");
        QVERIFY(m_history->updateAccount(*read));
        QCOMPARE(m_history->account(added->id)->displayName, QStringLiteral("AI colleague"));
        QCOMPARE(changed.size(), 2);

        Account missing;
        missing.id = 9999;
        QVERIFY(!m_history->updateAccount(missing));
        QVERIFY(!m_history->lastError().isEmpty());
    }

    void removingAnAccountRemovesItsConversations() {
        QVERIFY(m_history->addMessage(incoming(QStringLiteral("hello"), 1000)));
        QSignalSpy removed(m_history.get(), &History::conversationRemoved);
        QVERIFY(m_history->removeAccount(m_accountId));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(0).toLongLong(), m_conversationId);
        QVERIFY(!m_history->conversation(m_conversationId));
        QCOMPARE(m_history->messageCount(m_conversationId), 0);
        QVERIFY(m_history->search(QStringLiteral("hello")).isEmpty());
        QVERIFY(!m_history->removeAccount(m_accountId));
    }

    void upsertConversationKeepsLocalState() {
        QSignalSpy inserted(m_history.get(), &History::conversationInserted);
        QSignalSpy changed(m_history.get(), &History::conversationChanged);
        QVERIFY(m_history->setDraft(m_conversationId, QStringLiteral("half a reply")));
        QVERIFY(m_history->setAiConversationId(m_conversationId, QStringLiteral("ai-7")));
        QCOMPARE(changed.size(), 2);

        Conversation fromServer;
        fromServer.accountId = m_accountId;
        fromServer.remoteId = QStringLiteral("room-1");
        fromServer.title = QStringLiteral("Alice Liddell");
        fromServer.open = false;
        const auto stored = m_history->upsertConversation(fromServer);
        QVERIFY(stored);
        QCOMPARE(stored->id, m_conversationId);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(changed.size(), 3);

        const auto read = m_history->conversation(m_conversationId);
        QVERIFY(read);
        QCOMPARE(read->title, QStringLiteral("Alice Liddell"));
        QCOMPARE(read->open, false);
        QCOMPARE(read->draft, QStringLiteral("half a reply"));
        QCOMPARE(read->aiConversationId, QStringLiteral("ai-7"));
        QCOMPARE(read->visitorToken, QString()); // the server said none now
        QCOMPARE(m_history->conversations().size(), 1);

        fromServer.remoteId = QStringLiteral("room-2");
        const auto second = m_history->upsertConversation(fromServer);
        QVERIFY(second);
        QVERIFY(second->id != m_conversationId);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(m_history->conversationByRemoteId(m_accountId, QStringLiteral("room-2"))->id,
                 second->id);
        QVERIFY(!m_history->conversationByRemoteId(m_accountId, QStringLiteral("room-3")));
    }

    void conversationsAreOrderedByActivity() {
        Conversation other;
        other.accountId = m_accountId;
        other.remoteId = QStringLiteral("room-2");
        const auto second = m_history->upsertConversation(other);
        QVERIFY(second);
        QVERIFY(m_history->addMessage(incoming(QStringLiteral("old"), 1000)));
        QVERIFY(m_history->addMessage(incoming(QStringLiteral("new"), 2000, second->id)));
        auto list = m_history->conversations();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).id, second->id);
        QVERIFY(m_history->addMessage(incoming(QStringLiteral("newer"), 3000)));
        list = m_history->conversations();
        QCOMPARE(list.at(0).id, m_conversationId);
    }

    void conversationPagesByKeyFollowTheListOrder() {
        // 9 more conversations: activity with ties, and some with none at all (listed last)
        const QList<std::optional<qint64>> activity = {5000,         3000, std::nullopt, 5000, 1000,
                                                       std::nullopt, 3000, 7000,         5000};
        for (int i = 0; i < activity.size(); ++i) {
            Conversation c;
            c.accountId = m_accountId;
            c.remoteId = QStringLiteral("room-p%1").arg(i);
            if (activity.at(i))
                c.lastActivity = at(*activity.at(i));
            QVERIFY(m_history->upsertConversation(c));
        }
        const QList<Conversation> all = m_history->conversations();
        QCOMPARE(all.size(), 10);
        for (int i = 1; i < all.size(); ++i) // the key's order is the list's
            QVERIFY(
                ConversationKey::of(all.at(i - 1)).listedBefore(ConversationKey::of(all.at(i))));

        // pages of 3 by key give the same list, whatever page boundary falls in a tie
        QList<qint64> paged;
        std::optional<ConversationKey> key;
        for (int pages = 0; pages < 10; ++pages) {
            const QList<Conversation> page = m_history->conversationsAfter(key, 3);
            QVERIFY(page.size() <= 3);
            for (const Conversation& c : page)
                paged << c.id;
            if (page.size() < 3)
                break;
            key = ConversationKey::of(page.constLast());
        }
        QList<qint64> expected;
        for (const Conversation& c : all)
            expected << c.id;
        QCOMPARE(paged, expected);

        // through: everything after a key down to a conversation, included
        const QList<Conversation> through = m_history->conversationsThrough(
            ConversationKey::of(all.at(1)), ConversationKey::of(all.at(8)));
        QCOMPARE(through.size(), 7);
        QCOMPARE(through.first().id, all.at(2).id);
        QCOMPARE(through.last().id, all.at(8).id);
        QCOMPARE(
            m_history->conversationsThrough(std::nullopt, ConversationKey::of(all.at(0))).size(),
            1);
        QVERIFY(m_history->conversationsAfter(std::nullopt, 0).isEmpty());

        // the first page reads the activity index, it does not sort the table
        HistorySql sql(*m_history);
        QSqlQuery plan(sql.database());
        QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM conversations"
                                         " ORDER BY last_activity DESC NULLS LAST, id DESC"
                                         " LIMIT 100")));
        QStringList steps;
        while (plan.next())
            steps << plan.value(3).toString();
        QVERIFY2(
            steps.join(QLatin1Char(' ')).contains(QLatin1String("conversations_by_activity")) &&
                !steps.join(QLatin1Char(' ')).contains(QLatin1String("TEMP B-TREE")),
            qPrintable(steps.join(QStringLiteral("; "))));
    }

    void addMessageUpdatesTheConversation() {
        QSignalSpy about(m_history.get(), &History::messagesAboutToBeInserted);
        QSignalSpy inserted(m_history.get(), &History::messagesInserted);
        QSignalSpy changed(m_history.get(), &History::conversationChanged);

        const auto first =
            m_history->addMessage(incoming(QStringLiteral("Hello,\n  anyone?"), 5000));
        QVERIFY2(first, qPrintable(m_history->lastError()));
        QVERIFY(first->id != 0);
        QCOMPARE(about.size(), 1);
        QCOMPARE(about.first().at(0).toLongLong(), m_conversationId);
        QCOMPARE(about.first().at(1).toInt(), 1);
        QCOMPARE(inserted.size(), 1);
        const auto announced = inserted.first().at(1).value<QList<Message>>();
        QCOMPARE(announced.size(), 1);
        QCOMPARE(announced.first().id, first->id);
        QCOMPARE(changed.size(), 1);

        auto conversation = m_history->conversation(m_conversationId);
        QCOMPARE(conversation->unreadCount, 1);
        QCOMPARE(conversation->lastActivity, at(5000));
        QCOMPARE(conversation->lastMessagePreview, QStringLiteral("Hello, anyone?"));

        // an older message (paged in from the server) neither moves activity nor the preview
        QVERIFY(m_history->addMessage(incoming(QStringLiteral("earlier"), 4000)));
        // an outgoing reply does not count as unread
        QVERIFY(
            m_history->addMessage(queued(QStringLiteral("Yes, hi!"), QStringLiteral("c-1"), 6000)));
        conversation = m_history->conversation(m_conversationId);
        QCOMPARE(conversation->unreadCount, 2);
        QCOMPARE(conversation->lastActivity, at(6000));
        QCOMPARE(conversation->lastMessagePreview, QStringLiteral("Yes, hi!"));

        QVERIFY(m_history->markRead(m_conversationId));
        QCOMPARE(m_history->conversation(m_conversationId)->unreadCount, 0);
        QVERIFY(!m_history->markRead(4242));
    }

    void aChatStartedEntryIsNotTheLastMessage() {
        QVERIFY(m_history->addMessage(incoming(QStringLiteral("My parcel is late"), 5000)));
        // Rocket.Chat's "livechat-started" entry: a system message without text, stamped later
        // than the visitor's first words (one page of history arrives as one batch).
        Message started = incoming(QString(), 7000);
        started.direction = Direction::System;
        const QList<Message> batch{started, incoming(QStringLiteral("hello?"), 6000)};
        QCOMPARE(m_history->addMessages(batch).size(), 2);
        auto conversation = m_history->conversation(m_conversationId);
        QCOMPARE(conversation->lastMessagePreview, QStringLiteral("hello?"));
        QCOMPARE(conversation->lastActivity, at(6000));
        QCOMPARE(conversation->unreadCount, 2);

        // alone, it changes nothing of the conversation
        started.createdAt = at(9000);
        QVERIFY(m_history->addMessage(started));
        conversation = m_history->conversation(m_conversationId);
        QCOMPARE(conversation->lastMessagePreview, QStringLiteral("hello?"));
        QCOMPARE(conversation->lastActivity, at(6000));
        QCOMPARE(conversation->unreadCount, 2);

        // when the newest message with text goes, the preview falls back past the entry
        auto reply =
            m_history->addMessage(queued(QStringLiteral("On it"), QStringLiteral("c-9"), 10000));
        QVERIFY(reply);
        QCOMPARE(m_history->conversation(m_conversationId)->lastMessagePreview,
                 QStringLiteral("On it"));
        QVERIFY(m_history->removeMessage(reply->id));
        QCOMPARE(m_history->conversation(m_conversationId)->lastMessagePreview,
                 QStringLiteral("hello?"));

        QVERIFY(m_history->setUnreadCount(m_conversationId, 1));
        QCOMPARE(m_history->conversation(m_conversationId)->unreadCount, 1);
        QVERIFY(!m_history->setUnreadCount(4242, 1));
    }

    void messageRoundTrip() {
        Message message =
            queued(QStringLiteral("**bold** reply"), QStringLiteral("client-1"), 1234567);
        message.format = TextFormat::Markdown;
        message.batchId = 77;
        const auto stored = m_history->addMessage(message);
        QVERIFY(stored);
        const auto read = m_history->message(stored->id);
        QVERIFY(read);
        QCOMPARE(read->conversationId, m_conversationId);
        QCOMPARE(read->clientId, QStringLiteral("client-1"));
        QCOMPARE(read->direction, Direction::Outgoing);
        QCOMPARE(read->text, QStringLiteral("**bold** reply"));
        QCOMPARE(read->format, TextFormat::Markdown);
        QCOMPARE(read->createdAt, at(1234567));
        QCOMPARE(read->state, DeliveryState::Queued);
        QCOMPARE(read->batchId, 77);
        QVERIFY(!read->sentAt.isValid());
        QCOMPARE(m_history->messageByClientId(QStringLiteral("client-1"))->id, stored->id);
        QVERIFY(!m_history->messageByClientId(QStringLiteral("nope")));
    }

    void badMessagesAreRefusedClearly() {
        QVERIFY(!m_history->addMessage(incoming(QStringLiteral("x"), 1, 987654)));
        QVERIFY(m_history->lastError().contains(QStringLiteral("no conversation")));
        QVERIFY(!m_history->addMessage(queued(QStringLiteral("x"), QString(), 1)));
        QVERIFY(m_history->lastError().contains(QStringLiteral("client id")));
        QVERIFY(m_history->addMessage(queued(QStringLiteral("x"), QStringLiteral("dup"), 1)));
        QVERIFY(!m_history->addMessage(queued(QStringLiteral("y"), QStringLiteral("dup"), 2)));
        QVERIFY(m_history->lastError().contains(QStringLiteral("dup")));
        QCOMPARE(m_history->messageCount(m_conversationId), 1);
    }

    void addMessagesIsAllOrNothing() {
        QSignalSpy inserted(m_history.get(), &History::messagesInserted);
        const QList<Message> batch = {
            queued(QStringLiteral("one"), QStringLiteral("b-1"), 10),
            queued(QStringLiteral("two"), QStringLiteral("b-2"), 11),
            queued(QStringLiteral("three"), QStringLiteral("b-1"), 12), // duplicate client id
        };
        QVERIFY(m_history->addMessages(batch).isEmpty());
        QVERIFY(!m_history->lastError().isEmpty());
        QCOMPARE(m_history->messageCount(m_conversationId), 0);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(m_history->conversation(m_conversationId)->lastMessagePreview, QString());

        const auto added = m_history->addMessages(batch.mid(0, 2));
        QCOMPARE(added.size(), 2);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).value<QList<Message>>().size(), 2);
        QCOMPARE(m_history->messageCount(m_conversationId), 2);
    }

    void updateAndRemoveMessage() {
        auto stored =
            m_history->addMessage(queued(QStringLiteral("typo"), QStringLiteral("u-1"), 100));
        QVERIFY(stored);
        QSignalSpy changed(m_history.get(), &History::messageChanged);
        QSignalSpy removed(m_history.get(), &History::messageRemoved);

        stored->state = DeliveryState::Failed;
        stored->lastError = QStringLiteral("the visitor left");
        stored->attempts = 3;
        stored->nextAttemptAt = at(999);
        stored->text = QStringLiteral("fixed");
        QVERIFY(m_history->updateMessage(*stored));
        QCOMPARE(changed.size(), 1);
        const auto announced = changed.first().at(0).value<Message>();
        QCOMPARE(announced.state, DeliveryState::Failed);
        QCOMPARE(announced.lastError, QStringLiteral("the visitor left"));
        QCOMPARE(announced.attempts, 3);
        QCOMPARE(announced.nextAttemptAt, at(999));
        QCOMPARE(announced.text, QStringLiteral("fixed"));
        QCOMPARE(m_history->failedMessages().size(), 1);
        QVERIFY(m_history->pendingMessages().isEmpty());

        QCOMPARE(m_history->conversation(m_conversationId)->lastMessagePreview,
                 QStringLiteral("fixed")); // the edit shows in the conversation list
        QVERIFY(m_history->removeMessage(stored->id));
        QCOMPARE(m_history->conversation(m_conversationId)->lastMessagePreview, QString());
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(0).toLongLong(), m_conversationId);
        QCOMPARE(removed.first().at(1).toLongLong(), stored->id);
        QVERIFY(!m_history->message(stored->id));
        QVERIFY(!m_history->removeMessage(stored->id));
        Message ghost = *stored;
        QVERIFY(!m_history->updateMessage(ghost));
    }

    void pendingMessagesKeepTheOrderTyped() {
        Conversation other;
        other.accountId = m_accountId;
        other.remoteId = QStringLiteral("room-2");
        const qint64 secondId = m_history->upsertConversation(other)->id;
        QVERIFY(m_history->addMessage(queued(QStringLiteral("a1"), QStringLiteral("a1"), 50)));
        Message b1 = queued(QStringLiteral("b1"), QStringLiteral("b1"), 40);
        b1.conversationId = secondId;
        QVERIFY(m_history->addMessage(b1));
        QVERIFY(m_history->addMessage(queued(QStringLiteral("a2"), QStringLiteral("a2"), 50)));
        QVERIFY(m_history->addMessage(queued(QStringLiteral("a3"), QStringLiteral("a3"), 60)));
        auto sent = m_history->addMessage(queued(QStringLiteral("a0"), QStringLiteral("a0"), 10));
        sent->state = DeliveryState::Sent;
        QVERIFY(m_history->updateMessage(*sent));
        QVERIFY(m_history->addMessage(incoming(QStringLiteral("in"), 55)));

        QStringList order;
        for (const Message& message : m_history->pendingMessages())
            order << message.clientId;
        QCOMPARE(order, (QStringList{QStringLiteral("a1"), QStringLiteral("a2"),
                                     QStringLiteral("a3"), QStringLiteral("b1")}));
    }

    void keysetPagingAcrossIdenticalTimestamps() {
        // 23 messages: several share a timestamp, inserted out of time order
        QList<Message> batch;
        const QList<qint64> times = {300, 100, 100, 200, 100, 300, 300, 200, 400, 100, 500, 500,
                                     500, 500, 600, 100, 700, 700, 800, 900, 900, 100, 1000};
        for (int i = 0; i < times.size(); ++i)
            batch << incoming(QStringLiteral("m%1").arg(i), times.at(i));
        QCOMPARE(m_history->addMessages(batch).size(), times.size());

        // walk backwards from the newest page
        QList<Message> backwards;
        std::optional<MessageKey> before;
        for (int guard = 0; guard < 100; ++guard) {
            const auto page = m_history->messagesBefore(m_conversationId, before, 4);
            QVERIFY(page.size() <= 4);
            if (page.isEmpty())
                break;
            for (int i = 1; i < page.size(); ++i) { // oldest first within a page
                const auto& a = page.at(i - 1);
                const auto& b = page.at(i);
                QVERIFY(a.createdAt < b.createdAt || (a.createdAt == b.createdAt && a.id < b.id));
            }
            backwards = page + backwards;
            before = MessageKey{page.first().createdAt.toMSecsSinceEpoch(), page.first().id};
        }
        QCOMPARE(backwards.size(), times.size());
        QSet<qint64> ids;
        for (int i = 0; i < backwards.size(); ++i) {
            ids.insert(backwards.at(i).id);
            if (i > 0) {
                const auto& a = backwards.at(i - 1);
                const auto& b = backwards.at(i);
                QVERIFY(a.createdAt < b.createdAt || (a.createdAt == b.createdAt && a.id < b.id));
            }
        }
        QCOMPARE(ids.size(), times.size()); // no duplicates, no gaps

        // and forwards from the oldest
        QList<Message> forwards;
        MessageKey after{std::numeric_limits<qint64>::min(), 0};
        for (int guard = 0; guard < 100; ++guard) {
            const auto page = m_history->messagesAfter(m_conversationId, after, 5);
            if (page.isEmpty())
                break;
            forwards += page;
            after = MessageKey{page.last().createdAt.toMSecsSinceEpoch(), page.last().id};
        }
        QCOMPARE(forwards.size(), backwards.size());
        for (int i = 0; i < forwards.size(); ++i)
            QCOMPARE(forwards.at(i).id, backwards.at(i).id);

        // within one timestamp the order is the order of insertion
        QStringList at100;
        for (const Message& message : forwards) {
            if (message.createdAt == at(100))
                at100 << message.text;
        }
        QCOMPARE(at100,
                 (QStringList{QStringLiteral("m1"), QStringLiteral("m2"), QStringLiteral("m4"),
                              QStringLiteral("m9"), QStringLiteral("m15"), QStringLiteral("m21")}));
        QVERIFY(m_history->messagesBefore(m_conversationId, std::nullopt, 0).isEmpty());
    }

    void mergeRemoteMessageSkipsKnownOnes() {
        Message remote = incoming(QStringLiteral("from the server"), 2000);
        remote.remoteId = QStringLiteral("srv-1");
        QSignalSpy inserted(m_history.get(), &History::messagesInserted);
        QSignalSpy changed(m_history.get(), &History::messageChanged);

        auto [first, isNew] = m_history->mergeRemoteMessage(remote);
        QVERIFY(first);
        QVERIFY(isNew);
        auto [again, againNew] = m_history->mergeRemoteMessage(remote);
        QVERIFY(again);
        QVERIFY(!againNew);
        QCOMPARE(again->id, first->id);
        QCOMPARE(m_history->messageCount(m_conversationId), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(m_history->conversation(m_conversationId)->unreadCount, 1);

        // an edit on the server replaces the text and is announced
        remote.text = QStringLiteral("from the server (edited)");
        auto [edited, editedNew] = m_history->mergeRemoteMessage(remote);
        QVERIFY(!editedNew);
        QCOMPARE(edited->text, remote.text);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_history->messageCount(m_conversationId), 1);
    }

    void mergeRemoteMessageMatchesTheLocalEcho() {
        const auto local = m_history->addMessage(
            queued(QStringLiteral("on my way"), QStringLiteral("cid-9"), 3000));
        QVERIFY(local);
        QSignalSpy inserted(m_history.get(), &History::messagesInserted);
        QSignalSpy changed(m_history.get(), &History::messageChanged);

        // Rocket.Chat: the server's _id is our client id
        Message echo;
        echo.conversationId = m_conversationId;
        echo.direction = Direction::Outgoing;
        echo.remoteId = QStringLiteral("cid-9");
        echo.text = QStringLiteral("on my way");
        echo.createdAt = at(3500);
        auto [merged, isNew] = m_history->mergeRemoteMessage(echo);
        QVERIFY(merged);
        QVERIFY(!isNew);
        QCOMPARE(merged->id, local->id);
        QCOMPARE(merged->state, DeliveryState::Sent);
        QCOMPARE(merged->remoteId, QStringLiteral("cid-9"));
        QCOMPARE(merged->sentAt, at(3500));
        QCOMPARE(merged->createdAt, at(3000)); // the paging key never moves
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_history->messageCount(m_conversationId), 1);

        // SocialBoards style: own remote id, our id in a field of its own
        const auto second =
            m_history->addMessage(queued(QStringLiteral("second"), QStringLiteral("cid-10"), 4000));
        Message copy;
        copy.conversationId = m_conversationId;
        copy.direction = Direction::Outgoing;
        copy.remoteId = QStringLiteral("sb-555");
        copy.clientId = QStringLiteral("cid-10");
        copy.text = QStringLiteral("second");
        copy.createdAt = at(4100);
        auto [mergedCopy, copyNew] = m_history->mergeRemoteMessage(copy);
        QVERIFY(!copyNew);
        QCOMPARE(mergedCopy->id, second->id);
        QCOMPARE(mergedCopy->remoteId, QStringLiteral("sb-555"));
        QCOMPARE(mergedCopy->state, DeliveryState::Sent);
        // and seen again by its remote id, still one row
        auto [seenAgain, seenNew] = m_history->mergeRemoteMessage(copy);
        QVERIFY(!seenNew);
        QCOMPARE(seenAgain->id, second->id);
        QCOMPARE(m_history->messageCount(m_conversationId), 2);
        QVERIFY(m_history->pendingMessages().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
