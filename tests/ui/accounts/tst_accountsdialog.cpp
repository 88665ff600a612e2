#include "FakeKeychain.h"
#include "PanelTestKit.h"
#include "TestServer.h"
#include "accounts/CredentialStore.h"
#include "desk/Accounts.h"
#include "net/Transport.h"
#include "ui/accounts/AccountEditor.h"
#include "ui/accounts/AccountsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>

using namespace agentdesk;
using namespace agentdesk::ui;

class TestAccountsDialog : public QObject {
    Q_OBJECT

    struct Fixture {
        TempHistory store;
        QHash<QString, QString> keychainEntries;
        std::unique_ptr<CredentialStore> credentials;
        std::unique_ptr<Accounts> accounts;
        Transport transport;
        TestServer server;
        std::unique_ptr<AccountsDialog> dialog;

        bool setUp() {
            if (!store.open())
                return false;
            credentials = std::make_unique<CredentialStore>(
                store.dir.path(), std::make_unique<FakeKeychain>(false, &keychainEntries));
            accounts = std::make_unique<Accounts>(&store.history, credentials.get());
            server.reply("GET", "/api/v1/livechat/rooms", 200,
                         TestServer::fixture("rocketchat-rooms-200.json"));
            server.reply("GET", "/api/v1/me", 200, TestServer::fixture("rocketchat-me-200.json"));
            dialog =
                std::make_unique<AccountsDialog>(accounts.get(), credentials.get(), &transport);
            dialog->show();
            dialog->activateWindow();
            return QTest::qWaitForWindowActive(dialog.get());
        }

        AccountEditor* openEditor(Qt::Key key) {
            dialog->activateWindow();
            if (!QTest::qWaitForWindowActive(dialog.get()))
                return nullptr;
            QTest::keyClick(dialog.get(), key, Qt::AltModifier);
            // A mnemonic "animates" the click: the button fires a moment later.
            if (!QTest::qWaitFor([this] { return dialog->editor() != nullptr; }))
                return nullptr;
            AccountEditor* editor = dialog->editor();
            editor->activateWindow();
            if (!QTest::qWaitForWindowActive(editor))
                return nullptr;
            return editor;
        }
    };

    static void type(QWidget* parent, const QString& name, const QString& text) {
        auto* edit = controlNamed<QLineEdit>(parent, name);
        QVERIFY2(edit, qPrintable(name));
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }

    //! Rocket.Chat: sign in with a user id and personal access token instead of a password.
    static void chooseAccessToken(QWidget* editor) {
        auto* how = controlNamed<QComboBox>(editor, "Sign in with");
        QVERIFY(how && how->isVisible());
        QCOMPARE(how->currentText(), QStringLiteral("Username and password"));
        how->setFocus();
        QTest::keyClick(how, Qt::Key_Down);
        QCOMPARE(how->currentText(), QStringLiteral("Personal access token"));
        QVERIFY(controlNamed<QLineEdit>(editor, "Password")->isHidden());
    }

    static void pressTestConnection(QWidget* editor) {
        auto* test = controlNamed<QPushButton>(editor, "Test connection");
        QVERIFY(test);
        test->setFocus();
        QTest::keyClick(test, Qt::Key_Space);
    }

private slots:
    void saysWhereTokensGoAndOffersTheFile() {
        Fixture f;
        QVERIFY(f.setUp());
        auto* storage = controlNamed<QLabel>(f.dialog.get(), "Where tokens are kept");
        QTRY_COMPARE(storage->text(),
                     QStringLiteral("No system keychain: tokens are kept for this session only."));
        auto* optIn = controlNamed<QCheckBox>(f.dialog.get(), "Save tokens in a private file");
        QVERIFY(optIn->isVisible());
        QVERIFY(!optIn->isChecked());
        optIn->setFocus();
        QTest::keyClick(optIn, Qt::Key_Space);
        QCOMPARE(f.credentials->storage(), CredentialStore::Storage::File);
        QVERIFY(storage->text().contains(QStringLiteral("readable only by you")));
        QFile file(f.credentials->secretFilePath());
        QVERIFY(file.exists());
        QCOMPARE(file.permissions() & ~(QFile::ReadUser | QFile::WriteUser),
                 QFile::ReadOwner | QFile::WriteOwner);
        QTest::keyClick(optIn, Qt::Key_Space);
        QVERIFY(!file.exists());
        QCOMPARE(f.credentials->storage(), CredentialStore::Storage::SessionOnly);
    }

