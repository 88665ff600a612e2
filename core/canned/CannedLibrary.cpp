#include "CannedLibrary.h"

#include "backends/rocketchat/CannedResponses.h"
#include "store/CannedStore.h"
#include "store/History.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace agentdesk {

namespace {

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

} // namespace

CannedLibrary::CannedLibrary(History* history, QObject* parent)
    : QObject(parent)
    , m_history(history) {}

bool CannedLibrary::fail(const QString& error) {
    m_lastError = error;
    return false;
}

QList<CannedReply> CannedLibrary::replies() const {
    if (!m_history || !m_history->isOpen())
        return {};
    return m_history->cannedReplies().all();
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
    CannedStore& rows = m_history->cannedReplies();
    switch (insert ? rows.insert(reply) : rows.update(reply)) {
    case CannedStore::WriteStatus::Ok:
        return true;
    case CannedStore::WriteStatus::NoSuchReply:
        return fail(tr("There is no canned reply %1.").arg(reply.id));
    case CannedStore::WriteStatus::NoSuchAccount:
        return fail(tr("There is no account %1 for the canned reply “%2”.")
                        .arg(reply.accountId)
                        .arg(reply.title));
    case CannedStore::WriteStatus::Failed:
        break;
    }
    return fail(tr("The canned reply could not be saved: %1").arg(rows.lastError()));
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
    CannedStore& rows = m_history->cannedReplies();
    switch (rows.remove(id)) {
    case CannedStore::WriteStatus::Ok:
        break;
    case CannedStore::WriteStatus::NoSuchReply:
        return fail(tr("There is no canned reply %1.").arg(id));
    case CannedStore::WriteStatus::NoSuchAccount:
    case CannedStore::WriteStatus::Failed:
        return fail(tr("The canned reply could not be deleted: %1").arg(rows.lastError()));
    }
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
    QList<qint64> order;
    for (const CannedReply& reply : std::as_const(all))
        order.append(reply.id);
    CannedStore& rows = m_history->cannedReplies();
    if (!rows.setOrder(order))
        return fail(tr("The order could not be saved: %1").arg(rows.lastError()));
    emit changed();
    return true;
}

CannedLibrary::ImportOutcome CannedLibrary::importReplies(const QList<ImportEntry>& entries) {
    ImportOutcome outcome;
    if (!m_history || !m_history->isOpen()) {
        outcome.error = tr("The history is not open.");
        return outcome;
    }
    QSignalBlocker blocker(this); // one changed() at the end
    auto abort = [&](const QString& why) {
        outcome = ImportOutcome();
        outcome.error = tr("Nothing was imported: %1").arg(why);
        return false;
    };
    CannedStore& rows = m_history->cannedReplies();
    const bool imported = rows.inTransaction([&] {
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
        return true;
    });
    if (!imported) {
        if (outcome.error.isEmpty()) // the transaction failed, not an entry
            abort(rows.lastError());
        return outcome;
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
    CannedStore& rows = m_history->cannedReplies();
    const std::optional<bool> offered = rows.starterSetOffered();
    if (!offered)
        return fail(rows.lastError());
    if (*offered)
        return true;
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
    if (!rows.markStarterSetOffered())
        return fail(rows.lastError());
    return true;
}

} // namespace agentdesk
