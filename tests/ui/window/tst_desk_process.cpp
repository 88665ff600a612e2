#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

//! The real `agentdesk --demo` as a process: SIGTERM ends it as closing its window does (exit
//! code 0, the demo sandbox stopped), and whatever way it ends, SIGKILL included, its demo
//! sandbox ends with it.
class TestDeskProcess : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;

    //! A process's parent pid and state from /proc/<pid>/stat; state 0 when it is gone.
    static std::pair<qint64, char> parentAndState(qint64 pid) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            return {0, 0};
        const QByteArray line = stat.readAll();
        // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so split after
        // the last ')'.
        const qsizetype close = line.lastIndexOf(')');
        if (close < 0)
            return {0, 0};
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        if (fields.size() < 2 || fields.at(0).isEmpty())
            return {0, 0};
        return {fields.at(1).toLongLong(), fields.at(0).at(0)};
    }

    static bool isRunning(qint64 pid) {
        const char state = parentAndState(pid).second;
        return state != 0 && state != 'Z' && state != 'X'; // a zombie has ended
    }

    //! The desk's agentdesk-sandbox child, once it runs (0 if none within `ms`).
    static qint64 sandboxChildOf(qint64 deskPid, int ms) {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < ms) {
            const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
            for (const QString& entry : entries) {
                bool numeric = false;
                const qint64 pid = entry.toLongLong(&numeric);
                if (!numeric || parentAndState(pid).first != deskPid)
                    continue;
                QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
                if (comm.open(QIODevice::ReadOnly) && comm.readAll().startsWith("agentdesk-sand"))
                    return pid;
            }
            QTest::qWait(50);
        }
        return 0;
    }

    //! The desk is up on its sandbox: it signed in over the websocket (its log says so), so
    //! its event loop runs and the sandbox printed its address long before (a sandbox killed
    //! before it prints dies of SIGPIPE when it does, which would hide the bug).
    static bool isLive(QProcess& desk, int ms) {
        QByteArray log;
        QElapsedTimer clock;
        clock.start();
        while (!log.contains("agentdesk.realtime: live on") && clock.elapsed() < ms) {
            desk.waitForReadyRead(50);
            log += desk.readAllStandardError();
        }
        return log.contains("agentdesk.realtime: live on");
    }

    static bool endsWithin(qint64 pid, int ms) {
        QElapsedTimer clock;
        clock.start();
        while (isRunning(pid) && clock.elapsed() < ms)
            QTest::qWait(50);
        return !isRunning(pid);
    }

    void startDemo(QProcess& desk, const QString& dataDir) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath("config"));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath("data"));
        desk.setProcessEnvironment(environment);
        desk.setProcessChannelMode(QProcess::ForwardedOutputChannel); // stderr: its log
        desk.start(QStringLiteral(AGENTDESK_BINARY),
                   {QStringLiteral("--demo"), QStringLiteral("--data-dir"), dataDir});
        QVERIFY2(desk.waitForStarted(10'000), qPrintable(desk.errorString()));
    }

private slots:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void sigtermEndsTheDeskCleanlyAndStopsItsSandbox() {
        QTemporaryDir data;
        QProcess desk;
        startDemo(desk, data.path());
        const qint64 sandbox = sandboxChildOf(desk.processId(), 20'000);
        QVERIFY2(sandbox > 0, "the demo started no sandbox");
        QVERIFY2(isLive(desk, 20'000), "the desk never came up on its sandbox");

        QCOMPARE(::kill(pid_t(desk.processId()), SIGTERM), 0);
        QVERIFY(desk.waitForFinished(15'000));
        QCOMPARE(desk.exitStatus(), QProcess::NormalExit); // not killed by the signal
        QCOMPARE(desk.exitCode(), 0);
        QVERIFY2(endsWithin(sandbox, 5'000), "the demo sandbox outlived the desk");
    }

    void sigkillOfTheDeskEndsItsSandboxToo() {
        QTemporaryDir data;
        QProcess desk;
        startDemo(desk, data.path());
        const qint64 sandbox = sandboxChildOf(desk.processId(), 20'000);
        QVERIFY2(sandbox > 0, "the demo started no sandbox");
        QVERIFY2(isLive(desk, 20'000), "the desk never came up on its sandbox");

        desk.kill(); // SIGKILL: no handler, no destructor runs
        QVERIFY(desk.waitForFinished(10'000));
        QCOMPARE(desk.exitStatus(), QProcess::CrashExit);
        QVERIFY2(endsWithin(sandbox, 10'000), "the demo sandbox outlived a killed desk");
    }
};

QTEST_GUILESS_MAIN(TestDeskProcess)
#include "tst_desk_process.moc"
