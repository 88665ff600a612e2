#include "CannedLibrary.h"

#include "backends/rocketchat/CannedResponses.h"
#include "store/History.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace agentdesk {

namespace {

const QString kColumns = QStringLiteral(
    "id, position, title, text, folder, account_id, shortcut, trigger_word, send_immediately,"
    " remote_id, updated_at");

CannedReply readRow(const QSqlQuery& query) {
    CannedReply reply;
    reply.id = query.value(0).toLongLong();
    reply.position = query.value(1).toInt();
    reply.title = query.value(2).toString();
    reply.text = query.value(3).toString();
    reply.folder = query.value(4).toString();
    reply.accountId = query.value(5).toLongLong();
    reply.shortcut = query.value(6).toString();
    reply.trigger = query.value(7).toString();
    reply.sendImmediately = query.value(8).toBool();
    reply.remoteId = query.value(9).toString();
    const qint64 updated = query.value(10).toLongLong();
    if (updated > 0)
        reply.updatedAt = QDateTime::fromMSecsSinceEpoch(updated, Qt::UTC);
    return reply;
}

// The Rocket.Chat placeholders that have an equivalent of ours.
QString convertRocketChatPlaceholders(QString text) {
    static const QList<std::pair<QString, QString>> map = {
        {QStringLiteral("contact.name"), QStringLiteral("visitor.name")},
        {QStringLiteral("contact.email"), QStringLiteral("visitor.email")},
        {QStringLiteral("agent.name"), QStringLiteral("agent.name")},
    };
    for (const auto& [theirs, ours] : map) {
        const QRegularExpression pattern(
            QStringLiteral("\\{\\{\\s*%1\\s*\\}\\}").arg(QRegularExpression::escape(theirs)));
        text.replace(pattern, QLatin1Char('{') + ours + QLatin1Char('}'));
    }
    return text;
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL.
QString text(const QString& value) {
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace

CannedLibrary::CannedLibrary(History* history, QObject* parent)
    : QObject(parent)
    , m_history(history) {}

bool CannedLibrary::fail(const QString& error) {
    m_lastError = error;
    return false;
}

QList<CannedReply> CannedLibrary::replies() const {
    QList<CannedReply> all;
    if (!m_history || !m_history->isOpen())
        return all;
    QSqlQuery query(m_history->database());
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT %1 FROM canned_replies ORDER BY position, id").arg(kColumns)))
        return all;
    while (query.next())
        all.append(readRow(query));
    return all;
}

QList<CannedReply> CannedLibrary::repliesFor(qint64 accountId) const {
    QList<CannedReply> offered;
    for (const CannedReply& reply : replies()) {
        if (reply.accountId == 0 || reply.accountId == accountId)
            offered.append(reply);
    }
    return offered;
}

std::optional<CannedReply> CannedLibrary::reply(qint64 id) const {
    for (const CannedReply& reply : replies()) {
        if (reply.id == id)
            return reply;
    }
    return std::nullopt;
}

std::optional<CannedReply> CannedLibrary::replyWithShortcut(const QString& shortcut) const {
    if (shortcut.isEmpty())
        return std::nullopt;
    for (const CannedReply& reply : replies()) {
        if (reply.shortcut.compare(shortcut, Qt::CaseInsensitive) == 0)
            return reply;
    }
    return std::nullopt;
}

bool CannedLibrary::validate(const CannedReply& reply, qint64 ignoreId) {
    if (!m_history || !m_history->isOpen())
        return fail(tr("The history is not open."));
    if (reply.title.trimmed().isEmpty())
        return fail(tr("A canned reply needs a title."));
    if (reply.text.trimmed().isEmpty())
        return fail(tr("The canned reply “%1” has no text.").arg(reply.title));
    static const QRegularExpression space(QStringLiteral("\\s"));
    if (reply.trigger.contains(space))
        return fail(tr("The trigger word “%1” must not contain spaces.").arg(reply.trigger));
    static const QRegularExpression shortcutSyntax(
        QStringLiteral("^((Ctrl|Shift|Alt|Meta)\\+)*([^+\\s]+|\\+)$"));
    if (!reply.shortcut.isEmpty() && !shortcutSyntax.match(reply.shortcut).hasMatch())
        return fail(tr("“%1” is not a keyboard shortcut (write it like Ctrl+Shift+G).")
                        .arg(reply.shortcut));
    if (const auto owner = replyWithShortcut(reply.shortcut); owner && owner->id != ignoreId)
        return fail(tr("%1 is already the shortcut of “%2”.").arg(reply.shortcut, owner->title));
    return true;
}

bool CannedLibrary::store(CannedReply& reply, bool insert) {
    QSqlQuery query(m_history->database());
    if (insert) {
        query.prepare(QStringLiteral(
            "INSERT INTO canned_replies (position, title, text, folder, account_id, shortcut,"
            " trigger_word, send_immediately, remote_id, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    } else {
        query.prepare(QStringLiteral(
            "UPDATE canned_replies SET position = ?, title = ?, text = ?, folder = ?,"
            " account_id = ?, shortcut = ?, trigger_word = ?, send_immediately = ?,"
            " remote_id = ?, updated_at = ? WHERE id = ?"));
    }
    reply.updatedAt = QDateTime::currentDateTimeUtc();
    query.addBindValue(reply.position);
    query.addBindValue(text(reply.title.trimmed()));
    query.addBindValue(text(reply.text));
    query.addBindValue(text(reply.folder.trimmed()));
    query.addBindValue(reply.accountId != 0 ? QVariant(reply.accountId)
                                            : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(text(reply.shortcut));
    query.addBindValue(text(reply.trigger.trimmed()));
    query.addBindValue(reply.sendImmediately ? 1 : 0);
    query.addBindValue(text(reply.remoteId));
    query.addBindValue(reply.updatedAt.toMSecsSinceEpoch());
    if (!insert)
        query.addBindValue(reply.id);
    if (!query.exec()) {
        const QString error = query.lastError().text();
        if (error.contains(QLatin1String("FOREIGN KEY")))
            return fail(tr("There is no account %1 for the canned reply “%2”.")
                            .arg(reply.accountId)
                            .arg(reply.title));
        return fail(tr("The canned reply could not be saved: %1").arg(error));
    }
    if (insert)
        reply.id = query.lastInsertId().toLongLong();
    else if (query.numRowsAffected() == 0)
        return fail(tr("There is no canned reply %1.").arg(reply.id));
    reply.title = reply.title.trimmed();
    reply.folder = reply.folder.trimmed();
    reply.trigger = reply.trigger.trimmed();
    return true;
}

QString CannedLibrary::firstFreeDefaultShortcut(const QList<CannedReply>& replies) const {
    if (replies.size() >= 9)
        return {};
    for (int n = 1; n <= 9; ++n) {
        const QString candidate = QStringLiteral("Ctrl+%1").arg(n);
        const bool taken = std::any_of(replies.begin(), replies.end(), [&](const CannedReply& r) {
            return r.shortcut.compare(candidate, Qt::CaseInsensitive) == 0;
        });
        if (!taken)
            return candidate;
    }
    return {};
}

std::optional<CannedReply> CannedLibrary::add(CannedReply reply, DefaultShortcut shortcut) {
    if (!validate(reply, 0))
        return std::nullopt;
    const QList<CannedReply> existing = replies();
    if (reply.shortcut.isEmpty() && shortcut == DefaultShortcut::Assign)
        reply.shortcut = firstFreeDefaultShortcut(existing);
    reply.position = existing.isEmpty() ? 0 : existing.last().position + 1;
    if (!store(reply, true))
        return std::nullopt;
    emit changed();
    return reply;
}

bool CannedLibrary::update(const CannedReply& reply) {
    if (!validate(reply, reply.id))
        return false;
    CannedReply stored = reply;
    if (!store(stored, false))
        return false;
    emit changed();
    return true;
}

bool CannedLibrary::remove(qint64 id) {
    if (!m_history || !m_history->isOpen())
        return fail(tr("The history is not open."));
    QSqlQuery query(m_history->database());
    query.prepare(QStringLiteral("DELETE FROM canned_replies WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return fail(tr("The canned reply could not be deleted: %1").arg(query.lastError().text()));
    if (query.numRowsAffected() == 0)
        return fail(tr("There is no canned reply %1.").arg(id));
    emit changed();
    return true;
}

std::optional<CannedReply> CannedLibrary::duplicate(qint64 id) {
    const auto original = reply(id);
    if (!original) {
        fail(tr("There is no canned reply %1.").arg(id));
        return std::nullopt;
    }
    CannedReply copy = *original;
    copy.id = 0;
    copy.title = tr("%1 (copy)").arg(original->title);
    copy.shortcut.clear();
    copy.remoteId.clear();
    if (!validate(copy, 0))
        return std::nullopt;
    auto added = add(copy, DefaultShortcut::None);
    if (added && !move(added->id, int(replies().indexOf(*original)) + 1))
        return std::nullopt;
    return added ? reply(added->id) : std::nullopt;
}

bool CannedLibrary::move(qint64 id, int index) {
    QList<CannedReply> all = replies();
    const auto it =
        std::find_if(all.begin(), all.end(), [id](const auto& r) { return r.id == id; });
    if (it == all.end())
        return fail(tr("There is no canned reply %1.").arg(id));
    const CannedReply moving = *it;
    all.erase(it);
    index = std::clamp(index, 0, int(all.size()));
    all.insert(index, moving);
    QSqlDatabase db = m_history->database();
    if (!db.transaction())
        return fail(tr("The order could not be saved: %1").arg(db.lastError().text()));
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE canned_replies SET position = ? WHERE id = ?"));
    for (int i = 0; i < all.size(); ++i) {
        query.addBindValue(i);
        query.addBindValue(all.at(i).id);
        if (!query.exec()) {
            const QString error = query.lastError().text();
            db.rollback();
            return fail(tr("The order could not be saved: %1").arg(error));
        }
    }
    if (!db.commit()) {
        const QString error = db.lastError().text();
        db.rollback();
        return fail(tr("The order could not be saved: %1").arg(error));
    }
    emit changed();
    return true;
}

CannedLibrary::ImportOutcome CannedLibrary::importReplies(const QList<ImportEntry>& entries) {
    ImportOutcome outcome;
    if (!m_history || !m_history->isOpen()) {
        outcome.error = tr("The history is not open.");
        return outcome;
    }
    QSqlDatabase db = m_history->database();
    if (!db.transaction()) {
        outcome.error = tr("Nothing was imported: %1").arg(db.lastError().text());
        return outcome;
    }
    QSignalBlocker blocker(this); // one changed() at the end
    auto abort = [&](const QString& why) {
        db.rollback();
        outcome = ImportOutcome();
        outcome.error = tr("Nothing was imported: %1").arg(why);
        return outcome;
    };
    for (int i = 0; i < entries.size(); ++i) {
        CannedReply reply = entries.at(i).reply;
        const QList<CannedReply> existing = replies();
        const auto same = std::find_if(existing.begin(), existing.end(), [&](const auto& r) {
            if (!reply.remoteId.isEmpty())
                return r.remoteId == reply.remoteId && r.accountId == reply.accountId;
            return r.remoteId.isEmpty() && r.accountId == reply.accountId &&
                   r.title.compare(reply.title.trimmed(), Qt::CaseInsensitive) == 0;
        });
        const bool isUpdate = same != existing.end();
        if (isUpdate) {
            reply.id = same->id;
            reply.position = same->position;
            if (!entries.at(i).hasShortcut)
                reply.shortcut = same->shortcut;
        }
        if (!reply.shortcut.isEmpty()) {
            if (const auto owner = replyWithShortcut(reply.shortcut);
                owner && owner->id != reply.id) {
                outcome.notes << tr("“%1” keeps no shortcut: %2 belongs to “%3”.")
                                     .arg(reply.title, reply.shortcut, owner->title);
                reply.shortcut.clear();
            }
        }
        if (!validate(reply, reply.id))
            return abort(tr("entry %1: %2").arg(i + 1).arg(m_lastError));
        if (!isUpdate) {
            if (reply.shortcut.isEmpty() && !entries.at(i).hasShortcut)
                reply.shortcut = firstFreeDefaultShortcut(existing);
            reply.position = existing.isEmpty() ? 0 : existing.last().position + 1;
        }
        if (!store(reply, !isUpdate))
            return abort(tr("entry %1: %2").arg(i + 1).arg(m_lastError));
        ++(isUpdate ? outcome.updated : outcome.added);
    }
    if (!db.commit()) {
        const QString error = db.lastError().text();
        return abort(error);
    }
    outcome.ok = true;
    m_lastError.clear();
    blocker.unblock();
    emit changed();
    return outcome;
}

CannedReply CannedLibrary::fromRocketChat(const rocketchat::CannedResponse& response) {
    CannedReply reply;
    reply.title = response.shortcut.trimmed();
    reply.trigger = response.shortcut.trimmed();
    static const QRegularExpression space(QStringLiteral("\\s+"));
    reply.trigger.replace(space, QStringLiteral("-"));
    reply.text = convertRocketChatPlaceholders(response.text);
    reply.folder = response.tags.value(0);
    reply.remoteId = response.id;
    return reply;
}

CannedLibrary::ImportOutcome
CannedLibrary::importRocketChat(qint64 accountId,
                                const QList<rocketchat::CannedResponse>& responses) {
    QList<ImportEntry> entries;
    for (const rocketchat::CannedResponse& response : responses) {
        ImportEntry entry;
        entry.reply = fromRocketChat(response);
        entry.reply.accountId = accountId;
        entries.append(entry);
    }
    return importReplies(entries);
}

bool CannedLibrary::ensureStarterSet() {
    if (!m_history || !m_history->isOpen())
        return fail(tr("The history is not open."));
    QSqlDatabase db = m_history->database();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM workspace_facts WHERE key = ?"));
    query.addBindValue(QStringLiteral("canned.starterSetOffered"));
    if (!query.exec())
        return fail(query.lastError().text());
    if (query.next())
        return true;
    query.finish();
    // A workspace that already holds replies (a team set an administrator rolled out with
    // agentdesk-cli, say) is left as it is: the starter set would overwrite same-titled ones.
    if (replies().isEmpty()) {
        QList<ImportEntry> entries;
        for (const CannedReply& reply : starterSet())
            entries.append({reply, false});
        const ImportOutcome outcome = importReplies(entries);
        if (!outcome.ok)
            return fail(outcome.error);
    }
    QSqlQuery mark(db);
    mark.prepare(
        QStringLiteral("INSERT OR REPLACE INTO workspace_facts (key, value) VALUES (?, ?)"));
    mark.addBindValue(QStringLiteral("canned.starterSetOffered"));
    mark.addBindValue(QStringLiteral("1"));
    if (!mark.exec())
        return fail(mark.lastError().text());
    return true;
}

} // namespace agentdesk
