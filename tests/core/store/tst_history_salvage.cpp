#include "DamagedHistory.h"
#include "HistorySql.h"
#include "store/History.h"
#include "store/Migrations.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace agentdesk;
using damaged::Damage;

Q_DECLARE_METATYPE(damaged::Damage)

//! A damaged history is kept aside untouched and what is readable of it is copied into a new
//! one, the unsent replies first; the report says what was saved and lost, once.
class TestHistorySalvage : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    const QUrl m_server{QStringLiteral("http://127.0.0.1:9/")};

    static int cannedCount(History& history) {
        HistorySql sql(history);
        QSqlQuery query(sql.database());
        return query.exec(QStringLiteral("SELECT count(*) FROM canned_replies")) && query.next()
                   ? query.value(0).toInt()
                   : -1;
    }

private slots:
    void unsentRepliesSurviveTheDamage_data() {
        QTest::addColumn<Damage>("damage");
        QTest::addColumn<bool>("lossExpected");
        QTest::newRow("garbage over the middle of the messages") << Damage::MessagePages << true;
        QTest::newRow("garbage over the middle of the file") << Damage::FileMiddle << true;
        QTest::newRow("truncated") << Damage::Truncated << false;
        QTest::newRow("broken header") << Damage::Header << false;
    }

    void unsentRepliesSurviveTheDamage() {
        QFETCH(Damage, damage);
        QFETCH(bool, lossExpected);
        const QString path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(int(damage)));
        const damaged::Workspace before = damaged::populate(path, m_server);
        const qint64 sound = QFileInfo(path).size();
        const QByteArray broken = damaged::damage(path, damage);
        QVERIFY(broken != QByteArray());
        if (damage == Damage::Truncated)
            QVERIFY2(broken.size() <= sound - 4096, qPrintable(QString::number(sound)));

        History history;
        const auto outcome = history.open(path);
        QCOMPARE(outcome.status, History::OpenStatus::Corrupt);
        QVERIFY(history.isOpen());
        // the damaged file is kept as it was, next to the new one
        QVERIFY(outcome.movedAsideTo.startsWith(path + QStringLiteral(".corrupt-")));
        QCOMPARE(damaged::bytes(outcome.movedAsideTo), broken);

        // every unsent reply, same clientId, text and conversation: it can still be sent
        const QList<Message> pending = history.pendingMessages();
        QCOMPARE(pending.size(), before.unsent.size());
        for (const Message& original : before.unsent) {
            const auto saved = history.messageByClientId(original.clientId);
            QVERIFY2(saved, qPrintable(original.clientId));
            QCOMPARE(saved->text, original.text);
            QCOMPARE(saved->state, DeliveryState::Queued);
            QCOMPARE(saved->direction, Direction::Outgoing);
            QCOMPARE(saved->createdAt, original.createdAt);
            const auto room = history.conversation(saved->conversationId);
            QVERIFY(room);
            QCOMPARE(
                room->visitorToken,
                QString(room->remoteId).replace(QStringLiteral("room"), QStringLiteral("token")));
            const auto account = history.account(room->accountId);
            QVERIFY(account);
            QCOMPARE(account->serverUrl, m_server);
        }
        QCOMPARE(history.conversations().size(), 3);
        QCOMPARE(history.accounts().size(), 1);
        int drafts = 0;
        qint64 messages = 0;
        for (const Conversation& room : history.conversations()) {
            drafts += !room.draft.isEmpty();
            messages += history.messageCount(room.id);
        }
        QCOMPARE(drafts, 1);

        // the report: what was saved, what was not, where the damaged copy is
        QVERIFY(outcome.salvage);
        const SalvageReport& report = *outcome.salvage;
        QCOMPARE(report.unsentReplies, 5);
        QCOMPARE(report.unsentWithoutConversation, 0);
        QCOMPARE(qint64(report.messages), messages);
        QCOMPARE(report.damagedCopy, outcome.movedAsideTo);
        QVERIFY(report.text().contains(outcome.movedAsideTo));
        QVERIFY(report.text().contains(
            QStringLiteral("unsent replies saved (queued, sending or failed): 5")));
        QVERIFY(outcome.message.contains(outcome.movedAsideTo));
        if (lossExpected) {
            QVERIFY2(messages < before.messages, qPrintable(report.text()));
            QVERIFY2(messages > before.messages / 2, qPrintable(report.text()));
            QVERIFY2(!report.unreadable.isEmpty(), qPrintable(report.text()));
            QVERIFY(report.text().contains(QStringLiteral("Could not be read")));
        } else if (damage == Damage::Header) {
            QCOMPARE(messages, before.messages); // only the header was lost
            QCOMPARE(cannedCount(history), 1);
        }

        // the search index was rebuilt from what was copied
        SearchFilter everything;
        everything.limit = 10000;
        const auto hits = history.search(QStringLiteral("parcel"), everything);
        QCOMPARE(qint64(hits.size()), messages);
        QVERIFY(history.checkIntegrity());
        QVERIFY(history.unseenSalvageReport());

        // opening again: a sound file, nothing salvaged twice
        history.close();
        const auto again = history.open(path);
        QCOMPARE(again.status, History::OpenStatus::Ok);
        QVERIFY(!again.salvage);
        QCOMPARE(history.pendingMessages().size(), 5);
    }

    void nothingReadableIsSaidPlainly() {
        const QString path = m_dir.filePath(QStringLiteral("nothing.sqlite"));
        damaged::populate(path, m_server, 300);
        const QByteArray broken = damaged::damage(path, Damage::HeaderPage);

        History history;
        const auto outcome = history.open(path);
        QCOMPARE(outcome.status, History::OpenStatus::Corrupt);
        QCOMPARE(damaged::bytes(outcome.movedAsideTo), broken);
        QVERIFY(outcome.salvage);
        QVERIFY(outcome.salvage->nothingReadable());
        QCOMPARE(outcome.salvage->unsentReplies, 0);
        QVERIFY2(outcome.message.contains(QStringLiteral("Nothing in it could be read")),
                 qPrintable(outcome.message));
        QVERIFY(outcome.message.contains(outcome.movedAsideTo));
        QVERIFY(outcome.salvage->summary().contains(QStringLiteral("nothing in it could be read")));
        QVERIFY(history.accounts().isEmpty());
        QVERIFY(history.unseenSalvageReport());
    }

    //! A file from before schema 8 marked the imports it queued by a negative batch id alone:
    //! salvaged into a new file, they still go on the visitor's behalf, and replies as the agent.
    void importsFromAnOlderFileStayOnTheVisitorsBehalf() {
        const QString path = m_dir.filePath(QStringLiteral("v7.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "v7");
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
            for (const auto& [offset, clientId, batchId] :
                 {std::tuple{0, "reply", 0}, {1, "import", -42}}) {
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
        QSqlDatabase::removeDatabase(QStringLiteral("v7"));
        damaged::damage(path, Damage::Header); // its schema version is lost with the header

        History history;
        const auto outcome = history.open(path);
        QCOMPARE(outcome.status, History::OpenStatus::Corrupt);
        QVERIFY(outcome.salvage);
        QCOMPARE(outcome.salvage->unsentReplies, 2);
        QCOMPARE(history.messageByClientId(QStringLiteral("reply"))->asVisitor, false);
        QCOMPARE(history.messageByClientId(QStringLiteral("import"))->asVisitor, true);
    }

    void theReportIsKeptUntilSeen() {
        const QString path = m_dir.filePath(QStringLiteral("seen.sqlite"));
        damaged::populate(path, m_server, 300);
        damaged::damage(path, Damage::MessagePages);
        {
            History history;
            QVERIFY(history.open(path).salvage);
        }
        History history;
        QCOMPARE(history.open(path).status, History::OpenStatus::Ok);
        const auto report = history.unseenSalvageReport();
        QVERIFY(report);
        QCOMPARE(report->unsentReplies, 5);
        QVERIFY(report->damagedCopy.contains(QStringLiteral(".corrupt-")));
        QVERIFY(report->at.isValid());
        QVERIFY(history.markSalvageReportSeen());
        QVERIFY(!history.unseenSalvageReport());
        history.close();
        QCOMPARE(history.open(path).status, History::OpenStatus::Ok);
        QVERIFY(!history.unseenSalvageReport());
    }

    void anInterruptedSalvageIsResumed() {
        // the damaged file was moved aside, then the process died before the copy committed
        const QString path = m_dir.filePath(QStringLiteral("resumed.sqlite"));
        const QString aside = path + QStringLiteral(".corrupt-test");
        {
            History history;
            QCOMPARE(history.open(path).status, History::OpenStatus::Ok);
            HistorySql sql(history);
            QSqlQuery query(sql.database());
            QVERIFY(query.exec(
                QStringLiteral("INSERT INTO workspace_facts (key, value) VALUES ('salvage.pending',"
                               " json_object('damagedCopy', '%1', 'damage', 'test damage'))")
                    .arg(aside)));
        }
        // the damaged file cannot be copied (here: not there yet): nothing is concluded
        {
            History history;
            const auto outcome = history.open(path);
            QCOMPARE(outcome.status, History::OpenStatus::Corrupt);
            QVERIFY(!outcome.salvage);
            QVERIFY2(outcome.message.contains(QStringLiteral("tries again")),
                     qPrintable(outcome.message));
            QVERIFY(!history.unseenSalvageReport());
        }
        damaged::populate(aside, m_server, 300);
        const QByteArray broken = damaged::damage(aside, Damage::MessagePages);
        History history;
        const auto outcome = history.open(path);
        QCOMPARE(outcome.status, History::OpenStatus::Corrupt);
        QVERIFY(outcome.salvage);
        QCOMPARE(outcome.salvage->unsentReplies, 5);
        QCOMPARE(outcome.movedAsideTo, aside);
        QCOMPARE(history.pendingMessages().size(), 5);
        QCOMPARE(damaged::bytes(aside), broken);
        history.close();
        QVERIFY(!history.open(path).salvage); // done: not again
    }
};

QTEST_GUILESS_MAIN(TestHistorySalvage)
#include "tst_history_salvage.moc"
