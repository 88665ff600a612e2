#pragma once

#include "HistorySql.h"
#include "store/History.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace agentdesk {

//! A history on a temporary folder with one account and one conversation ("room-1"), checked
//! after every test (the file and its search index agree with the messages). The history's
//! unit tests derive from it and call openHistory() in init(), checkAndClose() in cleanup().
class HistoryFixture {
protected:
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

    void openHistory() {
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

    void checkAndClose() {
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
};

} // namespace agentdesk
