#include "HistorySql.h"
#include "store/History.h"
#include "store/Migrations.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace agentdesk;

namespace {

//! direction, format and state as the keys version 5 stored
QStringList storedKeys(const Message& m) {
    static const char* const directions[] = {"in", "out", "ai", "system"};
    return {QLatin1String(directions[int(m.direction)]),
            m.format == TextFormat::Markdown ? QStringLiteral("markdown") : QStringLiteral("plain"),
            deliveryStateKey(m.state)};
}

} // namespace

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
                if (version < 6) {
                    QVERIFY(query.exec(
                        QStringLiteral("INSERT INTO messages (id, conversation_id, client_id,"
                                       " direction, text, created_at, state)"
                                       " VALUES (1048576000, 1, 'c-old', 'out', 'an ancient refund"
                                       " request', 1000, 'queued')")));
                } else {
                    // from version 6 the id holds the time (created_at is computed from it) and
                    // the store itself indexes new messages for search
                    const qint64 id = (1000 - 1577836800000LL) * 256;
                    QVERIFY(query.exec(
                        QStringLiteral("INSERT INTO messages (id, conversation_id, client_id,"
                                       " direction, text, state)"
                                       " VALUES (%1, 1, 'c-old', 'out', 'an ancient refund"
                                       " request', 'queued')")
                            .arg(id)));
                    QVERIFY(query.exec(QStringLiteral("INSERT INTO messages_fts(rowid, text,"
                                                      " search_scope) SELECT id, text,"
                                                      " search_scope FROM messages")));
                }
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
        QCOMPARE(history.pragma(QStringLiteral("user_version")).toInt(), History::schemaVersion());
        QCOMPARE(history.pragma(QStringLiteral("integrity_check")).toString(),
                 QStringLiteral("ok"));

        if (version >= 1) {
            const auto conversation = history.conversation(1);
            QVERIFY(conversation);
            QCOMPARE(conversation->title, QStringLiteral("Old visitor"));
            QCOMPARE(conversation->unreadCount, 2);
            QCOMPARE(conversation->aiConversationId, QString()); // added by version 2
            const auto pending = history.pendingMessages();
            QCOMPARE(pending.size(), 1);
            QCOMPARE(pending.first().clientId, QStringLiteral("c-old"));
            QCOMPARE(pending.first().createdAt, QDateTime::fromMSecsSinceEpoch(1000, Qt::UTC));
            QCOMPARE(pending.first().text, QStringLiteral("an ancient refund request"));
            // messages written before full-text search existed are found (version 3)
            const auto hits = history.search(QStringLiteral("refund"));
            QCOMPARE(hits.size(), 1);
            QCOMPARE(hits.first().messageId, pending.first().id);
            QCOMPARE(hits.first().createdAt, QDateTime::fromMSecsSinceEpoch(1000, Qt::UTC));
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

    //! Version 5 stored ids as createdAt * 2^20 + sequence, every column as text and queued
    //! new rows for the search index in messages_fts_pending; version 6 renumbers, rewrites and
    //! reindexes. What the desk reads must come out the same.
    void aVersion5WorkspaceKeepsEverythingThroughVersion6() {
        const QString path = m_dir.filePath(QStringLiteral("v5-full.sqlite"));
        struct Old {
            qint64 conversation;
            qint64 ms;
            QString text;
            QString direction;
            QString format;
            QString state;
            QString clientId;
            QString remoteId;
        };
        const auto in = [](qint64 conversation, qint64 ms, const QString& text,
                           const QString& remoteId = {}) {
            return Old{
                conversation,           ms, text,    QStringLiteral("in"), QStringLiteral("plain"),
                QStringLiteral("none"), {}, remoteId};
        };
        QList<Old> rows = {
            in(1, 5000, QStringLiteral("I want a refund for my order")),
            in(2, 9000, QStringLiteral("Refund please, the parcel was broken")),
            in(1, 1000, QStringLiteral("Where is my parcel?")),
            in(1, 9000, QStringLiteral("refund status?")),
            {2, 7000, QStringLiteral("**Refunded**, see the _invoice_"), QStringLiteral("out"),
             QStringLiteral("markdown"), QStringLiteral("sent"), QStringLiteral("c-sent"),
             QStringLiteral("r-sent")},
            in(1, 9000, QStringLiteral("Un café, s'il vous plaît")),
            {1,
             12000,
             QStringLiteral("queued refund reply"),
             QStringLiteral("out"),
             QStringLiteral("plain"),
             QStringLiteral("queued"),
             QStringLiteral("c-queued"),
             {}},
            {2,
             13000,
             QStringLiteral("refused reply"),
             QStringLiteral("out"),
             QStringLiteral("plain"),
             QStringLiteral("failed"),
             QStringLiteral("c-failed"),
             {}},
            {1,
             14000,
             QStringLiteral("visitor left"),
             QStringLiteral("system"),
             QStringLiteral("plain"),
             QStringLiteral("none"),
             {},
             {}},
            in(2, 20000, QStringLiteral("from the server"), QStringLiteral("srv-1")),
        };
        // an import of 300 parts within one millisecond: more than version 6 has ids for
        for (int i = 0; i < 300; ++i)
            rows.append(in(2, 16000, QStringLiteral("burst %1 refund").arg(i)));
        const QString name = QStringLiteral("old-5-full");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QString error;
            QVERIFY2(Migrations::migrate(db, &error, 5), qPrintable(error));
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("INSERT INTO accounts (id, backend) VALUES"
                                              " (1, 'rocketchat'), (2, 'socialboards')")));
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO conversations (id, account_id, backend, remote_id, title) VALUES"
                " (1, 1, 'rocketchat', 'room', 'Alice'), (2, 2, 'socialboards', '7', 'Bob')")));
            QVERIFY(query.prepare(QStringLiteral(
                "INSERT INTO messages (id, conversation_id, client_id, remote_id, direction,"
                " author, text, format, created_at, state)"
                " VALUES ((SELECT ifnull(max(id) + 1, :base) FROM messages"
                "  WHERE id BETWEEN :base AND :base + 1048575),"
                " :c, :client, :remote, :direction, 'someone', :text, :format, :ms, :state)")));
            for (const Old& row : std::as_const(rows)) {
                query.bindValue(QStringLiteral(":base"), row.ms * 1048576);
                query.bindValue(QStringLiteral(":c"), row.conversation);
                query.bindValue(QStringLiteral(":client"),
                                row.clientId.isEmpty() ? QVariant() : QVariant(row.clientId));
                query.bindValue(QStringLiteral(":remote"),
                                row.remoteId.isEmpty() ? QVariant() : QVariant(row.remoteId));
                query.bindValue(QStringLiteral(":direction"), row.direction);
                query.bindValue(QStringLiteral(":text"), row.text);
                query.bindValue(QStringLiteral(":format"), row.format);
                query.bindValue(QStringLiteral(":ms"), row.ms);
                query.bindValue(QStringLiteral(":state"), row.state);
                QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            }
            // version 5 indexed the queued rows when its transaction committed; the last few
            // stay queued, as after a crash
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO messages_fts(rowid, text, search_scope) SELECT m.id, m.text,"
                " m.search_scope FROM messages_fts_pending p JOIN messages m ON m.id = p.id"
                " WHERE m.created_at < 16000")));
            QVERIFY(
                query.exec(QStringLiteral("DELETE FROM messages_fts_pending WHERE id IN"
                                          " (SELECT id FROM messages WHERE created_at < 16000)")));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);

        History history;
        QCOMPARE(history.open(path).status, History::OpenStatus::Ok);
        QCOMPARE(history.pragma(QStringLiteral("integrity_check")).toString(),
                 QStringLiteral("ok"));
        HistorySql sql(history);
        QSqlQuery check(sql.database());
        QVERIFY2(check.exec(QStringLiteral(
                     "INSERT INTO messages_fts(messages_fts, rank) VALUES ('integrity-check', 1)")),
                 qPrintable(check.lastError().text()));
        QVERIFY(!check.exec(QStringLiteral("SELECT 1 FROM messages_fts_pending")));
        check.finish();

        // every message, in (createdAt, order written) order, with what it held
        QList<Message> all;
        for (qint64 conversation : {1, 2}) {
            std::optional<MessageKey> before;
            for (;;) {
                const auto page = history.messagesBefore(conversation, before, 7);
                if (page.isEmpty())
                    break;
                all = page + all;
                before = MessageKey{page.first().createdAt.toMSecsSinceEpoch(), page.first().id};
            }
        }
        QCOMPARE(all.size(), rows.size());
        std::sort(all.begin(), all.end(),
                  [](const Message& a, const Message& b) { return a.id < b.id; });
        QList<Old> expected = rows;
        std::stable_sort(expected.begin(), expected.end(),
                         [](const Old& a, const Old& b) { return a.ms < b.ms; });
        int burst = 0;
        for (int i = 0; i < all.size(); ++i) {
            const Message& m = all.at(i);
            const Old& o = expected.at(i);
            QCOMPARE(m.text, o.text);
            QCOMPARE(m.conversationId, o.conversation);
            QCOMPARE(storedKeys(m), (QStringList{o.direction, o.format, o.state}));
            QCOMPARE(m.clientId, o.clientId);
            QCOMPARE(m.remoteId, o.remoteId);
            QCOMPARE(m.author, QStringLiteral("someone"));
            // 256 ids per millisecond: the burst's last 44 moved one millisecond later
            const qint64 ms = o.ms == 16000 ? 16000 + (burst++ >= 256 ? 1 : 0) : o.ms;
            QCOMPARE(m.createdAt, QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
            QCOMPARE(history.message(m.id)->text, o.text);
        }

        // search: newest first, filters, snippets, prefixes, diacritics
        QStringList texts;
        for (const SearchHit& hit : history.search(QStringLiteral("refund")))
            texts << history.message(hit.messageId)->text;
        QCOMPARE(texts.size(), 50);
        QCOMPARE(texts.mid(0, 3), (QStringList{QStringLiteral("burst 299 refund"),
                                               QStringLiteral("burst 298 refund"),
                                               QStringLiteral("burst 297 refund")}));
        SearchFilter alice;
        alice.conversationId = 1;
        texts.clear();
        for (const SearchHit& hit : history.search(QStringLiteral("refund"), alice))
            texts << history.message(hit.messageId)->text;
        QCOMPARE(texts, (QStringList{QStringLiteral("queued refund reply"),
                                     QStringLiteral("refund status?"),
                                     QStringLiteral("I want a refund for my order")}));
        const auto parcel = history.search(QStringLiteral("parcel broken"));
        QCOMPARE(parcel.size(), 1);
        QCOMPARE(parcel.first().snippet, QStringLiteral("Refund please, the \x02parcel\x03 was \x02"
                                                        "broken\x03"));
        QCOMPARE(parcel.first().conversationTitle, QStringLiteral("Bob"));
        QCOMPARE(parcel.first().backend, Backend::SocialBoards);
        QCOMPARE(history.search(QStringLiteral("refund*")).size(), 50);
        QCOMPARE(history.search(QStringLiteral("CAFE")).size(), 1);
        QCOMPARE(history.search(QStringLiteral("s'il")).size(), 1);

        // the outbox's and sync's lookups
        QCOMPARE(history.messageByClientId(QStringLiteral("c-queued"))->text,
                 QStringLiteral("queued refund reply"));
        QCOMPARE(history.pendingMessages().size(), 1);
        QCOMPARE(history.failedMessages().size(), 1);
        QCOMPARE(history.failedMessages().first().clientId, QStringLiteral("c-failed"));
        Message again;
        again.conversationId = 2;
        again.remoteId = QStringLiteral("srv-1");
        again.text = QStringLiteral("from the server");
        again.createdAt = QDateTime::fromMSecsSinceEpoch(20000, Qt::UTC);
        const auto [known, isNew] = history.mergeRemoteMessage(again);
        QVERIFY(known);
        QVERIFY(!isNew);

        // new messages take their place in time
        Message late;
        late.conversationId = 1;
        late.text = QStringLiteral("a late refund");
        late.createdAt = QDateTime::fromMSecsSinceEpoch(9000, Qt::UTC);
        const auto stored = history.addMessage(late);
        QVERIFY(stored);
        QCOMPARE(stored->createdAt, late.createdAt);
        texts.clear();
        for (const SearchHit& hit : history.search(QStringLiteral("refund"), alice))
            texts << history.message(hit.messageId)->text;
        QCOMPARE(texts,
                 (QStringList{QStringLiteral("queued refund reply"),
                              QStringLiteral("a late refund"), QStringLiteral("refund status?"),
                              QStringLiteral("I want a refund for my order")}));
    }

    void importsQueuedBeforeVersion8StayOnTheVisitorsBehalf() {
        const QString path = m_dir.filePath(QStringLiteral("v7-kinds.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "v7-kinds");
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QString error;
            QVERIFY2(Migrations::migrate(db, &error, 7), qPrintable(error));
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("INSERT INTO accounts (id, backend, username)"
                                              " VALUES (1, 'rocketchat', 'kim.jane')")));
            QVERIFY(query.exec(
                QStringLiteral("INSERT INTO conversations (id, account_id, backend, remote_id)"
                               " VALUES (1, 1, 'rocketchat', 'room')")));
            const qint64 id = (1000 - 1577836800000LL) * 256;
            // a reply, a reply batch and an import batch, all still queued
            for (const auto& [offset, clientId, batchId] :
                 {std::tuple{0, "reply", 0}, {1, "reply-batch", 42}, {2, "import", -42}}) {
                QVERIFY(query.exec(
                    QStringLiteral("INSERT INTO messages (id, conversation_id, client_id,"
                                   " direction, text, state, batch_id)"
                                   " VALUES (%1, 1, '%2', 'out', 'text', 'queued', %3)")
                        .arg(id + offset)
                        .arg(QLatin1String(clientId))
                        .arg(batchId)));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v7-kinds"));

        History history;
        QCOMPARE(history.open(path).status, History::OpenStatus::Ok);
        QCOMPARE(history.messageByClientId(QStringLiteral("reply"))->asVisitor, false);
        QCOMPARE(history.messageByClientId(QStringLiteral("reply-batch"))->asVisitor, false);
        QCOMPARE(history.messageByClientId(QStringLiteral("import"))->asVisitor, true);
        QCOMPARE(history.account(1)->agentName, QString()); // not known until signed in again

        Account account = *history.account(1);
        account.agentName = QStringLiteral("Kim Jane");
        QVERIFY(history.updateAccount(account));
        QCOMPARE(history.account(1)->agentName, QStringLiteral("Kim Jane"));
        Message visitorsOwn;
        visitorsOwn.conversationId = 1;
        visitorsOwn.clientId = QStringLiteral("cli-send");
        visitorsOwn.direction = Direction::Outgoing;
        visitorsOwn.text = QStringLiteral("sent with the command line");
        visitorsOwn.createdAt = QDateTime::currentDateTimeUtc();
        visitorsOwn.state = DeliveryState::Queued;
        visitorsOwn.asVisitor = true;
        QVERIFY(history.addMessage(visitorsOwn));
        QCOMPARE(history.messageByClientId(QStringLiteral("cli-send"))->asVisitor, true);
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
