// One process at a time delivers a workspace's outbox (issue 18, point 1): two `outbox flush`,
// two chains of `send --data-dir`, a running desk (outbox_child) next to the command line, on
// every backend, counted on the sandbox's own store: none twice, none lost, none wrongly failed.
#include "SandboxHarness.h"
#include "SeedAccounts.h"
#include "desk/Desk.h"
#include "outbox/DeliveryLock.h"
#include "outbox/Outbox.h"
#include "store/History.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace agentdesk;

namespace {

//! Runs the event loop (the sandbox lives in this process) until `done` or `timeoutMs`.
bool serveUntil(const std::function<bool()>& done, int timeoutMs) {
    if (done())
        return true;
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done() || clock.elapsed() >= timeoutMs)
            loop.quit();
    });
    check.start(2);
    loop.exec();
    return done();
}

QProcessEnvironment quietEnvironment() {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("agentdesk.*.info=false"));
    env.insert(QStringLiteral("AGENTDESK_RC_USER_ID"), demo::RocketChatAccount::userId());
    env.insert(QStringLiteral("AGENTDESK_RC_AUTH_TOKEN"), demo::RocketChatAccount::authToken());
    env.insert(QStringLiteral("AGENTDESK_SB_ACCESS_TOKEN"),
               demo::SocialBoardsAccount::accessToken());
    env.insert(QStringLiteral("AGENTDESK_LCAI_API_KEY"), demo::LiveChatAiAccount::apiKey());
    return env;
}

//! One process (agentdesk-cli or outbox_child), its output kept as it comes.
class Run {
public:
    Run(const QString& program, const QStringList& arguments) {
        m_process.setProgram(program);
        m_process.setArguments(arguments);
        m_process.setProcessEnvironment(quietEnvironment());
        m_process.start();
    }
    ~Run() {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    bool finished() const { return m_process.state() == QProcess::NotRunning; }
    int exitCode() const {
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    QString out() {
        m_out += m_process.readAllStandardOutput();
        return QString::fromUtf8(m_out);
    }
    QString err() {
        m_err += m_process.readAllStandardError();
        return QString::fromUtf8(m_err);
    }
    bool printed(const QString& line) { return out().split(u'\n').contains(line); }
    void killNow() {
        m_process.kill(); // SIGKILL
        m_process.waitForFinished(5000);
    }

private:
    QProcess m_process;
    QByteArray m_out;
    QByteArray m_err;
};

Desk::Options commandOptions() {
    Desk::Options options;
    options.secrets = Desk::Secrets::Memory;
    options.cannedStarterSet = false;
    options.checkInBackground = false;
    return options;
}

//! Queues `texts` in the seeded conversation of `backend` from this process, without
//! delivering them (the outbox is not started): as a desk that was closed, or any process
//! that does not hold the delivery.
bool queueHere(const QString& dir, const QUrl& server, Backend backend, const QStringList& texts) {
    Desk desk;
    if (!desk.open(dir, commandOptions()))
        return false;
    const auto conversation = seed::sandboxConversation(*desk.history(), server, backend);
    if (!conversation)
        return false;
    for (const QString& text : texts) {
        if (!desk.outbox()->queueMessage(conversation->id, text))
            return false;
    }
    return true;
}

struct Outcome {
    int rows = 0;
    int sent = 0;
    int failed = 0;
    QStringList notSent; //!< texts of rows not Sent, with their state
};

//! The workspace's outgoing rows, read afresh.
Outcome outcomeOf(const QString& dir) {
    Outcome outcome;
    History history;
    if (history.open(History::databasePath(dir)).status != History::OpenStatus::Ok)
        return outcome;
    for (const Conversation& conversation : history.conversations()) {
        for (const Message& m : history.messagesAfter(conversation.id, MessageKey{0, 0}, 100000)) {
            if (m.direction != Direction::Outgoing)
                continue;
            ++outcome.rows;
            outcome.sent += m.state == DeliveryState::Sent ? 1 : 0;
            outcome.failed += m.state == DeliveryState::Failed ? 1 : 0;
            if (m.state != DeliveryState::Sent)
                outcome.notSent.append(deliveryStateKey(m.state) + u' ' + m.text + u' ' +
                                       m.lastError);
        }
    }
    return outcome;
}

QStringList numbered(const QString& prefix, int count) {
    QStringList texts;
    for (int i = 0; i < count; ++i)
        texts.append(QStringLiteral("%1 %2").arg(prefix).arg(i));
    return texts;
}

//! Texts the sandbox stored other than once: "text: n copies".
QStringList notOnce(SandboxHarness& sandbox, const QString& backend, const QStringList& texts) {
    QStringList wrong;
    for (const QString& text : texts) {
        const int copies = seeded::storedCopies(sandbox.world, backend, text);
        if (copies != 1)
            wrong.append(QStringLiteral("%1: %2 copies").arg(text).arg(copies));
    }
    return wrong;
}

QStringList sendArguments(const QString& backend, const QUrl& server, const QString& dir,
                          const QString& text) {
    if (backend == QLatin1String("rocketchat"))
        return {"send",
                "--backend",
                "rocketchat",
                "--server",
                server.toString(),
                "--room",
                seeded::kRoom,
                "--visitor-token",
                seeded::kVisitorToken,
                "--data-dir",
                dir,
                text};
    return {"send",
            "--backend",
            "socialboards",
            "--server",
            server.toString(),
            "--conversation",
            QString::number(seeded::kSbConversation),
            "--author-email",
            "kim.jane@example.com",
            "--data-dir",
            dir,
            text};
}

Backend backendOf(const QString& key) {
    return *backendFromKey(key);
}

} // namespace

class TestOutboxLock : public QObject {
    Q_OBJECT

private slots:
    void everyBackend_data() {
        QTest::addColumn<QString>("backend");
        QTest::newRow("rocketchat") << QStringLiteral("rocketchat");
        QTest::newRow("socialboards") << QStringLiteral("socialboards");
        QTest::newRow("livechatai") << QStringLiteral("livechatai");
    }

