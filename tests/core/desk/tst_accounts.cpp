#include "CoreDesk.h"

#include "accounts/Credentials.h"
#include "desk/Accounts.h"
#include "store/History.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace agentdesk;

//! The one place that changes an account together with its secret.
class TestAccounts : public QObject {
    Q_OBJECT

    static Account socialBoards() {
        Account account;
        account.backend = Backend::SocialBoards;
        account.serverUrl = QUrl(QStringLiteral("https://acme.example"));
        account.email = QStringLiteral("kim@example.org");
        return account;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void anAccountAndItsSecretComeAndGoTogether() {
        CoreDesk core;
        Accounts* accounts = core.desk.accounts();
        QSignalSpy changed(accounts, &Accounts::changed);
        const auto added = accounts->add(socialBoards(), QStringLiteral("sb-token"));
        QVERIFY(added);
        QVERIFY(added->id > 0);
        QCOMPARE(core.desk.secrets()->secret(added->id), QStringLiteral("sb-token"));
        QVERIFY(changed.size() >= 1);

        Account renamed = *added;
        renamed.displayName = QStringLiteral("Acme social");
        QVERIFY(accounts->update(renamed)); // no new secret: the old one stays
        QCOMPARE(accounts->account(added->id)->displayName, QStringLiteral("Acme social"));
        QCOMPARE(core.desk.secrets()->secret(added->id), QStringLiteral("sb-token"));
        QVERIFY(accounts->update(renamed, QStringLiteral("sb-token-2")));
        QCOMPARE(core.desk.secrets()->secret(added->id), QStringLiteral("sb-token-2"));

        QVERIFY(accounts->remove(added->id));
        QVERIFY(!accounts->account(added->id));
        QCOMPARE(core.desk.secrets()->secret(added->id), QString());
    }

    void removingAnAccountTakesItsConversations() {
        CoreDesk core;
        const Conversation room = core.addRoom(1, QStringLiteral("Ada Lovelace"));
        QVERIFY(core.desk.accounts()->remove(core.account.id));
        QVERIFY(!core.desk.history()->conversation(room.id));
        QVERIFY(core.desk.accounts()->all().isEmpty());
    }

    void ensureFindsTheAccountOfAServerOrAddsOne() {
        CoreDesk core;
        Accounts* accounts = core.desk.accounts();
        const auto known = accounts->ensure(Backend::RocketChat, core.account.serverUrl, {});
        QVERIFY(known);
        QCOMPARE(known->id, core.account.id);

        const auto fresh =
            accounts->ensure(Backend::SocialBoards, QUrl(QStringLiteral("https://sb.example")), {});
        QVERIFY(fresh);
        QVERIFY(fresh->id != core.account.id);
        QCOMPARE(fresh->displayName, QStringLiteral("SocialBoards (sb.example)"));
        QCOMPARE(accounts->all().size(), 2);
        QCOMPARE(
            accounts->find(Backend::SocialBoards, QUrl(QStringLiteral("https://sb.example")))->id,
            fresh->id);
    }

    void aRefusedWriteKeepsNoSecret() {
        CoreDesk core;
        Accounts* accounts = core.desk.accounts();
        Account ghost = socialBoards();
        ghost.id = 987654; // never added
        QVERIFY(!accounts->update(ghost, QStringLiteral("leaked?")));
        QVERIFY(!accounts->lastError().isEmpty());
        QCOMPARE(core.desk.secrets()->secret(ghost.id), QString());
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
