#include "SandboxProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcDemo, "agentdesk.demo", QtInfoMsg)

namespace agentdesk {

namespace {
const QString kName = QStringLiteral("agentdesk-sandbox");
constexpr qsizetype kMaxFirstLine = 4096;
} // namespace

SandboxProcess::SandboxProcess(QObject* parent)
    : QObject(parent)
    , m_process(new QProcess(this))
    , m_startTimer(new QTimer(this)) {
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
#ifdef Q_OS_LINUX
    // The sandbox ends with the desk whatever way the desk ends, SIGKILL and crashes included:
    // the kernel sends it SIGTERM (it saves its state and exits) when its parent dies. A parent
    // that died between fork() and here is caught by comparing the parent's pid.
    const pid_t desk = ::getpid();
    m_process->setChildProcessModifier([desk] {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != desk)
            ::_exit(1);
    });
#endif
    m_startTimer->setSingleShot(true);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &SandboxProcess::readOutput);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("cannot start %1: %2").arg(program(), m_process->errorString()));
    });
    connect(m_process, &QProcess::finished, this,
            [this](int exitCode, QProcess::ExitStatus) { onFinished(exitCode); });
    connect(m_startTimer, &QTimer::timeout, this, [this] {
        fail(tr("the sandbox did not report its address within %1 ms").arg(m_startTimeoutMs));
        stop(0);
    });
}

SandboxProcess::~SandboxProcess() {
    stop();
}

QString SandboxProcess::program() const {
    return m_program.isEmpty() ? findProgram() : m_program;
}

QString SandboxProcess::findProgram() {
    const QString fromEnvironment = qEnvironmentVariable("AGENTDESK_SANDBOX");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString& candidate :
         {here.filePath(kName), here.filePath(QStringLiteral("../sandbox/") + kName),
          here.filePath(QStringLiteral("../../sandbox/") + kName)}) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.canonicalFilePath();
    }
    return QStandardPaths::findExecutable(kName);
}

void SandboxProcess::start() {
    if (isRunning())
        return;
    m_settled = false;
    m_stopping = false;
    m_firstLine.clear();
    m_baseUrl.clear();
    m_error.clear();
    const QString executable = program();
    if (executable.isEmpty()) {
        // Queued, so a caller connecting after start() still hears about it.
        QTimer::singleShot(0, this, [this] {
            fail(tr("cannot find %1 (set AGENTDESK_SANDBOX to its path)").arg(kName));
        });
        return;
    }
    QStringList arguments{QStringLiteral("--port"), QStringLiteral("0")};
    arguments += m_arguments;
    qCInfo(lcDemo) << "starting" << executable << arguments;
    m_startTimer->start(m_startTimeoutMs);
    m_process->start(executable, arguments, QIODevice::ReadOnly);
}

bool SandboxProcess::waitForReady(int msecs) {
    if (!m_baseUrl.isEmpty())
        return true;
    if (m_settled)
        return false;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &SandboxProcess::ready, &loop, &QEventLoop::quit);
    connect(this, &SandboxProcess::failed, &loop, &QEventLoop::quit);
    timeout.start(msecs);
    loop.exec();
    return !m_baseUrl.isEmpty();
}

void SandboxProcess::stop(int graceMs) {
    m_startTimer->stop();
    if (m_process->state() == QProcess::NotRunning)
        return;
    m_stopping = true;
    m_process->terminate(); // SIGTERM: the sandbox saves its state and exits
    if (!m_process->waitForFinished(graceMs)) {
        qCWarning(lcDemo) << "sandbox did not stop within" << graceMs << "ms; killing it";
        m_process->kill();
        m_process->waitForFinished(1000);
    }
}

bool SandboxProcess::isRunning() const {
    return m_process->state() != QProcess::NotRunning;
}

void SandboxProcess::readOutput() {
    const QByteArray data = m_process->readAllStandardOutput();
    if (m_settled)
        return; // only the first line means something
    m_firstLine += data;
    const qsizetype newline = m_firstLine.indexOf('\n');
    if (newline < 0) {
        if (m_firstLine.size() > kMaxFirstLine) {
            fail(tr("the sandbox printed no address line"));
            stop(0);
        }
        return;
    }
    const QUrl url(QString::fromUtf8(m_firstLine.left(newline).trimmed()), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("http") ||
        url.host() != QLatin1String("127.0.0.1") || url.port() <= 0) {
        fail(tr("the sandbox announced an unexpected address: %1")
                 .arg(QString::fromUtf8(m_firstLine.left(newline))));
        stop(0);
        return;
    }
    m_startTimer->stop();
    m_settled = true;
    m_baseUrl = url;
    qCInfo(lcDemo) << "sandbox ready at" << url.toString();
    emit ready(url);
}

void SandboxProcess::fail(const QString& error) {
    if (m_settled)
        return;
    m_settled = true;
    m_startTimer->stop();
    m_error = error;
    qCWarning(lcDemo).noquote() << error;
    emit failed(error);
}

void SandboxProcess::onFinished(int exitCode) {
    m_startTimer->stop();
    if (!m_settled) {
        fail(tr("the sandbox exited with code %1 before it was ready").arg(exitCode));
        return;
    }
    const bool unexpected = !m_stopping && !m_baseUrl.isEmpty();
    m_baseUrl.clear();
    if (unexpected) {
        m_error = tr("the sandbox exited with code %1").arg(exitCode);
        qCWarning(lcDemo).noquote() << m_error;
    }
}

} // namespace agentdesk