    void twoFlushesAtOnceSendEachReplyOnce_data() { everyBackend_data(); }
    void twoFlushesAtOnceSendEachReplyOnce() {
        QFETCH(QString, backend);
        SandboxHarness sandbox;
        QTemporaryDir dir;
        const QUrl server = sandbox.server.url();
        const QStringList texts = numbered(QStringLiteral("queued %1 reply").arg(backend), 200);
        QVERIFY(queueHere(dir.path(), server, backendOf(backend), texts));

        const QStringList flush{"outbox", "flush", "--data-dir", dir.path()};
        Run first(QStringLiteral(AGENTDESK_CLI), flush);
        Run second(QStringLiteral(AGENTDESK_CLI), flush);
        QVERIFY(serveUntil([&] { return first.finished() && second.finished(); }, 60'000));
        QVERIFY2(first.exitCode() == 0, qPrintable(first.err()));
        QVERIFY2(second.exitCode() == 0, qPrintable(second.err()));

        QCOMPARE(notOnce(sandbox, backend, texts), QStringList());
        const Outcome outcome = outcomeOf(dir.path());
        QCOMPARE(outcome.rows, 200);
        QCOMPARE(outcome.notSent, QStringList());
    }

    void twoSendChainsAtOnceSendEachReplyOnce_data() {
        QTest::addColumn<QString>("backend");
        QTest::newRow("rocketchat") << QStringLiteral("rocketchat");
        QTest::newRow("socialboards") << QStringLiteral("socialboards");
    }
    void twoSendChainsAtOnceSendEachReplyOnce() {
        QFETCH(QString, backend);
        SandboxHarness sandbox;
        QTemporaryDir dir;
        const QUrl server = sandbox.server.url();
        constexpr int perChain = 50;
        struct Chain {
            QStringList texts;
            int next = 0;
            std::unique_ptr<Run> run;
            QStringList problems;
        };
        Chain chains[2];
        chains[0].texts = numbered(QStringLiteral("chain A %1").arg(backend), perChain);
        chains[1].texts = numbered(QStringLiteral("chain B %1").arg(backend), perChain);
        // Each chain runs `send --data-dir` for its replies one after the other, both at once.
        const auto step = [&] {
            bool all = true;
            for (Chain& chain : chains) {
                if (chain.run && !chain.run->finished()) {
                    all = false;
                    continue;
                }
                if (chain.run && chain.run->exitCode() != 0)
                    chain.problems.append(chain.run->err());
                if (chain.next == perChain) {
                    chain.run.reset();
                    continue;
                }
                all = false;
                chain.run = std::make_unique<Run>(
                    QStringLiteral(AGENTDESK_CLI),
                    sendArguments(backend, server, dir.path(), chain.texts.at(chain.next++)));
            }
            return all;
        };
        QVERIFY(serveUntil(step, 120'000));
        const QStringList problems = chains[0].problems + chains[1].problems;
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        const QStringList texts = chains[0].texts + chains[1].texts;
        QCOMPARE(notOnce(sandbox, backend, texts), QStringList());
        const Outcome outcome = outcomeOf(dir.path());
        QCOMPARE(outcome.rows, 2 * perChain);
        QCOMPARE(outcome.notSent, QStringList());
    }

    void deskAndCommandLineShareOneWorkspace_data() { everyBackend_data(); }
    void deskAndCommandLineShareOneWorkspace() {
        QFETCH(QString, backend);
        SandboxHarness sandbox;
        QTemporaryDir dir;
        const QUrl server = sandbox.server.url();
        const QString db = History::databasePath(dir.path());
        const QStringList deskTexts = numbered(QStringLiteral("desk reply"), 50);
        Run desk(QStringLiteral(OUTBOX_CHILD),
                 {db, server.toString(), "desk", backend, QString::number(deskTexts.size())});
        QVERIFY2(serveUntil([&] { return desk.printed("delivering"); }, 10'000),
                 qPrintable(desk.err()));

        // While the desk sends its own: replies queued by another process, which the desk
        // must pick up, and the command line flushing and sending on the same workspace.
        const QStringList otherTexts = numbered(QStringLiteral("queued elsewhere"), 50);
        QVERIFY(queueHere(dir.path(), server, backendOf(backend), otherTexts));
        Run flush(QStringLiteral(AGENTDESK_CLI), {"outbox", "flush", "--data-dir", dir.path()});
        QStringList cliTexts;
        QStringList cliProblems;
        if (backend != QLatin1String("livechatai")) { // agentdesk-cli sends to the other two
            cliTexts = numbered(QStringLiteral("from the command line"), 10);
            for (const QString& text : std::as_const(cliTexts)) {
                Run send(QStringLiteral(AGENTDESK_CLI),
                         sendArguments(backend, server, dir.path(), text));
                QVERIFY(serveUntil([&] { return send.finished(); }, 30'000));
                if (send.exitCode() != 0)
                    cliProblems.append(send.err());
                else if (!send.err().contains(u"another AgentDesk process (outbox_child, pid"))
                    cliProblems.append(QStringLiteral("not told: ") + send.err());
            }
        }
        QVERIFY(serveUntil([&] { return flush.finished(); }, 30'000));
        QVERIFY2(flush.exitCode() == 0, qPrintable(flush.err()));
        QVERIFY2(flush.err().contains(u"another AgentDesk process (outbox_child, pid"),
                 qPrintable(flush.err()));
        QVERIFY2(cliProblems.isEmpty(), qPrintable(cliProblems.join(u'\n')));

        const QStringList texts = deskTexts + otherTexts + cliTexts;
        const auto allStored = [&] {
            for (const QString& text : texts) {
                if (seeded::storedCopies(sandbox.world, backend, text) == 0)
                    return false;
            }
            return true;
        };
        QVERIFY2(serveUntil(allStored, 30'000), qPrintable(desk.err()));
        QVERIFY(serveUntil([&] { return outcomeOf(dir.path()).sent == texts.size(); }, 10'000));
        desk.killNow();
        QCOMPARE(notOnce(sandbox, backend, texts), QStringList());
        const Outcome outcome = outcomeOf(dir.path());
        QCOMPARE(outcome.rows, texts.size());
        QCOMPARE(outcome.notSent, QStringList());
    }

    void aReplyWaitingForTheDeskIsToldAndKeptQueued() {
        SandboxHarness sandbox;
        QTemporaryDir dir;
        const QUrl server = sandbox.server.url();
        Run desk(QStringLiteral(OUTBOX_CHILD), {History::databasePath(dir.path()),
                                                server.toString(), "desk", "socialboards", "0"});
        QVERIFY2(serveUntil([&] { return desk.printed("delivering"); }, 10'000),
                 qPrintable(desk.err()));
        QString error;
        QVERIFY(sandbox.server.faults().apply({{"failRate", 1.0}}, &error)); // every answer 500
        QStringList arguments =
            sendArguments("socialboards", server, dir.path(), QStringLiteral("kept for the desk"));
        arguments << "--timeout"
                  << "2";
        Run send(QStringLiteral(AGENTDESK_CLI), arguments);
        QVERIFY(serveUntil([&] { return send.finished(); }, 30'000));
        QCOMPARE(send.exitCode(), 4); // not delivered yet: queued
        QVERIFY2(send.err().contains(u"another AgentDesk process (outbox_child, pid") &&
                     send.err().contains(u"stays queued, and that process sends it"),
                 qPrintable(send.err()));
        Outcome outcome = outcomeOf(dir.path());
        QCOMPARE(outcome.rows, 1);
        QCOMPARE(outcome.failed, 0);

        QVERIFY(sandbox.server.faults().apply({{"failRate", 0.0}}, &error));
        QVERIFY(serveUntil([&] { return outcomeOf(dir.path()).sent == 1; }, 15'000));
        QCOMPARE(seeded::storedCopies(sandbox.world, "socialboards", "kept for the desk"), 1);
    }

    void aKilledHolderIsTakenOver() {
        SandboxHarness sandbox;
        QTemporaryDir dir;
        const QUrl server = sandbox.server.url();
        {
            Run desk(QStringLiteral(OUTBOX_CHILD),
                     {History::databasePath(dir.path()), server.toString(), "desk", "socialboards",
                      "0"});
            QVERIFY2(serveUntil([&] { return desk.printed("delivering"); }, 10'000),
                     qPrintable(desk.err()));
            DeliveryLock mine(dir.path());
            QVERIFY(!mine.tryTake());
            QVERIFY(mine.holder().startsWith(u"outbox_child, pid "));
            desk.killNow();
        }
        QVERIFY(QFile::exists(DeliveryLock::path(dir.path()))); // left behind by SIGKILL
        const QStringList texts = numbered(QStringLiteral("after the kill"), 20);
        QVERIFY(queueHere(dir.path(), server, Backend::SocialBoards, texts));
        Run flush(QStringLiteral(AGENTDESK_CLI), {"outbox", "flush", "--data-dir", dir.path()});
        QVERIFY(serveUntil([&] { return flush.finished(); }, 30'000));
        QVERIFY2(flush.exitCode() == 0, qPrintable(flush.err()));
        QVERIFY2(!flush.err().contains(u"another AgentDesk process"), qPrintable(flush.err()));
        QCOMPARE(notOnce(sandbox, "socialboards", texts), QStringList());
        QCOMPARE(outcomeOf(dir.path()).notSent, QStringList());
        DeliveryLock after(dir.path());
        QVERIFY(after.tryTake()); // the command let go when it was done
    }
};

QTEST_GUILESS_MAIN(TestOutboxLock)
#include "tst_outbox_lock.moc"
