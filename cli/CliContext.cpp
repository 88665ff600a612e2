#include "CliContext.h"

#include "TerminalText.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace agentdesk::cli {

CliContext::CliContext(const QProcessEnvironment& env, QTextStream& o, QTextStream& e, QIODevice& i)
    : environment(env)
    , out(o)
    , err(e)
    , in(i) {
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
}

void CliContext::addCommonOptions() {
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the result as JSON.")});
    parser.addOption({QStringLiteral("timeout"),
                      QStringLiteral("Give up after this many seconds (default %1).")
                          .arg(kDefaultTimeoutSeconds),
                      QStringLiteral("seconds"), QString::number(kDefaultTimeoutSeconds)});
    m_hasTimeoutOption = true;
}

void CliContext::addWorkspaceOptions() {
    parser.addOption({QStringLiteral("data-dir"),
                      QStringLiteral("Record in this workspace's history and deliver through its "
                                     "outbox."),
                      QStringLiteral("dir")});
    parser.addOption({QStringLiteral("patience"),
                      QStringLiteral("With --data-dir: keep retrying transient failures for up to "
                                     "this many seconds (default 0: return at the first one, the "
                                     "message stays queued)."),
                      QStringLiteral("seconds"), QStringLiteral("0")});
}

bool CliContext::usesWorkspace() const {
    return parser.optionNames().contains(QStringLiteral("data-dir")) &&
           parser.isSet(QStringLiteral("data-dir"));
}

int CliContext::patienceMs() const {
    if (!parser.optionNames().contains(QStringLiteral("patience")))
        return 0;
    return std::max(0, parser.value(QStringLiteral("patience")).toInt()) * 1000;
}

bool CliContext::parse(const QStringList& arguments, bool* helpShown) {
    *helpShown = false;
    if (!parser.parse(arguments)) {
        err << "agentdesk-cli: " << terminalSafe(parser.errorText()) << '\n';
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        *helpShown = true;
        return true;
    }
    if (parser.optionNames().contains(QStringLiteral("patience"))) {
        bool ok = false;
        if (parser.value(QStringLiteral("patience")).toInt(&ok) < 0 || !ok) {
            err << "agentdesk-cli: --patience needs a number of seconds\n";
            return false;
        }
    }
    // optionNames() holds only the options given on this command line: the default of 60 s
    // applies as well when --timeout is not given (Transport's own default is longer).
    if (m_hasTimeoutOption) {
        bool ok = false;
        const int seconds = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || seconds <= 0) {
            err << "agentdesk-cli: --timeout needs a positive number of seconds\n";
            return false;
        }
        Transport::Limits limits = transport.limits();
        limits.deadlineMs = seconds * 1000;
        limits.inactivityMs = std::min(limits.inactivityMs, limits.deadlineMs);
        transport.setLimits(limits);
    }
    return true;
}

int CliContext::usageError(const QString& message) {
    err << "agentdesk-cli: " << terminalSafe(message) << '\n';
    return Usage;
}

std::optional<QString> CliContext::required(const QString& name) {
    const QString value = parser.value(name);
    if (value.trimmed().isEmpty()) {
        usageError(QStringLiteral("--%1 is required").arg(name));
        return std::nullopt;
    }
    return value;
}

std::optional<QUrl> CliContext::serverUrl() {
    const auto value = required(QStringLiteral("server"));
    if (!value)
        return std::nullopt;
    const QUrl url = QUrl::fromUserInput(*value);
    if (!url.isValid() || url.host().isEmpty()) {
        usageError(QStringLiteral("--server: \"%1\" is not a URL").arg(*value));
        return std::nullopt;
    }
    if (!Transport::isAllowedUrl(url)) {
        usageError(QStringLiteral("--server: plain http:// is only allowed to this computer; "
                                  "use https://"));
        return std::nullopt;
    }
    return url;
}

std::optional<QString> CliContext::secret(const QString& variable) {
    const QString value = environment.value(variable);
    if (value.isEmpty()) {
        usageError(QStringLiteral("the environment variable %1 is not set").arg(variable));
        return std::nullopt;
    }
    return value;
}

std::optional<QString> CliContext::text() {
    const QStringList words = parser.positionalArguments();
    if (words.isEmpty()) {
        usageError(QStringLiteral("the message TEXT is missing"));
        return std::nullopt;
    }
    QString text = words.join(u' ');
    if (text == QLatin1String("-"))
        text = QString::fromUtf8(in.readAll());
    if (text.trimmed().isEmpty()) {
        usageError(QStringLiteral("the message TEXT is empty"));
        return std::nullopt;
    }
    return text;
}

std::optional<QByteArray> CliContext::file() {
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        usageError(QStringLiteral("expected exactly one FILE (or - for standard input)"));
        return std::nullopt;
    }
    if (positional.first() == QLatin1String("-"))
        return in.readAll();
    QFile file(positional.first());
    if (!file.open(QIODevice::ReadOnly)) {
        usageError(
            QStringLiteral("cannot read %1: %2").arg(positional.first(), file.errorString()));
        return std::nullopt;
    }
    return file.readAll();
}

int exitCodeFor(const ApiError& error) {
    switch (error.kind()) {
    case ApiError::Kind::None:
        return Success;
    case ApiError::Kind::InsecureUrl:
        return Usage;
    case ApiError::Kind::InvalidRequest:
        return error.httpStatus() == 0 ? Usage : Refused; // refused before sending: our input
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::NotFound:
    case ApiError::Kind::RateLimited:
        return Refused;
    case ApiError::Kind::NetworkUnreachable:
    case ApiError::Kind::TlsFailed:
    case ApiError::Kind::TimedOut:
    case ApiError::Kind::ServerError:
    case ApiError::Kind::BadResponse:
    case ApiError::Kind::Cancelled:
        return Unreachable;
    }
    return Failure;
}

int CliContext::failure(const ApiError& error) {
    if (json()) {
        QJsonObject object{{QStringLiteral("error"), error.kindName()},
                           {QStringLiteral("message"), error.message()}};
        if (error.httpStatus())
            object.insert(QStringLiteral("status"), error.httpStatus());
        if (!error.serverCode().isEmpty())
            object.insert(QStringLiteral("serverCode"), error.serverCode());
        if (!error.serverMessage().isEmpty())
            object.insert(QStringLiteral("serverMessage"), error.serverMessage());
        if (error.retryAt().isValid())
            object.insert(QStringLiteral("retryAt"), error.retryAt().toString(Qt::ISODateWithMs));
        printJson(object);
    }
    err << "agentdesk-cli: " << terminalSafe(error.message()) << '\n';
    return exitCodeFor(error);
}

void CliContext::printJson(const QJsonValue& value) {
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << terminalSafeJson(document.toJson(QJsonDocument::Indented));
}

} // namespace agentdesk::cli
