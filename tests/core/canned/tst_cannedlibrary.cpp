#include "canned/CannedFile.h"
#include "canned/CannedLibrary.h"
#include "store/History.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace agentdesk;

//! The canned-reply library in the workspace database: order, default shortcuts, conflicts,
//! scopes, the starter set, and JSON import/export (ours and Rocket.Chat's) all or nothing.
class TestCannedLibrary : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<History> m_history;
    std::unique_ptr<CannedLibrary> m_library;
    int m_run = 0;

    static CannedReply make(const QString& title, const QString& text = QStringLiteral("Text")) {
        CannedReply r;
        r.title = title;
        r.text = text;
        return r;
    }

    QStringList titles() const {
        QStringList list;
        for (const CannedReply& reply : m_library->replies())
            list << reply.title;
        return list;
    }

    Account addAccount(Backend backend, const QString& server, const QString& username) {
        Account account;
        account.backend = backend;
        account.serverUrl = QUrl(server);
        account.username = username;
        return *m_history->addAccount(account);
    }

private slots:
    void init() {
        m_library.reset();
        m_history = std::make_unique<History>();
        const auto outcome =
            m_history->open(m_dir.filePath(QStringLiteral("h%1.sqlite").arg(++m_run)));
        QCOMPARE(outcome.status, History::OpenStatus::Ok);
        m_library = std::make_unique<CannedLibrary>(m_history.get());
    }

    void firstNineGetCtrlDigitsByDefault() {
        for (int i = 1; i <= 10; ++i)
            QVERIFY(m_library->add(make(QStringLiteral("R%1").arg(i))));
        const QList<CannedReply> all = m_library->replies();
        QCOMPARE(all.size(), 10);
        for (int i = 0; i < 9; ++i)
            QCOMPARE(all.at(i).shortcut, QStringLiteral("Ctrl+%1").arg(i + 1));
        QVERIFY(all.at(9).shortcut.isEmpty());
        // a freed digit goes to the next new reply while fewer than nine exist
        QVERIFY(m_library->remove(all.at(2).id));
        QVERIFY(m_library->remove(all.at(3).id));
        const auto added = m_library->add(make(QStringLiteral("New")));
        QCOMPARE(added->shortcut, QStringLiteral("Ctrl+3"));
        const auto none =
            m_library->add(make(QStringLiteral("None")), CannedLibrary::DefaultShortcut::None);
        QVERIFY(none->shortcut.isEmpty());
    }

    void refusesInvalidRepliesNamingTheConflict() {
        QSignalSpy changed(m_library.get(), &CannedLibrary::changed);
        QVERIFY(!m_library->add(make(QStringLiteral("  "))));
        QVERIFY(m_library->lastError().contains(QLatin1String("title")));
        QVERIFY(!m_library->add(make(QStringLiteral("Empty"), QStringLiteral("\n "))));
        CannedReply spaced = make(QStringLiteral("Spaced"));
        spaced.trigger = QStringLiteral("two words");
        QVERIFY(!m_library->add(spaced));
        CannedReply bad = make(QStringLiteral("Bad key"));
        bad.shortcut = QStringLiteral("Ctrl+ +x");
        QVERIFY(!m_library->add(bad));
        QCOMPARE(changed.size(), 0);

        const auto first = m_library->add(make(QStringLiteral("Greeting")));
        CannedReply second = make(QStringLiteral("Closing"));
        second.shortcut = QStringLiteral("Ctrl+1");
        QVERIFY(!m_library->add(second));
        QCOMPARE(m_library->lastError(),
                 QStringLiteral("Ctrl+1 is already the shortcut of “Greeting”."));
        // updating a reply with its own shortcut is fine
        CannedReply edited = *first;
        edited.text = QStringLiteral("Hello!");
        QVERIFY(m_library->update(edited));
        QCOMPARE(m_library->reply(first->id)->text, QStringLiteral("Hello!"));
        QCOMPARE(changed.size(), 2);
    }

    void reordersDuplicatesAndDeletes() {
        const auto a = m_library->add(make(QStringLiteral("A")));
        const auto b = m_library->add(make(QStringLiteral("B")));
        const auto c = m_library->add(make(QStringLiteral("C")));
        QVERIFY(m_library->move(c->id, 0));
        QCOMPARE(titles(), (QStringList{"C", "A", "B"}));
        QVERIFY(m_library->move(c->id, 99));
        QCOMPARE(titles(), (QStringList{"A", "B", "C"}));
        const auto copy = m_library->duplicate(a->id);
        QVERIFY(copy);
        QCOMPARE(copy->title, QStringLiteral("A (copy)"));
        QVERIFY(copy->shortcut.isEmpty());
        QCOMPARE(copy->text, a->text);
        QCOMPARE(titles(), (QStringList{"A", "A (copy)", "B", "C"}));
        QVERIFY(m_library->remove(b->id));
        QCOMPARE(titles(), (QStringList{"A", "A (copy)", "C"}));
        QVERIFY(!m_library->remove(b->id));
        QVERIFY(!m_library->move(b->id, 0));
    }

    void scopesOfferPersonalAndTheAccountsOwn() {
        const Account rc = addAccount(Backend::RocketChat, "https://chat.example.org", "sam");
        const Account sb = addAccount(Backend::SocialBoards, "https://sb.example.org", "sam");
        m_library->add(make(QStringLiteral("Personal")));
        CannedReply forRc = make(QStringLiteral("RC only"));
        forRc.accountId = rc.id;
        QVERIFY(m_library->add(forRc));
        CannedReply ghost = make(QStringLiteral("Ghost"));
        ghost.accountId = 4242;
        QVERIFY(!m_library->add(ghost));
        QVERIFY(m_library->lastError().contains(QLatin1String("no account")));
        QCOMPARE(m_library->repliesFor(rc.id).size(), 2);
        QCOMPARE(m_library->repliesFor(sb.id).size(), 1);
        // an account's replies go with the account
        QVERIFY(m_history->removeAccount(rc.id));
        QCOMPARE(titles(), QStringList{"Personal"});
    }

    void starterSetIsOfferedOnce() {
        QVERIFY(m_library->ensureStarterSet());
        const QList<CannedReply> starters = m_library->replies();
        QCOMPARE(starters.size(), 4);
        QCOMPARE(starters.at(0).trigger, QStringLiteral("hello"));
        QCOMPARE(starters.at(0).shortcut, QStringLiteral("Ctrl+1"));
        QVERIFY(starters.at(3).text.contains(QLatin1String("\n---\n")));
        for (const CannedReply& reply : starters)
            QVERIFY(m_library->remove(reply.id));
        QVERIFY(m_library->ensureStarterSet());
        QVERIFY(m_library->replies().isEmpty());
    }

    void starterSetLeavesATeamSetAlone() {
        // an administrator rolled out a team set before the desk first opened the workspace
        CannedReply team = make(QStringLiteral("Greeting"), QStringLiteral("Team hello!"));
        team.trigger = QStringLiteral("hello");
        QVERIFY(m_library->add(team));
        QVERIFY(m_library->ensureStarterSet());
        QCOMPARE(m_library->replies().size(), 1);
        QCOMPARE(m_library->replies().first().text, QStringLiteral("Team hello!"));
        // and it is not offered later either, once the team set is gone
        QVERIFY(m_library->remove(m_library->replies().first().id));
        QVERIFY(m_library->ensureStarterSet());
        QVERIFY(m_library->replies().isEmpty());
    }

    void exportImportRoundTrip() {
        const Account rc = addAccount(Backend::RocketChat, "https://chat.example.org", "sam");
        CannedReply a = make(QStringLiteral("Greeting"), QStringLiteral("Hi {visitor.name}!"));
        a.folder = QStringLiteral("Basics");
        a.trigger = QStringLiteral("hi");
        a.sendImmediately = true;
        QVERIFY(m_library->add(a));
        CannedReply b = make(QStringLiteral("Parts"), QStringLiteral("One\n---\nTwo"));
        b.accountId = rc.id;
        b.shortcut = QStringLiteral("Ctrl+Shift+P");
        b.remoteId = QStringLiteral("c9"); // synced from that Rocket.Chat server
        QVERIFY(m_library->add(b));
        QVERIFY(
            m_library->add(make(QStringLiteral("No key")), CannedLibrary::DefaultShortcut::None));
        const QList<CannedReply> before = m_library->replies();
        const QByteArray file = CannedFile::write(before, m_history->accounts());

        // into a second workspace with the same account
        init();
        const Account again = addAccount(Backend::RocketChat, "https://chat.example.org/", "sam");
        QString error;
        const auto parsed = CannedFile::parse(file, m_history->accounts(), &error);
        QVERIFY2(parsed, qPrintable(error));
        QVERIFY(parsed->notes.isEmpty());
        const auto outcome = m_library->importReplies(parsed->entries);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.added, 3);
        const QList<CannedReply> after = m_library->replies();
        QCOMPARE(after.size(), before.size());
        for (int i = 0; i < after.size(); ++i) {
            QCOMPARE(after.at(i).title, before.at(i).title);
            QCOMPARE(after.at(i).text, before.at(i).text);
            QCOMPARE(after.at(i).folder, before.at(i).folder);
            QCOMPARE(after.at(i).trigger, before.at(i).trigger);
            QCOMPARE(after.at(i).shortcut, before.at(i).shortcut);
            QCOMPARE(after.at(i).sendImmediately, before.at(i).sendImmediately);
        }
        QCOMPARE(after.at(1).accountId, again.id);
        QCOMPARE(after.at(1).remoteId, QStringLiteral("c9"));
        QVERIFY(after.at(2).shortcut.isEmpty()); // "shortcut": "" stays none

        // importing the same file again updates by title and scope, adds nothing
        const auto second = m_library->importReplies(parsed->entries);
        QCOMPARE(second.added, 0);
        QCOMPARE(second.updated, 3);
        QCOMPARE(m_library->replies().size(), 3);

        // without that account the reply becomes personal, and says so
        init();
        const auto elsewhere = CannedFile::parse(file, m_history->accounts(), &error);
        QVERIFY(elsewhere);
        QCOMPARE(elsewhere->notes.size(), 1);
        QVERIFY(elsewhere->notes.first().contains(QLatin1String("Parts")));
        QVERIFY(elsewhere->entries.at(1).reply.remoteId.isEmpty()); // not this server's id
    }

    void importsRocketChatResponses() {
        const QByteArray file = R"({"responses": [
            {"_id": "r1", "shortcut": "welcome", "text": "Hi {{contact.name}}, I am {{agent.name}}.",
             "scope": "global", "tags": ["sales"], "departmentId": ""},
            {"_id": "r2", "shortcut": "price list", "text": "See {{ contact.email }} {{other}}"}
        ], "success": true})";
        QString error;
        const auto parsed = CannedFile::parse(file, {}, &error);
        QVERIFY2(parsed, qPrintable(error));
        QVERIFY(parsed->rocketChat);
        const auto outcome = m_library->importReplies(parsed->entries);
        QVERIFY(outcome.ok);
        const QList<CannedReply> all = m_library->replies();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).trigger, QStringLiteral("welcome"));
        QCOMPARE(all.at(0).title, QStringLiteral("welcome"));
        QCOMPARE(all.at(0).text, QStringLiteral("Hi {visitor.name}, I am {agent.name}."));
        QCOMPARE(all.at(0).folder, QStringLiteral("sales"));
        QCOMPARE(all.at(0).remoteId, QStringLiteral("r1"));
        QCOMPARE(all.at(1).trigger, QStringLiteral("price-list"));
        QCOMPARE(all.at(1).text, QStringLiteral("See {visitor.email} {{other}}"));
    }

    void malformedFilesImportNothing_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("error");
        QTest::newRow("not json") << QByteArray("{\"format\": \n  oops}")
                                  << QStringLiteral("line 2, column 3");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("expected a JSON object");
        QTest::newRow("format") << QByteArray(R"({"replies": []})")
                                << QStringLiteral("\"format\" must be");
        QTest::newRow("version")
            << QByteArray(R"({"format": "agentdesk-canned-replies", "version": 2, "replies": []})")
            << QStringLiteral("\"version\" must be 1");
        QTest::newRow("no title")
            << QByteArray(
                   R"({"format": "agentdesk-canned-replies", "version": 1, "replies": [
                {"title": "Fine", "text": "ok"}, {"text": "no title"}]})")
            << QStringLiteral("reply 2: \"title\" is missing");
        QTest::newRow("wrong type")
            << QByteArray(
                   R"({"format": "agentdesk-canned-replies", "version": 1, "replies": [
                {"title": "T", "text": "x", "sendImmediately": "yes"}]})")
            << QStringLiteral("reply 1: \"sendImmediately\" must be");
        QTest::newRow("rc failure") << QByteArray(R"({"responses": [], "success": false})")
                                    << QStringLiteral("\"success\": false");
        QTest::newRow("rc no text") << QByteArray(R"({"responses": [{"shortcut": "a"}]})")
                                    << QStringLiteral("response 1: \"text\" is missing");
    }
    void malformedFilesImportNothing() {
        QFETCH(QByteArray, content);
        QFETCH(QString, error);
        QString message;
        QVERIFY(!CannedFile::parse(content, {}, &message));
        QVERIFY2(message.contains(error), qPrintable(message));
    }

    void importIsAllOrNothing() {
        m_library->add(make(QStringLiteral("Existing")));
        QList<CannedLibrary::ImportEntry> entries;
        entries.append({make(QStringLiteral("Good")), false});
        CannedReply bad = make(QStringLiteral("Bad"));
        bad.trigger = QStringLiteral("has space");
        entries.append({bad, false});
        QSignalSpy changed(m_library.get(), &CannedLibrary::changed);
        const auto outcome = m_library->importReplies(entries);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(QLatin1String("entry 2")), qPrintable(outcome.error));
        QCOMPARE(titles(), QStringList{"Existing"});
        QCOMPARE(changed.size(), 0);
    }

    void importedShortcutAlreadyTakenIsDroppedWithANote() {
        m_library->add(make(QStringLiteral("Mine"))); // Ctrl+1
        CannedReply theirs = make(QStringLiteral("Theirs"));
        theirs.shortcut = QStringLiteral("Ctrl+1");
        const auto outcome = m_library->importReplies({{theirs, true}});
        QVERIFY(outcome.ok);
        QCOMPARE(outcome.notes.size(), 1);
        QVERIFY(outcome.notes.first().contains(QLatin1String("Mine")));
        QVERIFY(m_library->replies().at(1).shortcut.isEmpty());
    }

    void survivesReopening() {
        m_library->add(make(QStringLiteral("Kept"), QStringLiteral("Stays on disk")));
        const QString path = m_history->path();
        m_library.reset();
        m_history = std::make_unique<History>();
        QCOMPARE(m_history->open(path).status, History::OpenStatus::Ok);
        CannedLibrary reopened(m_history.get());
        QCOMPARE(reopened.replies().size(), 1);
        QCOMPARE(reopened.replies().first().text, QStringLiteral("Stays on disk"));
    }
};

QTEST_GUILESS_MAIN(TestCannedLibrary)
#include "tst_cannedlibrary.moc"
