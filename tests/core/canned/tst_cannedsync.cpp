#include "TestServer.h"
#include "backends/rocketchat/CannedServerSync.h"
#include "canned/CannedLibrary.h"
#include "net/Transport.h"
#include "store/History.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace agentdesk;

//! "Sync from server" against a loopback Rocket.Chat: the account's canned responses arrive
//! scoped to it, a second sync updates by `_id`, a server without them changes nothing.
class TestCannedSync : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<History> m_history;
    std::unique_ptr<CannedLibrary> m_library;
    Transport m_transport;
    Account m_account;
    int m_run = 0;

    struct Outcome {
        CannedLibrary::ImportOutcome import;
        ApiError error;
    };

    Outcome sync() {
        std::optional<Outcome> outcome;
        syncCannedFromServer(m_transport, m_account, QStringLiteral("token-1"), m_library.get(),
                             this, [&](CannedLibrary::ImportOutcome import, ApiError error) {
                                 outcome = Outcome{import, error};
                             });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000); }();
        return outcome.value_or(Outcome{});
    }

    static QByteArray responses(const QString& text) {
        return QStringLiteral(R"({"responses": [
            {"_id": "c1", "shortcut": "hello", "text": "%1", "scope": "global", "tags": ["greet"]},
            {"_id": "c2", "shortcut": "refund", "text": "Refunds take 5 days.", "scope": "user"}
        ], "success": true})")
            .arg(text)
            .toUtf8();
    }

private slots:
    void init() {
        m_server = std::make_unique<TestServer>();
        m_history = std::make_unique<History>();
        QCOMPARE(m_history->open(m_dir.filePath(QStringLiteral("h%1.sqlite").arg(++m_run))).status,
                 History::OpenStatus::Ok);
        m_library = std::make_unique<CannedLibrary>(m_history.get());
        Account account;
        account.backend = Backend::RocketChat;
        account.serverUrl = m_server->url();
        account.userId = QStringLiteral("agent-1");
        account.username = QStringLiteral("sam");
        m_account = *m_history->addAccount(account);
    }

    void importsTheServersResponsesForThatAccount() {
        m_server->reply("GET", QStringLiteral("/api/v1/canned-responses.get"), 200,
                        responses(QStringLiteral("Hi {{contact.name}}!")));
        const Outcome first = sync();
        QVERIFY2(first.import.ok, qPrintable(first.error.message() + first.import.error));
        QCOMPARE(first.import.added, 2);
        const QList<RecordedRequest> sent =
            m_server->requestsTo(QStringLiteral("/api/v1/canned-responses.get"));
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().header("X-User-Id"), QByteArray("agent-1"));
        QCOMPARE(sent.first().header("X-Auth-Token"), QByteArray("token-1"));

        QList<CannedReply> all = m_library->replies();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).trigger, QStringLiteral("hello"));
        QCOMPARE(all.at(0).text, QStringLiteral("Hi {visitor.name}!"));
        QCOMPARE(all.at(0).accountId, m_account.id);
        QCOMPARE(all.at(0).remoteId, QStringLiteral("c1"));
        QCOMPARE(all.at(1).trigger, QStringLiteral("refund"));

        // the server changed one: updated in place, nothing duplicated
        m_server->reply("GET", QStringLiteral("/api/v1/canned-responses.get"), 200,
                        responses(QStringLiteral("Welcome back, {{contact.name}}.")));
        const Outcome second = sync();
        QVERIFY(second.import.ok);
        QCOMPARE(second.import.added, 0);
        QCOMPARE(second.import.updated, 2);
        all = m_library->replies();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).text, QStringLiteral("Welcome back, {visitor.name}."));
    }

    void aServerWithoutCannedResponsesChangesNothing() {
        CannedReply mine;
        mine.title = QStringLiteral("Mine");
        mine.text = QStringLiteral("text");
        QVERIFY(m_library->add(mine));
        m_server->reply("GET", QStringLiteral("/api/v1/canned-responses.get"), 404,
                        R"({"success": false, "error": "Not allowed"})");
        QSignalSpy changed(m_library.get(), &CannedLibrary::changed);
        const Outcome outcome = sync();
        QVERIFY(!outcome.import.ok);
        QVERIFY(outcome.error.kind() != ApiError::Kind::None);
        QVERIFY(!outcome.error.message().isEmpty());
        QCOMPARE(m_library->replies().size(), 1);
        QCOMPARE(changed.size(), 0);
    }

    void anInvalidResponseChangesNothing() {
        m_server->reply("GET", QStringLiteral("/api/v1/canned-responses.get"), 200,
                        R"({"responses": [{"_id": 5}], "success": true})");
        const Outcome outcome = sync();
        QVERIFY(!outcome.import.ok);
        QCOMPARE(outcome.error.kind(), ApiError::Kind::BadResponse);
        QVERIFY(m_library->replies().isEmpty());
    }

    void onlyRocketChatOffersThem() {
        m_account.backend = Backend::SocialBoards;
        const Outcome outcome = sync();
        QCOMPARE(outcome.error.kind(), ApiError::Kind::InvalidRequest);
        QVERIFY(m_server->requests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCannedSync)
#include "tst_cannedsync.moc"
