#include "DamagedHistory.h"
#include "FakeRocketChat.h"
#include "accounts/Credentials.h"
#include "net/Transport.h"
#include "outbox/Outbox.h"
#include "store/History.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace agentdesk;
using damaged::Damage;

Q_DECLARE_METATYPE(damaged::Damage)

//! Replies queued in a history that gets damaged are salvaged and then delivered, each once,
//! by the real outbox to a loopback Rocket.Chat.
class TestOutboxSalvage : public QObject {
    Q_OBJECT

private slots:
    void salvagedRepliesAreSentOnce_data() {
        QTest::addColumn<Damage>("damage");
        QTest::newRow("garbage over the middle of the messages") << Damage::MessagePages;
        QTest::newRow("garbage over the middle of the file") << Damage::FileMiddle;
        QTest::newRow("truncated") << Damage::Truncated;
        QTest::newRow("broken header") << Damage::Header;
    }

    void salvagedRepliesAreSentOnce() {
        QFETCH(Damage, damage);
        FakeRocketChat server;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        const damaged::Workspace before = damaged::populate(path, server.url(), 900);
        damaged::damage(path, damage);

        History history;
        const auto outcome = history.open(path);
        QCOMPARE(outcome.status, History::OpenStatus::Corrupt);
        QVERIFY(outcome.salvage);
        QCOMPARE(outcome.salvage->unsentReplies, 5);
        QCOMPARE(history.accounts().size(), 1);

        Transport transport;
        transport.setLimits({.inactivityMs = 5'000, .deadlineMs = 10'000});
        MemoryCredentials credentials;
        credentials.setSecret(history.accounts().first().id, QStringLiteral("auth-token-1"));
        Outbox outbox(&history, &transport, &credentials);
        outbox.start();
        QTRY_VERIFY_WITH_TIMEOUT(history.pendingMessages().isEmpty(), 20000);

        QCOMPARE(server.storedIds().size(), before.unsent.size());
        QCOMPARE(server.duplicatesRefused(), 0);
        QCOMPARE(server.requestsTo(FakeRocketChat::kSendPath).size(), before.unsent.size());
        for (const Message& original : before.unsent) {
            QCOMPARE(server.storedIds().count(original.clientId), 1);
            QCOMPARE(server.storedText(original.clientId), original.text);
            const auto sent = history.messageByClientId(original.clientId);
            QVERIFY(sent);
            QCOMPARE(sent->state, DeliveryState::Sent);
        }
        QVERIFY(history.failedMessages().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOutboxSalvage)
#include "tst_outbox_salvage.moc"
