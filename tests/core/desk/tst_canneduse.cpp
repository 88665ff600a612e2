#include "CoreDesk.h"

#include "canned/CannedLibrary.h"
#include "desk/Accounts.h"
#include "desk/CannedUse.h"
#include "store/History.h"

#include <QStandardPaths>
#include <QTest>

using namespace agentdesk;

//! Using a canned reply in a conversation, without a window: its placeholders are the
//! conversation's, "send immediately" sends only a complete reply, and a reply of another
//! account or with no conversation open is refused with a reason.
class TestCannedUse : public QObject {
    Q_OBJECT

    static qint64 addReply(CoreDesk& core, const QString& title, const QString& text,
                           bool sendImmediately = false, qint64 accountId = 0) {
        CannedReply reply;
        reply.title = title;
        reply.text = text;
        reply.sendImmediately = sendImmediately;
        reply.accountId = accountId;
        const auto added = core.desk.canned()->add(reply);
        if (!added)
            qFatal("cannot add a canned reply: %s", qPrintable(core.desk.canned()->lastError()));
        return added->id;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void placeholdersAreTheConversations() {
        CoreDesk core;
        const Conversation room = core.addRoom(1, QStringLiteral("Ada Lovelace"));
        const PlaceholderValues values = core.desk.cannedUse()->placeholderValues(room.id);
        QCOMPARE(values.visitorName, QStringLiteral("Ada Lovelace"));
        QCOMPARE(values.visitorEmail, QStringLiteral("ada@example.org"));
        QCOMPARE(values.conversationId, QStringLiteral("room-1"));
        // the name visitors see on the agent's messages, not the login name
        QCOMPARE(values.agentName, QStringLiteral("Kim Jane"));
        QVERIFY(values.now.isValid());

        Account unnamed = core.account;
        unnamed.agentName.clear();
        QVERIFY(core.desk.accounts()->update(unnamed));
        QCOMPARE(core.desk.cannedUse()->placeholderValues(room.id).agentName,
                 QStringLiteral("kim.jane"));
    }

    void insertFillsAndPlacesTheCursor() {
        CoreDesk core;
        const Conversation room = core.addRoom(1, QStringLiteral("Ada Lovelace"));
        const qint64 id =
            addReply(core, QStringLiteral("Hello"), QStringLiteral("Hi {visitor.name}, {cursor}"));
        const auto outcome = core.desk.cannedUse()->use(id, room.id, CannedUse::Mode::Insert);
        QCOMPARE(outcome.kind, CannedUse::Outcome::Kind::Insert);
        QCOMPARE(outcome.filled.text, QStringLiteral("Hi Ada Lovelace, "));
        QCOMPARE(outcome.filled.cursor, int(outcome.filled.text.size()));
        QVERIFY(outcome.message.isEmpty());
        QVERIFY(core.desk.history()->pendingMessages().isEmpty()); // inserted, not sent
    }

    void sendImmediatelySendsACompleteReply() {
        CoreDesk core;
        const Conversation room = core.addRoom(1, QStringLiteral("Ada Lovelace"));
        const qint64 id = addReply(core, QStringLiteral("Thanks"),
                                   QStringLiteral("Thanks {visitor.name}!\n---\nBye"), true);
        const auto outcome = core.desk.cannedUse()->use(id, room.id, CannedUse::Mode::Shortcut);
        QCOMPARE(outcome.kind, CannedUse::Outcome::Kind::Sent);
        QVERIFY(outcome.message.contains(QStringLiteral("Thanks")));
        const QList<Message> queued = core.desk.history()->pendingMessages();
        QCOMPARE(queued.size(), 2); // the `---` parts, through Replies
        QCOMPARE(queued.at(0).text, QStringLiteral("Thanks Ada Lovelace!"));
        QCOMPARE(queued.at(1).text, QStringLiteral("Bye"));
    }

    void aPlaceholderWithoutValueIsInsertedNotSent() {
        CoreDesk core;
        Conversation room = core.addRoom(1, QStringLiteral("Ada Lovelace"));
        room.visitorEmail.clear();
        QVERIFY(core.desk.history()->updateConversation(room));
        const qint64 id = addReply(core, QStringLiteral("Mail"),
                                   QStringLiteral("We wrote to {visitor.email}."), true);
        const auto outcome = core.desk.cannedUse()->use(id, room.id, CannedUse::Mode::Shortcut);
        QCOMPARE(outcome.kind, CannedUse::Outcome::Kind::Insert);
        QCOMPARE(outcome.filled.flags.size(), 1);
        QCOMPARE(outcome.filled.flags.first().placeholder, QStringLiteral("{visitor.email}"));
        QVERIFY2(outcome.message.contains(QStringLiteral("not sent")), qPrintable(outcome.message));
        QVERIFY(core.desk.history()->pendingMessages().isEmpty());
    }

    void aClosedConversationRefusesASentReply() {
        CoreDesk core;
        const Conversation room = core.addRoom(1, QStringLiteral("Ada Lovelace"), false);
        const qint64 id = addReply(core, QStringLiteral("Bye"), QStringLiteral("Bye!"), true);
        const auto outcome = core.desk.cannedUse()->use(id, room.id, CannedUse::Mode::Send);
        QCOMPARE(outcome.kind, CannedUse::Outcome::Kind::Refused);
        QVERIFY2(outcome.message.contains(QStringLiteral("closed")), qPrintable(outcome.message));
        QVERIFY(core.desk.history()->pendingMessages().isEmpty());
    }

    void anotherAccountsReplyOrNoConversationIsRefused() {
        CoreDesk core;
        const Conversation room = core.addRoom(1, QStringLiteral("Ada Lovelace"));
        Account other;
        other.backend = Backend::RocketChat;
        other.serverUrl = QUrl(QStringLiteral("http://127.0.0.1:10"));
        other.displayName = QStringLiteral("Other team");
        const auto added = core.desk.accounts()->add(other);
        QVERIFY(added);
        const qint64 theirs =
            addReply(core, QStringLiteral("Theirs"), QStringLiteral("x"), false, added->id);
        auto outcome = core.desk.cannedUse()->use(theirs, room.id, CannedUse::Mode::Insert);
        QCOMPARE(outcome.kind, CannedUse::Outcome::Kind::Refused);
        QVERIFY2(outcome.message.contains(QStringLiteral("Other team")),
                 qPrintable(outcome.message));

        const qint64 mine = addReply(core, QStringLiteral("Mine"), QStringLiteral("y"));
        outcome = core.desk.cannedUse()->use(mine, 0, CannedUse::Mode::Insert);
        QCOMPARE(outcome.kind, CannedUse::Outcome::Kind::Refused);
        QVERIFY(outcome.message.contains(QStringLiteral("Open a conversation")));
        QCOMPARE(core.desk.cannedUse()->accountOf(room.id), core.account.id);
        QCOMPARE(core.desk.cannedUse()->accountOf(0), -1);
    }
};

QTEST_GUILESS_MAIN(TestCannedUse)
#include "tst_canneduse.moc"
