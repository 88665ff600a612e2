#pragma once

#include <QObject>
#include <QStringList>
#include <QUrl>

class QProcess;
class QTimer;

namespace agentdesk {

//! Runs `agentdesk-sandbox` as a child process so `agentdesk --demo` works on a machine with no
//! Rocket.Chat, SocialBoards or LiveChatAI account.
//!
//! The sandbox is started on a free loopback port (`--port 0`) and announces its base URL on the
//! first line of its stdout; this class reads that line, hands the URL out, and stops the child
//! (SIGTERM, then kill) when it is destroyed, so a desk that quits never leaves a server behind.
class SandboxProcess : public QObject {
    Q_OBJECT
public:
    explicit SandboxProcess(QObject* parent = nullptr);
    //! Stops the sandbox if it still runs.
    ~SandboxProcess() override;

    //! The executable to run; findProgram() when never set.
    void setProgram(const QString& program) { m_program = program; }
    QString program() const;
    //! Extra arguments after `--port 0`, e.g. `--state FILE`, `--visitors 3`.
    void setArguments(const QStringList& arguments) { m_arguments = arguments; }
    //! How long start() waits for the URL line before giving up.
    void setStartTimeout(int msecs) { m_startTimeoutMs = msecs; }

    //! Starts the child; ready() or failed() follows, exactly once.
    void start();
    //! Runs the event loop until ready() or failed(); true when ready.
    bool waitForReady(int msecs = 15000);
    //! Sends SIGTERM, waits up to `graceMs`, then kills. Safe to call when not running.
    void stop(int graceMs = 3000);

    bool isRunning() const;
    //! http://127.0.0.1:PORT once ready; empty before.
    QUrl baseUrl() const { return m_baseUrl; }
    QString errorString() const { return m_error; }

    //! Where the sandbox binary is: $AGENTDESK_SANDBOX, next to the running program, in the
    //! build tree's sandbox/ folder, or on PATH; empty when nowhere.
    static QString findProgram();

signals:
    void ready(const QUrl& baseUrl);
    void failed(const QString& error);

private:
    void readOutput();
    void fail(const QString& error);
    void onFinished(int exitCode);

    QProcess* m_process = nullptr;
    QTimer* m_startTimer = nullptr;
    QString m_program;
    QStringList m_arguments;
    QByteArray m_firstLine;
    QUrl m_baseUrl;
    QString m_error;
    int m_startTimeoutMs = 15000;
    bool m_settled = false; //!< ready() or failed() was emitted
    bool m_stopping = false;
};

} // namespace agentdesk
