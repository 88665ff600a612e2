#pragma once

#include "Cli.h"

#include "net/Result.h"
#include "net/Transport.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonValue>
#include <QTextStream>

#include <optional>

namespace agentdesk::cli {

//! What every command needs: its parsed flags, the streams, the environment and one Transport.
class CliContext {
public:
    CliContext(const QProcessEnvironment& environment, QTextStream& out, QTextStream& err,
               QIODevice& in);

    QCommandLineParser parser;
    const QProcessEnvironment& environment;
    QTextStream& out;
    QTextStream& err;
    QIODevice& in;
    Transport transport;
    //! Set when opening a workspace found its history damaged and salvaged it: the command's
    //! success becomes exit code Salvaged.
    bool historySalvaged = false;

    //! How long a network command waits for an answer unless --timeout says otherwise.
    static constexpr int kDefaultTimeoutSeconds = 60;

    //! Adds the flags every network command shares (--json, --timeout).
    void addCommonOptions();
    //! Parses `arguments` (starting with the command name); prints the problem and returns
    //! false on bad flags. Handles --help.
    bool parse(const QStringList& arguments, bool* helpShown);

    bool json() const { return parser.isSet(QStringLiteral("json")); }
    //! Adds --data-dir and --patience, for commands that can work through a workspace.
    void addWorkspaceOptions();
    bool usesWorkspace() const;
    //! How long the outbox may keep retrying transient failures before the command returns.
    int patienceMs() const;
    //! A required flag's value; prints a usage error when missing.
    std::optional<QString> required(const QString& name);
    //! The server URL flag, checked (https, or http to loopback).
    std::optional<QUrl> serverUrl();
    //! A secret from the environment; prints which variable is missing.
    std::optional<QString> secret(const QString& variable);
    //! The positional TEXT, joined; "-" reads stdin.
    std::optional<QString> text();
    //! The positional FILE's bytes; "-" reads stdin.
    std::optional<QByteArray> file();

    int usageError(const QString& message);
    //! Prints an ApiError for the agent and returns the matching exit code.
    int failure(const ApiError& error);
    //! Prints a JSON document for --json.
    void printJson(const QJsonValue& value);

    //! Runs the event loop until the endpoint's callback arrives.
    template<class T, class Start> Result<T> wait(Start start) {
        std::optional<Result<T>> result;
        QEventLoop loop;
        start(&loop, [&result, &loop](Result<T> r) {
            result.emplace(std::move(r));
            loop.quit();
        });
        if (!result)
            loop.exec();
        return *result;
    }

private:
    bool m_hasTimeoutOption = false; //!< addCommonOptions() was called
};

int exitCodeFor(const ApiError& error);

} // namespace agentdesk::cli
