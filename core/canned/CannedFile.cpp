#include "CannedFile.h"

#include "CannedLibrary.h"
#include "backends/rocketchat/CannedResponses.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace agentdesk::CannedFile {

namespace {

const QString kFormat = QStringLiteral("agentdesk-canned-replies");

//! lupdate files the strings under the context Q_DECLARE_TR_FUNCTIONS names, which is the one
//! looked up at run time (a tr() helper passing text on would hide them from lupdate).
struct CannedFileText {
    Q_DECLARE_TR_FUNCTIONS(agentdesk::CannedFile)
};

QString lineAndColumn(const QByteArray& content, int offset) {
    const QByteArray before = content.left(offset);
    const int line = int(before.count('\n')) + 1;
    const int column = offset - int(before.lastIndexOf('\n'));
    return CannedFileText::tr("line %1, column %2").arg(line).arg(column);
}

// Reads the optional and required members of one object, remembering the first fault.
class Fields {
public:
    Fields(const QJsonObject& object, QString where)
        : m_object(object)
        , m_where(std::move(where)) {}

    QString string(const QString& key, bool required) {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                fault(CannedFileText::tr("\"%1\" is missing").arg(key));
            return {};
        }
        if (!value.isString()) {
            fault(CannedFileText::tr("\"%1\" must be a string").arg(key));
            return {};
        }
        if (required && value.toString().trimmed().isEmpty())
            fault(CannedFileText::tr("\"%1\" is empty").arg(key));
        return value.toString();
    }
    bool boolean(const QString& key) {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return false;
        if (!value.isBool())
            fault(CannedFileText::tr("\"%1\" must be true or false").arg(key));
        return value.toBool();
    }
    QStringList strings(const QString& key) {
        const QJsonValue value = m_object.value(key);
        QStringList list;
        if (value.isUndefined() || value.isNull())
            return list;
        if (!value.isArray()) {
            fault(CannedFileText::tr("\"%1\" must be an array of strings").arg(key));
            return list;
        }
        for (const QJsonValue& item : value.toArray()) {
            if (!item.isString()) {
                fault(CannedFileText::tr("\"%1\" must be an array of strings").arg(key));
                return {};
            }
            list.append(item.toString());
        }
        return list;
    }
    void fault(const QString& what) {
        if (m_error.isEmpty())
            m_error = m_where + QStringLiteral(": ") + what;
    }
    QString error() const { return m_error; }

private:
    QJsonObject m_object;
    QString m_where;
    QString m_error;
};

bool sameServer(const QUrl& a, const QUrl& b) {
    auto path = [](const QUrl& url) {
        QString p = url.path();
        while (p.endsWith(QLatin1Char('/')))
            p.chop(1);
        return p;
    };
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port() == b.port() && path(a) == path(b);
}

QJsonObject accountObject(const Account& account) {
    return {{QStringLiteral("backend"), backendKey(account.backend)},
            {QStringLiteral("server"), account.serverUrl.toString()},
            {QStringLiteral("username"), account.username}};
}

} // namespace

