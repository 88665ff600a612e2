#include "HistorySql.h"
#include "store/History.h"
#include "store/SearchQuery.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace agentdesk;

//! Full-text search: newest hits first, snippets with markers, filters, and input typed by
//! a human (quotes, stars, operators) never turning into an SQL error.
class TestHistorySearch : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<History> m_history;
    qint64 m_rocket = 0;          // conversation on Rocket.Chat
    qint64 m_boards = 0;          // conversation on SocialBoards
    QHash<QString, qint64> m_ids; // text -> message id
    int m_run = 0;                // one fresh database per test (and per data row)

    static QDateTime at(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC); }

    qint64 conversationOn(Backend backend, const QString& title) {
        Account account;
        account.backend = backend;
        const auto added = m_history->addAccount(account);
        Conversation conversation;
        conversation.accountId = added->id;
        conversation.backend = backend;
        conversation.remoteId = title;
        conversation.title = title;
        return m_history->upsertConversation(conversation)->id;
    }

    void add(qint64 conversationId, const QString& text, qint64 ms) {
        Message message;
        message.conversationId = conversationId;
        message.text = text;
        message.createdAt = at(ms);
        const auto stored = m_history->addMessage(message);
        QVERIFY2(stored, qPrintable(m_history->lastError()));
        m_ids.insert(text, stored->id);
    }

    QStringList texts(const QList<SearchHit>& hits) {
        QStringList result;
        for (const SearchHit& hit : hits)
            result << m_ids.key(hit.messageId);
        return result;
    }

