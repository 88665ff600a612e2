#include "HistorySql.h"
#include "store/History.h"
#include "store/HistoryCheck.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace agentdesk;

class TestHistoryCheck : public QObject {
    Q_OBJECT

    //! A closed history with a few hundred messages in `dir`; its path.
    static QString makeHistory(const QString& dir) {
        History history;
        const QString path = History::databasePath(dir);
        if (history.open(path).status != History::OpenStatus::Ok)
            return {};
        Account account;
        account.backend = Backend::RocketChat;
        account.serverUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        const auto added = history.addAccount(account);
        Conversation c;
        c.accountId = added->id;
        c.remoteId = QStringLiteral("room");
        const auto stored = history.upsertConversation(c);
        QList<Message> messages;
        for (int i = 0; i < 800; ++i) {
            Message m;
            m.conversationId = stored->id;
            m.text = QStringLiteral("message %1 with some words to fill the pages").arg(i);
            m.createdAt = QDateTime(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC).addSecs(60 * i);
            m.remoteId = QStringLiteral("r%1").arg(i);
            messages << m;
        }
        history.addMessages(messages);
        // a table of its own at the end of the file, which opening the history never reads
        HistorySql sql(history);
        QSqlQuery filler(sql.database());
        if (!filler.exec(QStringLiteral("CREATE TABLE filler (x BLOB)")) ||
            !filler.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1"
                                        " FROM n WHERE i < 40)"
                                        " INSERT INTO filler SELECT zeroblob(3000) FROM n")))
            return {};
        return path;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aSoundHistoryIsFine() {
        QTemporaryDir dir;
        const QString path = makeHistory(dir.path());
        QVERIFY(!path.isEmpty());
        HistoryCheck check(path, dir.path());
        QSignalSpy finished(&check, &HistoryCheck::finished);
        check.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toString(), QString());
        QVERIFY(!HistoryCheck::neededAtOpen(dir.path()));
    }

    void damageFoundAfterTheStartIsCheckedAndMovedAsideAtTheNextOpen() {
        QTemporaryDir dir;
        const QString path = makeHistory(dir.path());
        QVERIFY(!path.isEmpty());
        {
            // the last pages (the filler's) overwritten: it still opens without the whole
            // check, as the desk opens it
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.size() > 16 * 4096);
            const QByteArray garbage(2 * 4096, '\xff');
            QVERIFY(file.seek(file.size() - garbage.size()));
            QCOMPARE(file.write(garbage), garbage.size());
        }
        {
            History opened;
            opened.setIntegrityCheckLimit(0);
            QCOMPARE(opened.open(path).status, History::OpenStatus::Ok);
        }
        HistoryCheck check(path, dir.path());
        QSignalSpy finished(&check, &HistoryCheck::finished);
        check.start();
        QVERIFY(finished.wait(10000));
        QVERIFY(!finished.first().first().toString().isEmpty());
        QVERIFY(HistoryCheck::neededAtOpen(dir.path()));

        // The next start opens it with the whole check, as the workspace does.
        History history;
        history.setIntegrityCheckLimit(-1);
        const auto outcome = history.open(path);
        QCOMPARE(outcome.status, History::OpenStatus::Corrupt);
        QVERIFY(!outcome.movedAsideTo.isEmpty());
        QVERIFY(history.isOpen());
        HistoryCheck::doneAtOpen(dir.path());
        QVERIFY(!HistoryCheck::neededAtOpen(dir.path()));
    }

    void aBigHistoryIsLeftAlone() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(HistoryCheck::kMaxBytes + 1));
        file.close();
        HistoryCheck check(path, dir.path());
        QSignalSpy finished(&check, &HistoryCheck::finished);
        check.start();
        QVERIFY(!finished.wait(200));
        QVERIFY(!HistoryCheck::neededAtOpen(dir.path()));
    }
};

QTEST_MAIN(TestHistoryCheck)
#include "tst_historycheck.moc"
