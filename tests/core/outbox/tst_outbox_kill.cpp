#include "FakeRocketChat.h"
#include "SandboxHarness.h"
#include "store/History.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

#include <memory>

using namespace agentdesk;

namespace {

//! Runs the event loop until `done` holds or `timeoutMs` pass; true when it holds. Unlike
//! QTest::qWaitFor, which naps 10 ms between turns, it serves the in-process server as its
//! requests arrive: with the naps every reply took about 10 ms, so the final run of the kill
//! test needed 60-90 s for a backlog of 10,000 replies (5 s without).
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
    check.start(1);
    loop.exec();
    return done();
}

//! One run of outbox_child, its output read line by line as it comes.
class Child {
public:
    Child(const QString& db, const QUrl& server, const QStringList& mode) {
        m_process.setProgram(QStringLiteral(OUTBOX_CHILD));
        m_process.setArguments(QStringList{db, server.toString()} + mode);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("agentdesk.*.info=false"));
        m_process.setProcessEnvironment(env);
        m_process.start();
    }
    ~Child() {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    //! Waits (serving the event loop, so the in-process server answers) for a line.
    bool waitFor(const QString& line, int timeoutMs = 10'000) {
        return serveUntil([&] { return lines().contains(line); }, timeoutMs);
    }
    bool waitForExit(int timeoutMs = 15'000) {
        return serveUntil([&] { return m_process.state() == QProcess::NotRunning; }, timeoutMs);
    }
    void killNow() {
        m_process.kill(); // SIGKILL on Unix
        m_process.waitForFinished(5000);
    }
    int exitCode() const { return m_process.exitCode(); }
    QProcess::ExitStatus exitStatus() const { return m_process.exitStatus(); }
    QString errors() { return QString::fromUtf8(m_process.readAllStandardError()); }

    //! Every complete line printed so far.
    const QStringList& lines() {
        m_buffer += m_process.readAllStandardOutput();
        qsizetype end;
        while ((end = m_buffer.indexOf('\n')) >= 0) {
            m_lines.append(QString::fromUtf8(m_buffer.left(end)));
            m_buffer.remove(0, end + 1);
        }
        return m_lines;
    }
    QStringList valuesOf(const QString& word) {
        QStringList values;
        const QString prefix = word + u' ';
        for (const QString& line : lines()) {
            if (line.startsWith(prefix))
                values.append(line.mid(prefix.size()));
        }
        return values;
    }

private:
    QProcess m_process;
    QByteArray m_buffer;
    QStringList m_lines;
};

struct Row {
    QString clientId;
    QString text;
    DeliveryState state = DeliveryState::None;
    qint64 conversationId = 0;
};

//! Every outgoing message of the history, oldest first, read through a fresh connection.
QList<Row> outgoing(const QString& db, QString* integrity) {
    History history;
    if (history.open(db).status != History::OpenStatus::Ok)
        return {};
    if (integrity) {
        const QVariant check = history.pragma(QStringLiteral("integrity_check"));
        *integrity = check.isValid() ? check.toString() : QStringLiteral("unreadable");
    }
    QList<Row> rows;
    for (const Conversation& conversation : history.conversations()) {
        std::optional<MessageKey> before;
        QList<Message> all;
        for (;;) {
            const QList<Message> page = history.messagesBefore(conversation.id, before, 500);
            if (page.isEmpty())
                break;
            all = page + all;
            before = MessageKey{page.first().createdAt.toMSecsSinceEpoch(), page.first().id};
        }
        for (const Message& message : all) {
            if (message.direction == Direction::Outgoing)
                rows.append({message.clientId, message.text, message.state, conversation.id});
        }
    }
    return rows;
}

} // namespace

class TestOutboxKill : public QObject {
    Q_OBJECT

private slots:
    void killedAfterTheServerReceivedTheReply_data() {
        QTest::addColumn<QString>("serverSide");
        QTest::newRow("server stored it") << QStringLiteral("stored");
        QTest::newRow("server stored it, first lookup misses") << QStringLiteral("lagging");
        QTest::newRow("server dropped it") << QStringLiteral("dropped");
    }

    void killedAfterTheServerReceivedTheReply() {
        QFETCH(QString, serverSide);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("history.sqlite"));
        FakeRocketChat server;
        std::vector<std::unique_ptr<QHttpServerResponder>> held;
        if (serverSide == QLatin1String("dropped")) {
            server.setSendHook([&](const RecordedRequest&, QHttpServerResponder& r, bool&) {
                held.push_back(std::make_unique<QHttpServerResponder>(std::move(r)));
                return false;
            });
        } else {
            server.setHangAfterStoring(true);
        }