    void addTestEditRemoveByKeys() {
        Fixture f;
        QVERIFY(f.setUp());

        // Add a Rocket.Chat account and test its connection before saving.
        AccountEditor* editor = f.openEditor(Qt::Key_A);
        QVERIFY(editor);
        QCOMPARE(controlNamed<QComboBox>(editor, "Service")->currentText(),
                 QStringLiteral("Rocket.Chat"));
        type(editor, "Account name", "Acme chat");
        type(editor, "Server address", f.server.url().toString());
        chooseAccessToken(editor);
        type(editor, "User id", "CkCPNcvsvCDfmWLqC");
        type(editor, "Personal access token", "pat-1");
        pressTestConnection(editor);
        auto* result = controlNamed<QLabel>(editor, "Connection test result");
        QTRY_VERIFY2(result->text().contains(QStringLiteral("Connected to Rocket.Chat")),
                     qPrintable(result->text()));
        QCOMPARE(f.server.requests().first().header("x-auth-token"), QByteArray("pat-1"));
        QTest::keyClick(controlNamed<QLineEdit>(editor, "Personal access token"), Qt::Key_Return);
        QTRY_VERIFY(!f.dialog->editor());
        QCOMPARE(f.dialog->accountCount(), 1);
        QList<Account> accounts = f.store.history.accounts();
        QCOMPARE(accounts.size(), 1);
        const qint64 id = accounts.first().id;
        QCOMPARE(accounts.first().backend, Backend::RocketChat);
        QCOMPARE(accounts.first().displayName, QStringLiteral("Acme chat"));
        QCOMPARE(accounts.first().userId, QStringLiteral("CkCPNcvsvCDfmWLqC"));
        // who the token signs in as (GET /api/v1/me), for {agent.name} and the history
        QCOMPARE(accounts.first().username, QStringLiteral("kim.jane"));
        QCOMPARE(accounts.first().agentName, QStringLiteral("Kim Jane"));
        QCOMPARE(accounts.first().serverUrl, f.server.url());
        QCOMPARE(f.credentials->secret(id), QStringLiteral("pat-1"));
        QTRY_VERIFY(controlNamed<QLabel>(f.dialog.get(), "Accounts status")
                        ->text()
                        .contains(QStringLiteral("session only")));

        // Edit it from the list with Enter: the token is kept when left empty.
        auto* list = controlNamed<QListWidget>(f.dialog.get(), "Accounts");
        list->setFocus();
        list->setCurrentRow(0);
        QSignalSpy activated(list, &QListWidget::itemActivated);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QTRY_VERIFY(f.dialog->editor() && f.dialog->editor()->isVisible());
        editor = f.dialog->editor();
        QCOMPARE(controlNamed<QLineEdit>(editor, "Account name")->text(),
                 QStringLiteral("Acme chat"));
        QVERIFY(!controlNamed<QComboBox>(editor, "Service")->isEnabled());
        type(editor, "Account name", "Acme chat (EU)");
        QTest::keyClick(controlNamed<QLineEdit>(editor, "Account name"), Qt::Key_Return);
        QTRY_VERIFY(!f.dialog->editor());
        QCOMPARE(f.store.history.account(id)->displayName, QStringLiteral("Acme chat (EU)"));
        QCOMPARE(f.credentials->secret(id), QStringLiteral("pat-1"));

        // Add a LiveChatAI account: the service is chosen with the keyboard.
        editor = f.openEditor(Qt::Key_A);
        QVERIFY(editor);
        auto* service = controlNamed<QComboBox>(editor, "Service");
        service->setFocus();
        QTest::keyClick(service, Qt::Key_Down);
        QTest::keyClick(service, Qt::Key_Down);
        QCOMPARE(service->currentText(), QStringLiteral("LiveChatAI"));
        QVERIFY(!controlNamed<QLineEdit>(editor, "AI agent id")->isHidden());
        QVERIFY(controlNamed<QLineEdit>(editor, "Email")->isHidden());
        type(editor, "Account name", "Acme AI");
        type(editor, "AI agent id", "clx1234567890abcdef");
        type(editor, "API key", "key-2");
        QTest::keyClick(controlNamed<QLineEdit>(editor, "API key"), Qt::Key_Return);
        QTRY_VERIFY(!f.dialog->editor());
        QCOMPARE(f.store.history.accounts().size(), 2);
        const auto ai = f.store.history.accounts().at(1);
        QCOMPARE(ai.backend, Backend::LiveChatAI);
        QCOMPARE(ai.agentId, QStringLiteral("clx1234567890abcdef"));
        QCOMPARE(ai.serverUrl, QUrl(QStringLiteral("https://app.livechatai.com")));
        QCOMPARE(f.credentials->secret(ai.id), QStringLiteral("key-2"));

        // Remove the first with Delete, confirmed on the Remove button.
        list->setFocus();
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_Delete);
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = f.dialog->findChild<QMessageBox*>()) && box->isVisible());
        auto* confirm = controlNamed<QPushButton>(box, "Remove account");
        QVERIFY(confirm && !confirm->isDefault()); // Enter alone keeps the account
        confirm->setFocus();
        QTest::keyClick(confirm, Qt::Key_Space);
        QTRY_COMPARE(f.store.history.accounts().size(), 1);
        QCOMPARE(f.dialog->accountCount(), 1);
        QCOMPARE(f.credentials->secret(id), QString());
        QCOMPARE(f.store.history.accounts().first().id, ai.id);

        // Escape in the confirmation keeps the account.
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_Delete);
        QTRY_VERIFY((box = f.dialog->findChild<QMessageBox*>()) && box->isVisible());
        QTest::keyClick(box, Qt::Key_Escape);
        QTRY_VERIFY(!f.dialog->findChild<QMessageBox*>() ||
                    !f.dialog->findChild<QMessageBox*>()->isVisible());
        QCOMPARE(f.store.history.accounts().size(), 1);
    }

    void incompleteFormIsNotSavedAndTestFailureIsShown() {
        Fixture f;
        QVERIFY(f.setUp());
        f.server.reply("GET", "/api/v1/livechat/rooms", 401,
                       TestServer::fixture("rocketchat-401.json"));
        f.server.reply("GET", "/api/v1/me", 401, TestServer::fixture("rocketchat-401.json"));
        AccountEditor* editor = f.openEditor(Qt::Key_A);
        QVERIFY(editor);
        QTest::keyClick(controlNamed<QLineEdit>(editor, "Account name"), Qt::Key_Return);
        auto* result = controlNamed<QLabel>(editor, "Connection test result");
        QVERIFY(editor->isVisible());
        QVERIFY(result->text().contains(QStringLiteral("server address")));
        QCOMPARE(f.store.history.accounts().size(), 0);

        type(editor, "Server address", f.server.url().toString());
        chooseAccessToken(editor);
        type(editor, "User id", "u1");
        type(editor, "Personal access token", "wrong");
        pressTestConnection(editor);
        QTRY_VERIFY(result->text().contains(QStringLiteral("refused the credentials")));
        QVERIFY(result->text().contains(QStringLiteral("You must be logged in to do this.")));

        QTest::keyClick(controlNamed<QLineEdit>(editor, "User id"), Qt::Key_Escape);
        QTRY_VERIFY(!f.dialog->editor());
        QCOMPARE(f.store.history.accounts().size(), 0);
    }

    void signsInWithUsernameAndPasswordAndNeverKeepsThePassword() {
        Fixture f;
        QVERIFY(f.setUp());
        f.server.reply("POST", "/api/v1/login", 200,
                       TestServer::fixture("rocketchat-login-200.json"));
        AccountEditor* editor = f.openEditor(Qt::Key_A);
        QVERIFY(editor);
        QVERIFY(controlNamed<QLineEdit>(editor, "User id")->isHidden());
        QVERIFY(controlNamed<QLineEdit>(editor, "Personal access token")->isHidden());
        type(editor, "Account name", "Acme chat");
        type(editor, "Server address", f.server.url().toString());
        type(editor, "User name", "kim.jane");
        type(editor, "Password", "correct horse");
        pressTestConnection(editor);
        auto* result = controlNamed<QLabel>(editor, "Connection test result");
        QTRY_VERIFY2(result->text().contains(QStringLiteral("Connected to Rocket.Chat")),
                     qPrintable(result->text()));
        const auto logins = f.server.requestsTo("/api/v1/login");
        QCOMPARE(logins.size(), 1);
        QCOMPARE(logins.first().json().object(),
                 (QJsonObject{{"user", "kim.jane"}, {"password", "correct horse"}}));
        // the test ran with the login's token, not the password
        const QByteArray authToken("9HqLlyZOugoStsXCUfD_0YdwnNnunAJF8V47U3QHXSq");
        QCOMPARE(f.server.requestsTo("/api/v1/livechat/rooms").last().header("x-auth-token"),
                 authToken);
        QVERIFY(controlNamed<QLineEdit>(editor, "Password")->text().isEmpty());

        QTest::keyClick(controlNamed<QLineEdit>(editor, "Account name"), Qt::Key_Return);
        QTRY_VERIFY(!f.dialog->editor());
        QCOMPARE(f.server.requestsTo("/api/v1/login").size(), 1); // signed in once
        const QList<Account> accounts = f.store.history.accounts();
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts.first().userId, QStringLiteral("CkCPNcvsvCDfmWLqC"));
        QCOMPARE(accounts.first().username, QStringLiteral("kim.jane"));
        QCOMPARE(accounts.first().agentName, QStringLiteral("Kim Jane"));
        QCOMPARE(f.credentials->secret(accounts.first().id), QString::fromLatin1(authToken));
        for (const QString& value : std::as_const(f.keychainEntries))
            QVERIFY(!value.contains(QStringLiteral("correct horse")));

        // a refused password is said so, and nothing is saved
        f.server.reply("POST", "/api/v1/login", 401,
                       TestServer::fixture("rocketchat-login-401.json"));
        editor = f.openEditor(Qt::Key_A);
        QVERIFY(editor);
        type(editor, "Server address", f.server.url().toString());
        type(editor, "User name", "kim.jane");
        type(editor, "Password", "wrong");
        QTest::keyClick(controlNamed<QLineEdit>(editor, "Password"), Qt::Key_Return);
        result = controlNamed<QLabel>(editor, "Connection test result");
        QTRY_VERIFY2(result->text().contains(QStringLiteral("refused the sign-in")),
                     qPrintable(result->text()));
        QVERIFY(editor->isVisible());
        QCOMPARE(f.store.history.accounts().size(), 1);
    }

    void everyControlIsNamed() {
        Fixture f;
        QVERIFY(f.setUp());
        AccountEditor* editor = f.openEditor(Qt::Key_A);
        QVERIFY(editor);
        for (QWidget* root :
             {static_cast<QWidget*>(f.dialog.get()), static_cast<QWidget*>(editor)}) {
            const QList<QWidget*> controls = root->findChildren<QWidget*>();
            for (QWidget* w : controls) {
                if ((w->focusPolicy() & Qt::TabFocus) &&
                    !qobject_cast<QAbstractScrollArea*>(w->parentWidget()))
                    QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
            }
        }
    }
};

QTEST_MAIN(TestAccountsDialog)
#include "tst_accountsdialog.moc"
