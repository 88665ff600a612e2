#include "FakeKeychain.h"
#include "accounts/CredentialStore.h"
#include "accounts/SystemKeychain.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace agentdesk;

class TestCredentialStore : public QObject {
    Q_OBJECT

private slots:
    void systemKeychainOnThisMachineFallsBackOrWorks() {
        // This machine has no secret service: QtKeychain fails fast and the store must say so
        // and keep the token in memory. On a machine with a keychain the token must round-trip
        // through it instead. Either way the token is usable and the status is truthful.
        QTemporaryDir dir;
        CredentialStore store(dir.path());
        QSignalSpy saved(&store, &CredentialStore::secretSaved);
        store.setSecret(42, QStringLiteral("s3cret-token"));
        QCOMPARE(store.secret(42), QStringLiteral("s3cret-token"));
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 20000);
        QCOMPARE(saved.first().at(0).toLongLong(), 42);
        if (store.storage() == CredentialStore::Storage::Keychain) {
            QCOMPARE(saved.first().at(1).toBool(), true);
            CredentialStore again(dir.path());
            QSignalSpy loaded(&again, &CredentialStore::secretLoaded);
            again.load({42});
            QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 20000);
            QCOMPARE(again.secret(42), QStringLiteral("s3cret-token"));
            again.removeSecret(42);
            return;
        }
        QCOMPARE(store.storage(), CredentialStore::Storage::SessionOnly);
        QCOMPARE(saved.first().at(1).toBool(), false);
        QCOMPARE(store.storageDescription(),
                 QStringLiteral("No system keychain: tokens are kept for this session only."));
        QVERIFY(!QFile::exists(store.secretFilePath()));
        // A new session knows nothing: it was never written anywhere.
        CredentialStore next(dir.path());
        next.load({42});
        QTest::qWait(50);
        QCOMPARE(next.secret(42), QString());
    }

    void probeReportsNoKeychain() {
        QTemporaryDir dir;
        QHash<QString, QString> entries;
        CredentialStore store(dir.path(), std::make_unique<FakeKeychain>(false, &entries));
        QCOMPARE(store.storage(), CredentialStore::Storage::Probing);
        QSignalSpy changed(&store, &CredentialStore::storageChanged);
        store.probe();
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(store.storage(), CredentialStore::Storage::SessionOnly);
    }

    void memoryFallbackWhenKeychainFails() {
        QTemporaryDir dir;
        QHash<QString, QString> entries;
        CredentialStore store(dir.path(), std::make_unique<FakeKeychain>(false, &entries));
        QSignalSpy saved(&store, &CredentialStore::secretSaved);
        store.setSecret(7, QStringLiteral("tok-7"));
        QTRY_COMPARE(saved.size(), 1);
        QCOMPARE(saved.first().at(1).toBool(), false);
        QVERIFY(saved.first().at(2).toString().contains(QStringLiteral("this session only")));
        QCOMPARE(store.secret(7), QStringLiteral("tok-7"));
        QVERIFY(entries.isEmpty());
        QVERIFY(!QFile::exists(store.secretFilePath()));
        store.removeSecret(7);
        QCOMPARE(store.secret(7), QString());
    }

    void workingKeychainRoundTrips() {
        QTemporaryDir dir;
        QHash<QString, QString> entries;
        {
            CredentialStore store(dir.path(), std::make_unique<FakeKeychain>(true, &entries));
            QSignalSpy saved(&store, &CredentialStore::secretSaved);
            store.setSecret(3, QStringLiteral("tok-3"));
            QTRY_COMPARE(saved.size(), 1);
            QCOMPARE(saved.first().at(1).toBool(), true);
            QCOMPARE(store.storage(), CredentialStore::Storage::Keychain);
        }
        QCOMPARE(entries.value(QStringLiteral("account-3")), QStringLiteral("tok-3"));
        CredentialStore next(dir.path(), std::make_unique<FakeKeychain>(true, &entries));
        QSignalSpy loaded(&next, &CredentialStore::secretLoaded);
        next.load({3, 4});
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(next.secret(3), QStringLiteral("tok-3"));
        QCOMPARE(next.secret(4), QString());
        next.removeSecret(3);
        QTRY_VERIFY(!entries.contains(QStringLiteral("account-3")));
    }

    void loadedComesOnceEveryTokenHasItsAnswer() {
        QTemporaryDir dir;
        QHash<QString, QString> entries{{QStringLiteral("account-1"), QStringLiteral("tok-1")}};
        CredentialStore store(dir.path(), std::make_unique<FakeKeychain>(true, &entries));
        QSignalSpy loaded(&store, &CredentialStore::loaded);
        QSignalSpy found(&store, &CredentialStore::secretLoaded);
        store.load({1, 2}); // one there, one not
        QVERIFY(store.isLoading());
        QCOMPARE(loaded.size(), 0); // the keychain answers later
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(found.size(), 1);
        QVERIFY(!store.isLoading());
        QCOMPARE(store.secret(1), QStringLiteral("tok-1")); // there when loaded() says so

        // nothing to ask: at once
        store.load({});
        QCOMPARE(loaded.size(), 2);

        // no keychain at all: every read fails, loaded() still comes, and then at once
        CredentialStore none(dir.path(), std::make_unique<FakeKeychain>(false, &entries));
        QSignalSpy noneLoaded(&none, &CredentialStore::loaded);
        none.load({1, 2});
        QTRY_COMPARE(noneLoaded.size(), 1);
        QCOMPARE(none.secret(1), QString());
        none.load({1});
        QCOMPARE(noneLoaded.size(), 2);
    }

    void fileOptInRoundTripsWithOwnerOnlyPermissions() {
        QTemporaryDir dir;
        QHash<QString, QString> entries;
        const QString hostile = QStringLiteral("tok=with\nnewline and ünïcode");
        {
            CredentialStore store(dir.path(), std::make_unique<FakeKeychain>(false, &entries));
            QSignalSpy saved(&store, &CredentialStore::secretSaved);
            store.setSecret(1, QStringLiteral("first"));
            QTRY_COMPARE(saved.size(), 1);
            QCOMPARE(saved.last().at(1).toBool(), false);
            QCOMPARE(store.storage(), CredentialStore::Storage::SessionOnly);
            QVERIFY(!QFile::exists(store.secretFilePath()));

            QVERIFY2(store.setFileOptIn(true), qPrintable(store.lastError()));
            QCOMPARE(store.storage(), CredentialStore::Storage::File);
            QVERIFY(store.storageDescription().contains(store.secretFilePath()));
            store.setSecret(2, hostile);
            QTRY_COMPARE(saved.size(), 2);
            QCOMPARE(saved.last().at(1).toBool(), true);

            QFile file(store.secretFilePath());
            QVERIFY(file.exists());
            QCOMPARE(file.permissions() & ~(QFile::ReadUser | QFile::WriteUser),
                     QFile::ReadOwner | QFile::WriteOwner);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray raw = file.readAll();
            QVERIFY(!raw.contains("first")); // not greppable in plain sight
        }
        CredentialStore next(dir.path(), std::make_unique<FakeKeychain>(false, &entries));
        QVERIFY(next.fileOptIn());
        QCOMPARE(next.secret(1), QStringLiteral("first"));
        QCOMPARE(next.secret(2), hostile);

        // Opting out deletes the file; the tokens stay for this session.
        QVERIFY(next.setFileOptIn(false));
        QVERIFY(!QFile::exists(next.secretFilePath()));
        QCOMPARE(next.secret(1), QStringLiteral("first"));
    }

    void widenedFileIsNarrowedAndDamagedFileIsAnError() {
        QTemporaryDir dir;
        QHash<QString, QString> entries;
        const QString path = dir.filePath(QStringLiteral("secrets"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("account-5=" + QByteArray("x").toBase64() + "\n");
            file.close();
            QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                        QFile::ReadOther));
        }
        {
            CredentialStore store(dir.path(), std::make_unique<FakeKeychain>(false, &entries));
            QCOMPARE(store.secret(5), QStringLiteral("x"));
            QCOMPARE(QFile(path).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                     QFile::Permissions());
        }
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("account-5=!!!not base64!!!\n");
        }
        CredentialStore damaged(dir.path(), std::make_unique<FakeKeychain>(false, &entries));
        QVERIFY(damaged.lastError().contains(QStringLiteral("damaged")));
        QCOMPARE(damaged.secret(5), QString());
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
