#include "HistoryFixture.h"

#include <QSignalSpy>

using namespace agentdesk;

//! Accounts and conversations: CRUD, the list's order and its keyset pages, the file's pragmas.
class TestHistory : public QObject, HistoryFixture {
    Q_OBJECT

private slots:
    void init() { openHistory(); }
    void cleanup() { checkAndClose(); }

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
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
