#include "store/History.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace agentdesk;

//! The AI panel's exchanges: kept with their links, per desk conversation, and the LiveChatAI
//! conversation id remembered so follow-up questions keep their context.
class TestHistoryAi : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<History> m_history;
    qint64 m_conversationId = 0;
    int m_run = 0;

    static QDateTime at(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC); }

private slots:
    void init() {
        m_history = std::make_unique<History>();
        QCOMPARE(m_history->open(m_dir.filePath(QStringLiteral("%1.sqlite").arg(++m_run))).status,
                 History::OpenStatus::Ok);
        const auto account = m_history->addAccount(Account{});
        Conversation conversation;
        conversation.accountId = account->id;
        conversation.remoteId = QStringLiteral("room");
        m_conversationId = m_history->upsertConversation(conversation)->id;
    }

    void cleanup() { m_history.reset(); }

    void exchangesKeepTheirLinksInOrder() {
        QSignalSpy changed(m_history.get(), &History::conversationChanged);
        AiExchange first;
        first.conversationId = m_conversationId;
        first.question = QStringLiteral("How long do refunds take?");
        first.answer = QStringLiteral("Usually **5 days**.");
        first.aiConversationId = QStringLiteral("lcai-1");
        first.askedAt = at(1000);
        first.links = {{QStringLiteral("https://example.org/refunds"), QStringLiteral("WEBSITE")},
                       {QStringLiteral("https://example.org/faq"), QStringLiteral("PDF")}};
        const auto stored = m_history->addAiExchange(first);
        QVERIFY2(stored, qPrintable(m_history->lastError()));
        QVERIFY(stored->id != 0);

        // the desk conversation now continues that AI conversation
        QCOMPARE(m_history->conversation(m_conversationId)->aiConversationId,
                 QStringLiteral("lcai-1"));
        QCOMPARE(changed.size(), 1);

        AiExchange followUp;
        followUp.conversationId = m_conversationId;
        followUp.question = QStringLiteral("And for damaged goods?");
        followUp.answer = QStringLiteral("The same.");
        followUp.aiConversationId = QStringLiteral("lcai-1");
        followUp.askedAt = at(2000);
        QVERIFY(m_history->addAiExchange(followUp));
        QCOMPARE(changed.size(), 1); // the id did not change: nothing to announce

        const auto exchanges = m_history->aiExchanges(m_conversationId);
        QCOMPARE(exchanges.size(), 2);
        QCOMPARE(exchanges.at(0).question, first.question);
        QCOMPARE(exchanges.at(0).answer, first.answer);
        QCOMPARE(exchanges.at(0).askedAt, at(1000));
        QCOMPARE(exchanges.at(0).aiConversationId, QStringLiteral("lcai-1"));
        QCOMPARE(exchanges.at(0).links.size(), 2);
        QCOMPARE(exchanges.at(0).links.at(0).url, QStringLiteral("https://example.org/refunds"));
        QCOMPARE(exchanges.at(0).links.at(0).type, QStringLiteral("WEBSITE"));
        QCOMPARE(exchanges.at(0).links.at(1).type, QStringLiteral("PDF"));
        QCOMPARE(exchanges.at(1).question, followUp.question);
        QVERIFY(exchanges.at(1).links.isEmpty());
    }

    void aNewAiConversationReplacesTheKeptOne() {
        QVERIFY(m_history->setAiConversationId(m_conversationId, QStringLiteral("old")));
        AiExchange exchange;
        exchange.conversationId = m_conversationId;
        exchange.question = QStringLiteral("Start over?");
        exchange.aiConversationId = QStringLiteral("new");
        QVERIFY(m_history->addAiExchange(exchange));
        QCOMPARE(m_history->conversation(m_conversationId)->aiConversationId,
                 QStringLiteral("new"));
        // an exchange without an AI conversation id keeps the kept one
        exchange.aiConversationId.clear();
        QVERIFY(m_history->addAiExchange(exchange));
        QCOMPARE(m_history->conversation(m_conversationId)->aiConversationId,
                 QStringLiteral("new"));
    }

    void exchangesWithoutAConversation() {
        AiExchange loose;
        loose.question = QStringLiteral("What is our returns policy?");
        loose.answer = QStringLiteral("30 days.");
        const auto stored = m_history->addAiExchange(loose);
        QVERIFY(stored);
        QVERIFY(stored->askedAt.isValid());
        QCOMPARE(m_history->aiExchanges(0).size(), 1);
        QVERIFY(m_history->aiExchanges(m_conversationId).isEmpty());
    }

    void badExchangesAreRefused() {
        AiExchange empty;
        empty.conversationId = m_conversationId;
        QVERIFY(!m_history->addAiExchange(empty));
        QVERIFY(m_history->lastError().contains(QStringLiteral("question")));
        AiExchange orphan;
        orphan.conversationId = 4242;
        orphan.question = QStringLiteral("Hello?");
        QVERIFY(!m_history->addAiExchange(orphan));
        QVERIFY(m_history->lastError().contains(QStringLiteral("4242")));
        QVERIFY(m_history->aiExchanges(4242).isEmpty());
    }

    void exchangesGoWithTheirConversation() {
        AiExchange exchange;
        exchange.conversationId = m_conversationId;
        exchange.question = QStringLiteral("Q");
        exchange.links = {{QStringLiteral("https://example.org"), QStringLiteral("WEBSITE")}};
        QVERIFY(m_history->addAiExchange(exchange));
        const auto conversation = m_history->conversation(m_conversationId);
        QVERIFY(m_history->removeAccount(conversation->accountId));
        QVERIFY(m_history->aiExchanges(m_conversationId).isEmpty());
    }

    void theAiColleaguesConversationIsRecognisedAndItsListedCopyRemoved() {
        // The sync listed LiveChatAI conversations before the AI panel's answer came back: the
        // one the panel asked in became a "visitor" conversation, beside a real visitor's.
        Account lcai;
        lcai.backend = Backend::LiveChatAI;
        const qint64 accountId = m_history->addAccount(lcai)->id;
        const auto listed = [&](const QString& remoteId) {
            Conversation c;
            c.accountId = accountId;
            c.backend = Backend::LiveChatAI;
            c.remoteId = remoteId;
            c.visitorName = remoteId;
            return m_history->upsertConversation(c)->id;
        };
        const qint64 copy = listed(QStringLiteral("lcai-panel"));
        const qint64 looseCopy = listed(QStringLiteral("lcai-loose"));
        const qint64 visitor = listed(QStringLiteral("lcai-visitor"));
        Message hello;
        hello.conversationId = copy;
        hello.text = QStringLiteral("When are you open?");
        QVERIFY(m_history->addMessage(hello));
        QVERIFY(!m_history->isAiConversation(QStringLiteral("lcai-panel")));

        QSignalSpy removed(m_history.get(), &History::conversationRemoved);
        AiExchange exchange;
        exchange.conversationId = m_conversationId;
        exchange.question = hello.text;
        exchange.answer = QStringLiteral("9 to 5.");
        exchange.aiConversationId = QStringLiteral("lcai-panel");
        QVERIFY(m_history->addAiExchange(exchange));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().first().toLongLong(), copy);
        QVERIFY(!m_history->conversation(copy));
        QVERIFY(m_history->isAiConversation(QStringLiteral("lcai-panel")));

        // A question outside any conversation is the AI colleague's too.
        AiExchange loose;
        loose.question = QStringLiteral("Returns policy?");
        loose.aiConversationId = QStringLiteral("lcai-loose");
        QVERIFY(m_history->addAiExchange(loose));
        QVERIFY(!m_history->conversation(looseCopy));
        QVERIFY(m_history->isAiConversation(QStringLiteral("lcai-loose")));

        // A visitor's conversation is not; nor is one the agent has answered in, even when an
        // id is recorded for it (it is kept: it holds the agent's words).
        QVERIFY(!m_history->isAiConversation(QStringLiteral("lcai-visitor")));
        Message reply;
        reply.conversationId = visitor;
        reply.direction = Direction::Outgoing;
        reply.text = QStringLiteral("Hi!");
        reply.state = DeliveryState::Sent;
        reply.clientId = QStringLiteral("c-1");
        QVERIFY(m_history->addMessage(reply));
        QVERIFY(m_history->removeAiConversationCopies(QStringLiteral("lcai-visitor")));
        QVERIFY(m_history->conversation(visitor));

        // Kept on disk: a restart still knows.
        const QString path = m_history->path();
        m_history = std::make_unique<History>();
        QCOMPARE(m_history->open(path).status, History::OpenStatus::Ok);
        QVERIFY(m_history->isAiConversation(QStringLiteral("lcai-panel")));
        QVERIFY(m_history->isAiConversation(QStringLiteral("lcai-loose")));
        QVERIFY(!m_history->isAiConversation(QStringLiteral("lcai-visitor")));
        QVERIFY(!m_history->isAiConversation(QString()));
    }
};

QTEST_GUILESS_MAIN(TestHistoryAi)
#include "tst_history_ai.moc"