QByteArray write(const QList<CannedReply>& replies, const QList<Account>& accounts) {
    QJsonArray array;
    for (const CannedReply& reply : replies) {
        QJsonObject object{{QStringLiteral("title"), reply.title},
                           {QStringLiteral("text"), reply.text}};
        if (!reply.folder.isEmpty())
            object.insert(QStringLiteral("folder"), reply.folder);
        if (!reply.trigger.isEmpty())
            object.insert(QStringLiteral("trigger"), reply.trigger);
        object.insert(QStringLiteral("shortcut"), reply.shortcut);
        if (reply.sendImmediately)
            object.insert(QStringLiteral("sendImmediately"), true);
        if (reply.accountId != 0) {
            for (const Account& account : accounts) {
                if (account.id != reply.accountId)
                    continue;
                QJsonObject owner = accountObject(account);
                // the server's own id (a synced Rocket.Chat canned response) keeps matching it
                if (!reply.remoteId.isEmpty())
                    owner.insert(QStringLiteral("remoteId"), reply.remoteId);
                object.insert(QStringLiteral("account"), owner);
            }
        }
        array.append(object);
    }
    const QJsonObject root{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("replies"), array}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<Parsed> parse(const QByteArray& content, const QList<Account>& accounts,
                            QString* error) {
    auto failWith = [error](const QString& text) -> std::optional<Parsed> {
        if (error)
            *error = text;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(content, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return failWith(
            CannedFileText::tr("not valid JSON at %1: %2")
                .arg(lineAndColumn(content, parseError.offset), parseError.errorString()));
    }
    if (!document.isObject())
        return failWith(CannedFileText::tr("expected a JSON object with \"replies\" (AgentDesk) or "
                                           "\"responses\" (Rocket.Chat)"));
    const QJsonObject root = document.object();
    Parsed parsed;
    if (root.contains(QStringLiteral("responses"))) {
        parsed.rocketChat = true;
        if (root.contains(QStringLiteral("success")) &&
            root.value(QStringLiteral("success")) != QJsonValue(true))
            return failWith(CannedFileText::tr("the Rocket.Chat response says \"success\": false"));
        if (!root.value(QStringLiteral("responses")).isArray())
            return failWith(CannedFileText::tr("\"responses\" must be an array"));
        const QJsonArray responses = root.value(QStringLiteral("responses")).toArray();
        for (qsizetype i = 0; i < responses.size(); ++i) {
            const QString where = CannedFileText::tr("response %1").arg(i + 1);
            if (!responses.at(i).isObject())
                return failWith(where + QStringLiteral(": ") +
                                CannedFileText::tr("expected an object"));
            Fields fields(responses.at(i).toObject(), where);
            rocketchat::CannedResponse response;
            response.id = fields.string(QStringLiteral("_id"), false);
            response.shortcut = fields.string(QStringLiteral("shortcut"), true);
            response.text = fields.string(QStringLiteral("text"), true);
            response.scope = fields.string(QStringLiteral("scope"), false);
            response.tags = fields.strings(QStringLiteral("tags"));
            if (!fields.error().isEmpty())
                return failWith(fields.error());
            CannedLibrary::ImportEntry entry;
            entry.reply = CannedLibrary::fromRocketChat(response);
            parsed.entries.append(entry);
        }
        return parsed;
    }
    if (root.value(QStringLiteral("format")) != QJsonValue(kFormat))
        return failWith(CannedFileText::tr("\"format\" must be \"%1\"").arg(kFormat));
    if (root.value(QStringLiteral("version")).toInt(-1) != 1)
        return failWith(
            CannedFileText::tr("\"version\" must be 1 (the only version this AgentDesk reads)"));
    if (!root.value(QStringLiteral("replies")).isArray())
        return failWith(CannedFileText::tr("\"replies\" must be an array"));
    const QJsonArray replies = root.value(QStringLiteral("replies")).toArray();
    for (qsizetype i = 0; i < replies.size(); ++i) {
        const QString where = CannedFileText::tr("reply %1").arg(i + 1);
        if (!replies.at(i).isObject())
            return failWith(where + QStringLiteral(": ") +
                            CannedFileText::tr("expected an object"));
        const QJsonObject object = replies.at(i).toObject();
        Fields fields(object, where);
        CannedLibrary::ImportEntry entry;
        entry.reply.title = fields.string(QStringLiteral("title"), true);
        entry.reply.text = fields.string(QStringLiteral("text"), true);
        entry.reply.folder = fields.string(QStringLiteral("folder"), false);
        entry.reply.trigger = fields.string(QStringLiteral("trigger"), false);
        entry.hasShortcut = object.contains(QStringLiteral("shortcut"));
        entry.reply.shortcut = fields.string(QStringLiteral("shortcut"), false);
        entry.reply.sendImmediately = fields.boolean(QStringLiteral("sendImmediately"));
        if (object.contains(QStringLiteral("account"))) {
            if (!object.value(QStringLiteral("account")).isObject()) {
                fields.fault(CannedFileText::tr("\"account\" must be an object"));
            } else {
                Fields account(object.value(QStringLiteral("account")).toObject(), where);
                const QString backend = account.string(QStringLiteral("backend"), true);
                const QString server = account.string(QStringLiteral("server"), true);
                const QString username = account.string(QStringLiteral("username"), false);
                const QString remoteId = account.string(QStringLiteral("remoteId"), false);
                if (!account.error().isEmpty())
                    return failWith(account.error());
                const auto match = std::find_if(accounts.begin(), accounts.end(), [&](auto& a) {
                    return backendKey(a.backend) == backend &&
                           sameServer(a.serverUrl, QUrl(server)) &&
                           (username.isEmpty() || a.username == username);
                });
                if (match != accounts.end()) {
                    entry.reply.accountId = match->id;
                    entry.reply.remoteId = remoteId;
                } else {
                    parsed.notes << CannedFileText::tr(
                                        "“%1” was for %2 at %3, which this workspace does not "
                                        "have: imported as personal.")
                                        .arg(entry.reply.title, backend, server);
                }
            }
        }
        if (!fields.error().isEmpty())
            return failWith(fields.error());
        parsed.entries.append(entry);
    }
    return parsed;
}

} // namespace agentdesk::CannedFile
