#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QProcess>
#include <QTemporaryFile>
#include <QTest>

//! agentdesk-cli as a process, for the CLI tests: its exit code and what it printed.
namespace CliRunner {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

//! Runs `program` (agentdesk-cli, or a wrapper that starts it) with `arguments`.
inline Run run(const QString& program, const QStringList& arguments,
               const QMap<QString, QString>& env = {}, const QByteArray& input = {}) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (auto it = env.begin(); it != env.end(); ++it)
        environment.insert(it.key(), it.value());
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForStarted())
        qFatal("cannot start agentdesk-cli");
    process.write(input);
    process.closeWriteChannel();
    // Keep our event loop turning: the TestServer lives in this process.
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 30000))
        process.kill();
    process.waitForFinished();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

inline Run cli(const QStringList& arguments, const QMap<QString, QString>& env = {},
               const QByteArray& input = {}) {
    return run(QStringLiteral(AGENTDESK_CLI), arguments, env, input);
}

inline QString tempFile(const QByteArray& content) {
    auto* file = new QTemporaryFile(qApp);
    if (!file->open())
        qFatal("temp file");
    file->write(content);
    file->flush();
    return file->fileName();
}

} // namespace CliRunner
