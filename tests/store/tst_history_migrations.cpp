#include "store/History.h"
#include "store/Migrations.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace agentdesk;

//! Every earlier schema version (0 = a new file) upgrades to the current one, keeping its data.
class TestHistoryMigrations : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    //! Builds a database at `version` holding whatever that version can hold, then closes it.
    static void buildAt(const QString& path, int version) {
        const QString name = QStringLiteral("old-%1").arg(version);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QString error;
            QVERIFY2(Migrations::migrate(db, &error, version), qPrintable(error));
            QCOMPARE(Migrations::currentVersion(db), version);
            QSqlQuery query(db);
            if (version >= 1) {
                QVERIFY(
                    query.exec(QStringLiteral("INSERT INTO accounts (id, backend, display_name) "
                                              "VALUES (1, 'rocketchat', 'Old')")));
                QVERIFY(query.exec(
                    QStringLiteral("INSERT INTO conversations (id, account_id, backend, remote_id, "
                                   "title, unread_count)"
                                   " VALUES (1, 1, 'rocketchat', 'room', 'Old visitor', 2)")));
                QVERIFY(query.exec(QStringLiteral("INSERT INTO messages (id, conversation_id, "
                                                  "client_id, direction, text, created_at, state)"
                                                  " VALUES (1048576000, 1, 'c-old', 'out', 'an "
                                                  "ancient refund request', 1000, 'queued')")));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

private slots:
    void upgradesFromEveryEarlierVersion_data() {
        QTest::addColumn<int>("version");
        for (int version = 0; version < History::schemaVersion(); ++version)
            QTest::addRow("from %d", version) << version;
    }

    void upgradesFromEveryEarlierVersion() {
        QFETCH(int, version);
        const QString path = m_dir.filePath(QStringLiteral("v%1.sqlite").arg(version));
        buildAt(path, version);

        History history;
        const auto outcome = history.open(path);
        QCOMPARE(outcome.status, History::OpenStatus::Ok);
        QSqlQuery query(history.database());
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        QCOMPARE(query.value(0).toInt(), History::schemaVersion());
        query.finish();
        QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
        query.finish();

        if (version >= 1) {
            const auto conversation = history.conversation(1);
            QVERIFY(conversation);
            QCOMPARE(conversation->title, QStringLiteral("Old visitor"));
            QCOMPARE(conversation->unreadCount, 2);
            QCOMPARE(conversation->aiConversationId, QString()); // added by version 2
            const auto pending = history.pendingMessages();
            QCOMPARE(pending.size(), 1);
            QCOMPARE(pending.first().clientId, QStringLiteral("c-old"));
            // messages written before full-text search existed are found (version 3)
            const auto hits = history.search(QStringLiteral("refund"));
            QCOMPARE(hits.size(), 1);
            QCOMPARE(hits.first().messageId, 1048576000);
        }

        // everything of the current version works on the upgraded file
        Account account;
        const auto added = history.addAccount(account);
        QVERIFY(added);
        Conversation conversation;
        conversation.accountId = added->id;
        conversation.remoteId = QStringLiteral("new-room");
        const auto stored = history.upsertConversation(conversation);
        QVERIFY(stored);
        QVERIFY(history.setAiConversationId(stored->id, QStringLiteral("ai-1")));
        AiExchange exchange;
        exchange.conversationId = stored->id;
        exchange.question = QStringLiteral("what is a refund?");
        QVERIFY(history.addAiExchange(exchange));
        Message message;
        message.conversationId = stored->id;
        message.text = QStringLiteral("a new refund");
        QVERIFY(history.addMessage(message));
        QCOMPARE(history.search(QStringLiteral("refund")).size(), version >= 1 ? 2 : 1);
    }

    void anEmptyFileIsANewDatabase() {
        const QString path = m_dir.filePath(QStringLiteral("empty.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        History history;
        QCOMPARE(history.open(path).status, History::OpenStatus::Ok);
        QVERIFY(history.addAccount(Account{}));
    }

    void aFailedStepLeavesTheEarlierVersion() {
        const QString path = m_dir.filePath(QStringLiteral("blocked.sqlite"));
        buildAt(path, 1);
        const QString name = QStringLiteral("blocker");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            // a table in the way of step 2
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE ai_exchanges (x)")));
            QString error;
            QVERIFY(!Migrations::migrate(db, &error));
            QVERIFY(error.contains(QStringLiteral("version 2")));
            QCOMPARE(Migrations::currentVersion(db), 1);
            // step 2's column did not stay behind
            QVERIFY(!query.exec(QStringLiteral("SELECT ai_conversation_id FROM conversations")));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);

        History history;
        const auto outcome = history.open(path);
        QCOMPARE(outcome.status, History::OpenStatus::IoError);
        QVERIFY(outcome.message.contains(QStringLiteral("version 2")));
    }
};

QTEST_GUILESS_MAIN(TestHistoryMigrations)
#include "tst_history_migrations.moc"
