#include "HistorySql.h"
#include "store/History.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace agentdesk;

//! Opening a workspace: a newer version's file is refused untouched, a damaged one is kept
//! aside and replaced by a salvaged copy, an unusable place is a clear error, a full disk fails a
//! write cleanly.
class TestHistoryOpen : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString fresh(const QString& name) { return m_dir.filePath(name); }

    static QByteArray bytes(const QString& path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static void write(const QString& path, const QByteArray& data) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(data), data.size());
    }

    //! A closed history with one account, one conversation and `messages` messages.
    static void populate(const QString& path, int messages) {
        History history;
        QCOMPARE(history.open(path).status, History::OpenStatus::Ok);
        Account account;
        account.displayName = QStringLiteral("Acme");
        const auto added = history.addAccount(account);
        QVERIFY(added);
        Conversation conversation;
        conversation.accountId = added->id;
        conversation.remoteId = QStringLiteral("room");
        const auto stored = history.upsertConversation(conversation);
        QVERIFY(stored);
        QList<Message> batch;
        for (int i = 0; i < messages; ++i) {
            Message message;
            message.conversationId = stored->id;
            message.text = QStringLiteral("message number %1 with some words to fill pages").arg(i);
            message.createdAt = QDateTime::fromMSecsSinceEpoch(1000 + i, Qt::UTC);
            batch << message;
        }
        if (!batch.isEmpty())
            QCOMPARE(history.addMessages(batch).size(), messages);
    }

    //! The page numbers of the given tables and indexes, read through dbstat.
    static QList<int> pagesOf(const QString& path, const QString& condition) {
        QList<int> pages;
        History reader;
        if (reader.open(path).status != History::OpenStatus::Ok)
            return pages;
        HistorySql sql(reader);
        QSqlQuery query(sql.database());
        if (!query.exec(QStringLiteral("SELECT pageno FROM dbstat WHERE %1").arg(condition)))
            return pages;
        while (query.next())
            pages << query.value(0).toInt();
        return pages;
    }

    static QByteArray scribbled(QByteArray data, const QList<int>& pages) {
        for (int page : pages) {
            for (qsizetype i = qsizetype(page - 1) * 4096; i < qsizetype(page) * 4096; ++i)
                data[i] = char((i * 7919) & 0xff);
        }
        return data;
    }

    static void setUserVersion(const QString& path, int version) {
        const QString name = QStringLiteral("set-version");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

private slots:
    void createsTheFileAndItsFolder() {
        const QString path = fresh(QStringLiteral("a/b/c/history.sqlite"));
        History history;
        const auto outcome = history.open(path);
        QCOMPARE(outcome.status, History::OpenStatus::Ok);
        QVERIFY(history.isOpen());
        QCOMPARE(history.path(), path);
        QVERIFY(QFileInfo::exists(path));
        QVERIFY(history.lastError().isEmpty());
    }

    void reopensWhatItWrote() {
        const QString path = fresh(QStringLiteral("reopen.sqlite"));
        populate(path, 3);
        History history;
        QCOMPARE(history.open(path).status, History::OpenStatus::Ok);
        QCOMPARE(history.accounts().size(), 1);
        const auto conversations = history.conversations();
        QCOMPARE(conversations.size(), 1);
        QCOMPARE(history.messageCount(conversations.first().id), 3);
        QCOMPARE(history.search(QStringLiteral("number")).size(), 3);
    }

    void aNewerVersionIsRefusedAndUntouched() {
        const QString path = fresh(QStringLiteral("newer.sqlite"));
        populate(path, 5);
        setUserVersion(path, History::schemaVersion() + 1);
        const QByteArray before = bytes(path);
        QVERIFY(!before.isEmpty());

        History history;
        const auto outcome = history.open(path);
        QCOMPARE(outcome.status, History::OpenStatus::NewerVersion);
        QVERIFY(outcome.message.contains(QStringLiteral("newer")));
        QVERIFY(outcome.movedAsideTo.isEmpty());
        QVERIFY(!history.isOpen());
        QVERIFY(!history.addAccount(Account{})); // closed: a clear error, no crash
        QVERIFY(!history.lastError().isEmpty());
        history.close();
        QCOMPARE(bytes(path), before);
        QDir dir(m_dir.path());
        QVERIFY(dir.entryList({QStringLiteral("newer.sqlite.corrupt*")}).isEmpty());
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")) ||
                QFileInfo(path + QStringLiteral("-wal")).size() == 0);
    }

    void garbageIsMovedAsideWithItsCompanions() {
        const QString path = fresh(QStringLiteral("garbage.sqlite"));
        const QByteArray garbage = QByteArray("this is not a database, just bytes\n").repeated(200);
        write(path, garbage);
        write(path + QStringLiteral("-wal"), QByteArray("stale log"));

        History history;
        const auto outcome = history.open(path);
        QCOMPARE(outcome.status, History::OpenStatus::Corrupt);
        QVERIFY(!outcome.movedAsideTo.isEmpty());
        QVERIFY(outcome.movedAsideTo.startsWith(path + QStringLiteral(".corrupt-")));
        QVERIFY(outcome.message.contains(outcome.movedAsideTo));
        QCOMPARE(bytes(outcome.movedAsideTo), garbage);
        QCOMPARE(bytes(outcome.movedAsideTo + QStringLiteral("-wal")), QByteArray("stale log"));

        // a fresh, working history took its place
        QVERIFY(history.isOpen());
        QVERIFY(history.addAccount(Account{}));
        history.close();
        QCOMPARE(History().open(path).status, History::OpenStatus::Ok);
    }

    void damagedPagesAreDetected_data() {
        QTest::addColumn<double>("from");
        QTest::newRow("all but the header page") << 0.0;
        QTest::newRow("the last third (the integrity check finds it)") << 0.66;
    }

    void damagedPagesAreDetected() {
        QFETCH(double, from);
        const QString path =
            fresh(QStringLiteral("damaged-%1.sqlite").arg(QTest::currentDataTag()[0] == 'a'));
        populate(path, 400);
        QByteArray data = bytes(path);
        QVERIFY(data.size() > 8 * 4096);
        // scribble over whole pages, never the header page
        const qsizetype start = qMax<qsizetype>(4096, qsizetype(data.size() * from) / 4096 * 4096);
        for (qsizetype i = start; i < data.size(); ++i)
            data[i] = char((i * 7919) & 0xff);
        write(path, data);

        History history;
        const auto outcome = history.open(path);
        QCOMPARE(outcome.status, History::OpenStatus::Corrupt);
        QCOMPARE(bytes(outcome.movedAsideTo), data);
        QVERIFY(history.isOpen());
        // what was readable was salvaged into the new history (tst_history_salvage)
        QVERIFY(outcome.salvage);
        QCOMPARE(outcome.salvage->nothingReadable(), from == 0.0);
        QCOMPARE(history.accounts().size(), outcome.salvage->accounts);
        QVERIFY(history.checkIntegrity());
    }

    void bigFilesSkipTheFullCheckButCanAskForIt() {
        const QString path = fresh(QStringLiteral("big.sqlite"));
        populate(path, 400);
        // damage the leaves of one index only: nothing that opening the file reads
        const QList<int> pages =
            pagesOf(path, QStringLiteral("name = 'messages_by_time' AND pagetype = 'leaf'"));
        QVERIFY(!pages.isEmpty());
        const QByteArray data = scribbled(bytes(path), pages);
        write(path, data);

        History history;
        history.setIntegrityCheckLimit(0); // as if the file were too big to read at start-up
        QCOMPARE(history.open(path).status, History::OpenStatus::Ok);
        QVERIFY(!history.checkIntegrity());
        QVERIFY2(history.lastError().contains(QStringLiteral("damaged")),
                 qPrintable(history.lastError()));
        history.close();
        QCOMPARE(bytes(path), data);

        history.setIntegrityCheckLimit(-1);
        const auto outcome = history.open(path);
        QCOMPARE(outcome.status, History::OpenStatus::Corrupt);
        QCOMPARE(bytes(outcome.movedAsideTo), data);
        QVERIFY(history.checkIntegrity());
    }

    void aBigDamagedFileThatFailsToOpenIsCaughtAnyway() {
        const QString path = fresh(QStringLiteral("big-broken.sqlite"));
        populate(path, 400);
        // the search index, which opening the file does touch (but not the schema)
        const QList<int> pages =
            pagesOf(path, QStringLiteral("name IN ('messages_fts_data', 'messages_fts_config')"));
        QVERIFY(!pages.isEmpty());
        const QByteArray data = scribbled(bytes(path), pages);
        write(path, data);
        History history;
        history.setIntegrityCheckLimit(0);
        const auto outcome = history.open(path);
        QCOMPARE(outcome.status, History::OpenStatus::Corrupt);
        QCOMPARE(bytes(outcome.movedAsideTo), data);
        QVERIFY(history.isOpen());
        QVERIFY(history.checkIntegrity());
    }

    void movingAsideNeverOverwrites() {
        const QString path = fresh(QStringLiteral("twice.sqlite"));
        write(path, QByteArray("first garbage").repeated(100));
        History first;
        const auto one = first.open(path);
        QCOMPARE(one.status, History::OpenStatus::Corrupt);
        first.close();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        write(path, QByteArray("second garbage").repeated(100));
        History second;
        const auto two = second.open(path);
        QCOMPARE(two.status, History::OpenStatus::Corrupt);
        QVERIFY(two.movedAsideTo != one.movedAsideTo);
        QCOMPARE(bytes(one.movedAsideTo), QByteArray("first garbage").repeated(100));
        QCOMPARE(bytes(two.movedAsideTo), QByteArray("second garbage").repeated(100));
    }

    void anUnusablePlaceIsAnIoError() {
        // the "folder" is a file: nothing can be created below it
        const QString blocker = fresh(QStringLiteral("blocker"));
        write(blocker, QByteArray("x"));
        History history;
        auto outcome = history.open(blocker + QStringLiteral("/sub/history.sqlite"));
        QCOMPARE(outcome.status, History::OpenStatus::IoError);
        QVERIFY(!outcome.message.isEmpty());
        QVERIFY(!history.isOpen());

        // the file is a folder
        const QString folder = fresh(QStringLiteral("folder.sqlite"));
        QVERIFY(QDir().mkpath(folder));
        outcome = history.open(folder);
        QCOMPARE(outcome.status, History::OpenStatus::IoError);
        QVERIFY(!outcome.message.isEmpty());

        QCOMPARE(history.open(QString()).status, History::OpenStatus::IoError);
    }

    void aReadOnlyFolderIsAnIoError() {
        if (geteuid() == 0)
            QSKIP("root ignores file permissions");
        const QString dir = fresh(QStringLiteral("readonly"));
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner));
        History history;
        const auto outcome = history.open(dir + QStringLiteral("/history.sqlite"));
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QCOMPARE(outcome.status, History::OpenStatus::IoError);
        QVERIFY(!outcome.message.isEmpty());
    }

    void aFullDiskFailsTheWriteNotTheProcess() {
        const QString path = fresh(QStringLiteral("full.sqlite"));
        populate(path, 1);
        History history;
        QCOMPARE(history.open(path).status, History::OpenStatus::Ok);
        const qint64 conversationId = history.conversations().first().id;
        // max_page_count is per connection: the history's own is capped
        const int pages = history.pragma(QStringLiteral("page_count")).toInt();
        QVERIFY(pages > 0);
        QVERIFY2(history.setPragma(QStringLiteral("max_page_count"), pages),
                 qPrintable(history.lastError()));

        const QString big(20000, QLatin1Char('x'));
        bool failed = false;
        int added = 0;
        for (int i = 0; i < 200 && !failed; ++i) {
            Message message;
            message.conversationId = conversationId;
            message.clientId = QStringLiteral("c%1").arg(i);
            message.direction = Direction::Outgoing;
            message.state = DeliveryState::Queued;
            message.text = big;
            if (history.addMessage(message))
                ++added;
            else
                failed = true;
        }
        QVERIFY(failed);
        QVERIFY2(history.lastError().contains(QStringLiteral("full")),
                 qPrintable(history.lastError()));
        // nothing half-written: what was acknowledged is there, the failed one is not
        QCOMPARE(history.messageCount(conversationId), qint64(1 + added));
        QVERIFY(!history.messageByClientId(QStringLiteral("c%1").arg(added)));

        QVERIFY2(history.setPragma(QStringLiteral("max_page_count"), 1000000),
                 qPrintable(history.lastError()));
        Message after;
        after.conversationId = conversationId;
        after.text = QStringLiteral("room again");
        QVERIFY2(history.addMessage(after), qPrintable(history.lastError()));
        QCOMPARE(history.pragma(QStringLiteral("integrity_check")).toString(),
                 QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestHistoryOpen)
#include "tst_history_open.moc"