        QString clientId;
        {
            Child child(db, server.url(), {QStringLiteral("queue"), QStringLiteral("Hello!")});
            QVERIFY2(child.waitFor(QStringLiteral("ready")), qPrintable(child.errors()));
            QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 1, 10'000);
            QVERIFY(QTest::qWaitFor(
                [&] { return child.valuesOf(QStringLiteral("queued")).size() == 1; }, 5000));
            clientId = child.valuesOf(QStringLiteral("queued")).first();
            child.killNow();
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            QVERIFY(child.valuesOf(QStringLiteral("sent")).isEmpty());
        }
        const QList<Row> dead = outgoing(db, nullptr);
        QCOMPARE(dead.size(), 1);
        QCOMPARE(dead.first().state, DeliveryState::Sending); // the outcome is unknown
        QCOMPARE(dead.first().clientId, clientId);

        // The server now answers like Rocket.Chat.
        server.setSendHook({});
        server.setHangAfterStoring(false);
        if (serverSide == QLatin1String("lagging"))
            server.setMissLookups(1);
        {
            Child child(db, server.url(), {QStringLiteral("resume")});
            QVERIFY2(child.waitForExit(), "the resumed child did not finish");
            QCOMPARE(child.exitStatus(), QProcess::NormalExit);
            QCOMPARE(child.exitCode(), 0);
            QCOMPARE(child.valuesOf(QStringLiteral("sent")), QStringList{clientId});
        }
        QCOMPARE(server.storedIds(), QStringList{clientId}); // exactly one copy
        QCOMPARE(server.storedText(clientId), QStringLiteral("Hello!"));
        QCOMPARE(server.duplicatesRefused(), serverSide == QLatin1String("lagging") ? 1 : 0);
        QString integrity;
        const QList<Row> after = outgoing(db, &integrity);
        QCOMPARE(integrity, QStringLiteral("ok"));
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first().state, DeliveryState::Sent);
    }

    void everyBackendAndSendKindSurvivesResetsAndKills_data() {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("fault");
        // LiveChatAI has no batch endpoint: its replies always leave one per request.
        const QList<std::pair<const char*, const char*>> sends = {
            {"rocketchat", "reply"},   {"rocketchat", "batch"},   // an import: livechat/messages
            {"socialboards", "reply"}, {"socialboards", "batch"}, // an array add
            {"livechatai", "reply"},
        };
        for (const char* fault : {"hangAfterReceive", "resetAfterReceive", "resetBeforeHandling"}) {
            for (const auto& [backend, kind] : sends) {
                QTest::addRow("%s %s, %s", backend, kind, fault)
                    << QString::fromLatin1(backend) << QString::fromLatin1(kind)
                    << QString::fromLatin1(fault);
            }
        }
    }

    void everyBackendAndSendKindSurvivesResetsAndKills() {
        // The sandbox carries the request out and withholds the answer (hangAfterReceive),
        // carries it out and resets the connection (resetAfterReceive), or resets it before
        // carrying it out (resetBeforeHandling, as a stale kept-alive connection); every later
        // request fails the same way. The desk is SIGKILLed while the outcome is unknown; the
        // next run finds out and delivers: each line on the server exactly once.
        QFETCH(QString, backend);
        QFETCH(QString, kind);
        QFETCH(QString, fault);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("history.sqlite"));
        SandboxHarness sandbox;
        QStringList texts;
        for (int i = 1; i <= (kind == QLatin1String("batch") ? 3 : 1); ++i)
            texts << QStringLiteral("%1, line %2")
                         .arg(QString::fromUtf8(QTest::currentDataTag()))
                         .arg(i);
        const auto copies = [&](const QString& text) {
            return seeded::storedCopies(sandbox.world, backend, text);
        };
        const auto allStored = [&] {
            return std::all_of(texts.begin(), texts.end(),
                               [&](const QString& text) { return copies(text) == 1; });
        };
        QSignalSpy received(&sandbox.server, &sandbox::SandboxServer::requestReceived);
        QString error;
        QVERIFY(sandbox.server.faults().apply({{fault, true}}, &error));
        QStringList queued;
        {
            Child child(db, sandbox.server.url(),
                        QStringList{QStringLiteral("send"), backend, kind} + texts);
            QVERIFY2(child.waitFor(QStringLiteral("ready")), qPrintable(child.errors()));
            if (fault == QLatin1String("hangAfterReceive"))
                QVERIFY2(serveUntil(allStored, 10'000), "the sandbox did not store the send");
            else // the send and at least one attempt to find out or resend, all reset
                QVERIFY(serveUntil([&] { return received.size() >= 3; }, 10'000));
            queued = child.valuesOf(QStringLiteral("queued"));
            child.killNow();
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            QVERIFY(child.valuesOf(QStringLiteral("sent")).isEmpty());
        }
        QCOMPARE(queued.size(), texts.size());
        for (const QString& text : std::as_const(texts))
            QCOMPARE(copies(text), fault == QLatin1String("resetBeforeHandling") ? 0 : 1);
        for (const Row& row : outgoing(db, nullptr))
            QVERIFY(row.state != DeliveryState::Sent);

        QVERIFY(sandbox.server.faults().apply({{fault, false}}, &error));
        {
            Child child(db, sandbox.server.url(), {QStringLiteral("resume")});
            QVERIFY2(child.waitForExit(), "the resumed child did not finish");
            QCOMPARE(child.exitStatus(), QProcess::NormalExit);
            QVERIFY2(child.exitCode() == 0, qPrintable(child.errors()));
            QStringList sent = child.valuesOf(QStringLiteral("sent"));
            sent.sort();
            queued.sort();
            QCOMPARE(sent, queued);
        }
        for (const QString& text : std::as_const(texts)) // 0 lost, 0 duplicated
            QVERIFY2(copies(text) == 1,
                     qPrintable(text + QStringLiteral(": %1").arg(copies(text))));
        QString integrity;
        const QList<Row> after = outgoing(db, &integrity);
        QCOMPARE(integrity, QStringLiteral("ok"));
        QCOMPARE(after.size(), texts.size());
        for (const Row& row : after)
            QCOMPARE(row.state, DeliveryState::Sent);
    }

    void twoHundredKillsDuringHeavyWrites() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("history.sqlite"));
        FakeRocketChat server;
        QRandomGenerator random(20261121);
        QSet<QString> queued;
        QSet<QString> reportedSent;
        QElapsedTimer clock;
        clock.start();
        constexpr int kills = 200;
        for (int run = 0; run < kills; ++run) {
            Child child(db, server.url(), {QStringLiteral("loop"), QStringLiteral("3")});
            // Killed at a pseudo-random moment once it is writing replies.
            QVERIFY2(serveUntil([&] { return !child.valuesOf(QStringLiteral("queued")).isEmpty(); },
                                10'000),
                     qPrintable(child.errors()));
            serveUntil([] { return false; }, static_cast<int>(random.bounded(40)));
            child.killNow();
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            for (const QString& id : child.valuesOf(QStringLiteral("queued")))
                queued.insert(id);
            for (const QString& id : child.valuesOf(QStringLiteral("sent")))
                reportedSent.insert(id);
        }
        qInfo("%d kills in %lld ms: %lld replies queued, %lld reported sent", kills,
              clock.elapsed(), static_cast<long long>(queued.size()),
              static_cast<long long>(reportedSent.size()));
        QVERIFY(queued.size() >= kills); // every kill landed while it was writing

        QString integrity;
        const QList<Row> rows = outgoing(db, &integrity);
        QCOMPARE(integrity, QStringLiteral("ok"));
        QHash<QString, Row> byId;
        for (const Row& row : rows)
            byId.insert(row.clientId, row);
        for (const QString& id : std::as_const(queued))
            QVERIFY2(byId.contains(id), qPrintable(QStringLiteral("lost queued reply ") + id));
        for (const QString& id : std::as_const(reportedSent)) {
            QVERIFY2(byId.value(id).state == DeliveryState::Sent,
                     qPrintable(QStringLiteral("reported sent, but not in the history: ") + id));
            QVERIFY(server.storedIds().contains(id));
        }
        for (const Row& row : rows) {
            if (row.state == DeliveryState::Sent)
                QVERIFY2(server.storedIds().contains(row.clientId), "Sent but not on the server");
        }

        // One last run delivers everything left; every reply is on the server exactly once,
        // in the order typed, room by room.
        {
            Child child(db, server.url(), {QStringLiteral("resume")});
            QVERIFY2(child.waitForExit(90'000), "the final child did not finish");
            QCOMPARE(child.exitCode(), 0);
        }
        const QList<Row> final = outgoing(db, &integrity);
        QCOMPARE(integrity, QStringLiteral("ok"));
        QCOMPARE(final.size(), rows.size());
        QHash<qint64, QStringList> typedPerRoom;
        for (const Row& row : final) {
            QCOMPARE(row.state, DeliveryState::Sent);
            typedPerRoom[row.conversationId].append(row.text);
        }
        QCOMPARE(server.storedIds().size(), final.size());
        QCOMPARE(QSet<QString>(server.storedIds().begin(), server.storedIds().end()).size(),
                 final.size());
        QStringList serverTexts;
        for (int n = 1; n <= 3; ++n)
            serverTexts += server.textsIn(QStringLiteral("room-%1").arg(n));
        QStringList typedTexts;
        for (const QStringList& texts : std::as_const(typedPerRoom))
            typedTexts += texts;
        QCOMPARE(serverTexts.size(), typedTexts.size());
        for (int n = 1; n <= 3; ++n) {
            const QStringList onServer = server.textsIn(QStringLiteral("room-%1").arg(n));
            bool matched = false;
            for (const QStringList& texts : std::as_const(typedPerRoom))
                matched = matched || texts == onServer;
            QVERIFY2(matched, qPrintable(QStringLiteral("room-%1 out of order").arg(n)));
        }
    }
};

QTEST_GUILESS_MAIN(TestOutboxKill)
#include "tst_outbox_kill.moc"