private slots:
    void init() {
        m_history = std::make_unique<History>();
        QCOMPARE(m_history->open(m_dir.filePath(QStringLiteral("%1.sqlite").arg(++m_run))).status,
                 History::OpenStatus::Ok);
        m_ids.clear();
        m_rocket = conversationOn(Backend::RocketChat, QStringLiteral("Alice"));
        m_boards = conversationOn(Backend::SocialBoards, QStringLiteral("Bob"));
        // inserted out of time order on purpose; two share a timestamp
        add(m_rocket, QStringLiteral("I want a refund for my order"), 3000);
        add(m_boards, QStringLiteral("Refund please, the parcel was broken"), 5000);
        add(m_rocket, QStringLiteral("Where is my parcel?"), 1000);
        add(m_rocket, QStringLiteral("refund status?"), 5000);
        add(m_boards, QStringLiteral("Thanks for the refunded money"), 4000);
        add(m_rocket, QStringLiteral("Un café, s'il vous plaît"), 2000);
    }

    void cleanup() { m_history.reset(); }

    void newestHitsFirst() {
        const auto hits = m_history->search(QStringLiteral("refund"));
        // createdAt descending; the two at 5000 newest-inserted first
        QCOMPARE(texts(hits), (QStringList{QStringLiteral("refund status?"),
                                           QStringLiteral("Refund please, the parcel was broken"),
                                           QStringLiteral("I want a refund for my order")}));
        for (int i = 1; i < hits.size(); ++i)
            QVERIFY(hits.at(i - 1).createdAt >= hits.at(i).createdAt);
        QCOMPARE(hits.first().conversationId, m_rocket);
        QCOMPARE(hits.first().conversationTitle, QStringLiteral("Alice"));
        QCOMPARE(hits.first().backend, Backend::RocketChat);
        QCOMPARE(hits.at(1).backend, Backend::SocialBoards);
        QCOMPARE(hits.first().createdAt, at(5000));
    }

    void snippetsMarkTheMatches() {
        const auto hits = m_history->search(QStringLiteral("parcel broken"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().snippet, QStringLiteral("Refund please, the \x02parcel\x03 was \x02"
                                                      "broken\x03"));
    }

    void aStarAsksForAPrefix() {
        QCOMPARE(m_history->search(QStringLiteral("refund")).size(), 3);
        QCOMPARE(m_history->search(QStringLiteral("refund*")).size(), 4); // + "refunded"
        QVERIFY(m_history->search(QStringLiteral("parc")).isEmpty());
        QCOMPARE(texts(m_history->search(QStringLiteral("parc*"))),
                 (QStringList{QStringLiteral("Refund please, the parcel was broken"),
                              QStringLiteral("Where is my parcel?")}));
        QCOMPARE(texts(m_history->search(QStringLiteral("parc* broke*"))),
                 QStringList{QStringLiteral("Refund please, the parcel was broken")});
        QVERIFY(m_history->search(QStringLiteral("pa*")).isEmpty()); // too short: exact "pa"
    }

    void diacriticsAndCaseDoNotMatter() {
        QCOMPARE(texts(m_history->search(QStringLiteral("CAFE"))),
                 QStringList{QStringLiteral("Un café, s'il vous plaît")});
        QCOMPARE(m_history->search(QStringLiteral("plait")).size(), 1);
    }

    void filtersByConversationAndBackend() {
        SearchFilter filter;
        filter.conversationId = m_boards;
        QCOMPARE(texts(m_history->search(QStringLiteral("refund*"), filter)),
                 (QStringList{QStringLiteral("Refund please, the parcel was broken"),
                              QStringLiteral("Thanks for the refunded money")}));
        filter = {};
        filter.backend = Backend::RocketChat;
        QCOMPARE(texts(m_history->search(QStringLiteral("refund"), filter)),
                 (QStringList{QStringLiteral("refund status?"),
                              QStringLiteral("I want a refund for my order")}));
        filter.backend = Backend::LiveChatAI;
        QVERIFY(m_history->search(QStringLiteral("refund"), filter).isEmpty());
        filter = {};
        filter.limit = 2;
        QCOMPARE(texts(m_history->search(QStringLiteral("refund"), filter)),
                 (QStringList{QStringLiteral("refund status?"),
                              QStringLiteral("Refund please, the parcel was broken")}));
        filter.limit = 0;
        QVERIFY(m_history->search(QStringLiteral("refund"), filter).isEmpty());
        // the conversation filter is an index token: words never match it
        QVERIFY(m_history->search(QStringLiteral("c%1").arg(m_rocket)).isEmpty());
        QVERIFY(m_history->search(QStringLiteral("search_scope")).isEmpty());
        filter = {};
        filter.conversationId = m_rocket;
        filter.backend = Backend::RocketChat;
        QCOMPARE(texts(m_history->search(QStringLiteral("refu* ord*"), filter)),
                 QStringList{QStringLiteral("I want a refund for my order")});
        filter.conversationId = 4242;
        QVERIFY(m_history->search(QStringLiteral("refund"), filter).isEmpty());
    }

    void allWordsMustMatch() {
        QCOMPARE(texts(m_history->search(QStringLiteral("refund order"))),
                 QStringList{QStringLiteral("I want a refund for my order")});
        QVERIFY(m_history->search(QStringLiteral("refund nothinglikethis")).isEmpty());
    }

    void hostileInputIsJustText_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("hits");
        QTest::newRow("lone quote") << QStringLiteral("\"") << 0;
        QTest::newRow("unbalanced quote") << QStringLiteral("refund\"") << 3;
        QTest::newRow("star") << QStringLiteral("*") << 0;
        QTest::newRow("stars") << QStringLiteral("** refund**") << 4;
        QTest::newRow("star word") << QStringLiteral("*refund") << 3;
        QTest::newRow("NEAR(") << QStringLiteral("NEAR(") << 0;
        QTest::newRow("NEAR expression") << QStringLiteral("NEAR(refund parcel, 2)") << 0;
        QTest::newRow("operators") << QStringLiteral("refund AND OR NOT") << 0;
        QTest::newRow("NOT first") << QStringLiteral("NOT refund") << 0;
        QTest::newRow("column filter") << QStringLiteral("text:refund") << 0;
        QTest::newRow("caret") << QStringLiteral("^refund") << 3;
        QTest::newRow("minus") << QStringLiteral("-refund") << 3;
        QTest::newRow("parentheses") << QStringLiteral("(refund)") << 3;
        QTest::newRow("braces") << QStringLiteral("{text}: refund") << 0;
        QTest::newRow("sql") << QStringLiteral("'; DROP TABLE messages; --") << 0;
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("blanks") << QStringLiteral(" \t\n ") << 0;
        QTest::newRow("punctuation only") << QStringLiteral("!?.,;:") << 0;
        QTest::newRow("very long") << QStringLiteral("refund ").repeated(500) << 3;
        QTest::newRow("control characters") << QStringLiteral("refund\x01\x02") << 3;
    }

    void hostileInputIsJustText() {
        QFETCH(QString, query);
        QFETCH(int, hits);
        const auto found = m_history->search(query);
        QVERIFY2(m_history->lastError().isEmpty(), qPrintable(m_history->lastError()));
        QCOMPARE(found.size(), hits);
        QCOMPARE(m_history->messageCount(m_rocket), 4); // and nothing was dropped
    }

    void matchExpressions() {
        QCOMPARE(ftsMatchExpression(QStringLiteral("refund")), QStringLiteral("\"refund\""));
        QCOMPARE(ftsMatchExpression(QStringLiteral("refu*")), QStringLiteral("\"refu\"*"));
        QCOMPARE(ftsMatchExpression(QStringLiteral("refu** x")), QStringLiteral("\"refu\"* \"x\""));
        QCOMPARE(ftsMatchExpression(QStringLiteral("ab*")), QStringLiteral("\"ab\""));
        QCOMPARE(ftsMatchExpression(QStringLiteral("a \"b\" c")),
                 QStringLiteral("\"a\" \"\"\"b\"\"\" \"c\""));
        QCOMPARE(ftsMatchExpression(QStringLiteral("refund *")), QStringLiteral("\"refund\""));
        QCOMPARE(ftsMatchExpression(QStringLiteral("\" * (")), QString());
    }

    void editsAndRemovalsFollowTheIndex() {
        auto message = m_history->message(m_ids.value(QStringLiteral("Where is my parcel?")));
        QVERIFY(message);
        message->text = QStringLiteral("Where is my package?");
        QVERIFY(m_history->updateMessage(*message));
        QCOMPARE(m_history->search(QStringLiteral("parcel")).size(), 1);
        QCOMPARE(m_history->search(QStringLiteral("package")).size(), 1);

        QVERIFY(m_history->removeMessage(m_ids.value(QStringLiteral("refund status?"))));
        QCOMPARE(m_history->search(QStringLiteral("refund")).size(), 2);

        // a message added and edited within one batch is indexed with its final text
        Message fresh;
        fresh.conversationId = m_rocket;
        fresh.text = QStringLiteral("zebra crossing");
        const auto stored = m_history->addMessage(fresh);
        QVERIFY(stored);
        QCOMPARE(m_history->search(QStringLiteral("zebra")).size(), 1);

        HistorySql sql(*m_history);
        QSqlQuery check(sql.database());
        QVERIFY(check.exec(QStringLiteral(
            "INSERT INTO messages_fts(messages_fts, rank) VALUES ('integrity-check', 1)")));
    }

    void thePlanNeverSortsAllHits() {
        // the newest-first walk comes from the index itself: no temporary B-tree for ORDER BY
        HistorySql sql(*m_history);
        QSqlQuery plan(sql.database());
        QVERIFY(plan.exec(
            QStringLiteral("EXPLAIN QUERY PLAN SELECT m.id FROM messages_fts"
                           " CROSS JOIN messages m ON m.id = messages_fts.rowid"
                           " CROSS JOIN conversations c ON c.id = m.conversation_id"
                           " WHERE messages_fts MATCH 'refund' AND c.backend = 'rocketchat'"
                           " ORDER BY messages_fts.rowid DESC LIMIT 50")));
        QString details;
        while (plan.next())
            details += plan.value(3).toString() + QLatin1Char('\n');
        QVERIFY2(!details.contains(QStringLiteral("TEMP B-TREE")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("SCAN messages_fts VIRTUAL TABLE")),
                 qPrintable(details));
    }
};

QTEST_GUILESS_MAIN(TestHistorySearch)
#include "tst_history_search.moc"
