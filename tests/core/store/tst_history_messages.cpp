#include "HistoryFixture.h"

#include <QSignalSpy>

using namespace agentdesk;

//! Messages: adding, refusing, updating, the pending queue, keyset paging, merging remote copies.
class TestHistoryMessages : public QObject, HistoryFixture {
    Q_OBJECT

private slots:
    void init() { openHistory(); }
    void cleanup() { checkAndClose(); }

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

QTEST_GUILESS_MAIN(TestHistoryMessages)
#include "tst_history_messages.moc"
