#include "CannedStore.h"

#include "HistoryPrivate.h"

#include <QSqlError>

namespace agentdesk {

namespace {

const QString kStarterSetOffered = QStringLiteral("canned.starterSetOffered");

CannedReply cannedReplyFrom(const QSqlQuery& query) {
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

} // namespace

CannedStore::CannedStore(History::Private& d)
    : m_d(d) {}

bool CannedStore::run(QSqlQuery& query) const {
    if (query.exec())
        return true;
    m_lastError = query.lastError().text();
    query.finish();
    return false;
}

bool CannedStore::fail() const {
    m_lastError = m_d.lastError;
    return false;
}

QList<CannedReply> CannedStore::all() const {
    QList<CannedReply> replies;
    QSqlQuery* select = m_d.prepared(QStringLiteral(
        "SELECT id, position, title, text, folder, account_id, shortcut, trigger_word,"
        " send_immediately, remote_id, updated_at FROM canned_replies ORDER BY position, id"));
    if (!select) {
        fail();
        return replies;
    }
    StatementScope scope(select);
    if (!run(*select))
        return replies;
    while (select->next())
        replies.append(cannedReplyFrom(*select));
    return replies;
}

CannedStore::WriteStatus CannedStore::insert(CannedReply& reply) {
    return write(reply, true);
}

CannedStore::WriteStatus CannedStore::update(CannedReply& reply) {
    return write(reply, false);
}

CannedStore::WriteStatus CannedStore::write(CannedReply& reply, bool insert) {
    QSqlQuery* query = m_d.prepared(
        insert ? QStringLiteral(
                     "INSERT INTO canned_replies (position, title, text, folder, account_id,"
                     " shortcut, trigger_word, send_immediately, remote_id, updated_at)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
               : QStringLiteral(
                     "UPDATE canned_replies SET position = ?, title = ?, text = ?, folder = ?,"
                     " account_id = ?, shortcut = ?, trigger_word = ?, send_immediately = ?,"
                     " remote_id = ?, updated_at = ? WHERE id = ?"));
    if (!query) {
        fail();
        return WriteStatus::Failed;
    }
    reply.updatedAt = QDateTime::currentDateTimeUtc();
    query->bindValue(0, reply.position);
    query->bindValue(1, store::text(reply.title.trimmed()));
    query->bindValue(2, store::text(reply.text));
    query->bindValue(3, store::text(reply.folder.trimmed()));
    query->bindValue(4, reply.accountId != 0 ? QVariant(reply.accountId)
                                             : QVariant(QMetaType::fromType<qint64>()));
    query->bindValue(5, store::text(reply.shortcut));
    query->bindValue(6, store::text(reply.trigger.trimmed()));
    query->bindValue(7, reply.sendImmediately ? 1 : 0);
    query->bindValue(8, store::text(reply.remoteId));
    query->bindValue(9, reply.updatedAt.toMSecsSinceEpoch());
    if (!insert)
        query->bindValue(10, reply.id);
    if (!run(*query)) {
        return m_lastError.contains(QLatin1String("FOREIGN KEY")) ? WriteStatus::NoSuchAccount
                                                                  : WriteStatus::Failed;
    }
    const bool found = insert || query->numRowsAffected() > 0;
    if (insert)
        reply.id = query->lastInsertId().toLongLong();
    query->finish();
    if (!found)
        return WriteStatus::NoSuchReply;
    reply.title = reply.title.trimmed();
    reply.folder = reply.folder.trimmed();
    reply.trigger = reply.trigger.trimmed();
    return WriteStatus::Ok;
}

CannedStore::WriteStatus CannedStore::remove(qint64 id) {
    QSqlQuery* remove = m_d.prepared(QStringLiteral("DELETE FROM canned_replies WHERE id = ?"));
    if (!remove) {
        fail();
        return WriteStatus::Failed;
    }
    remove->bindValue(0, id);
    if (!run(*remove))
        return WriteStatus::Failed;
    const bool found = remove->numRowsAffected() > 0;
    remove->finish();
    return found ? WriteStatus::Ok : WriteStatus::NoSuchReply;
}

bool CannedStore::setOrder(const QList<qint64>& ids) {
    return inTransaction([&] {
        QSqlQuery* update =
            m_d.prepared(QStringLiteral("UPDATE canned_replies SET position = ? WHERE id = ?"));
        if (!update)
            return fail();
        for (int i = 0; i < ids.size(); ++i) {
            update->bindValue(0, i);
            update->bindValue(1, ids.at(i));
            if (!run(*update))
                return false;
        }
        update->finish();
        return true;
    });
}

bool CannedStore::inTransaction(const std::function<bool()>& work) {
    WriteTransaction transaction(m_d);
    if (!transaction.isActive())
        return fail();
    if (!work())
        return false; // the transaction rolls back
    if (!transaction.commit())
        return fail();
    return true;
}

std::optional<bool> CannedStore::starterSetOffered() const {
    QSqlQuery* select =
        m_d.prepared(QStringLiteral("SELECT value FROM workspace_facts WHERE key = ?"));
    if (!select) {
        fail();
        return std::nullopt;
    }
    StatementScope scope(select);
    select->bindValue(0, kStarterSetOffered);
    if (!run(*select))
        return std::nullopt;
    return select->next();
}

bool CannedStore::markStarterSetOffered() {
    QSqlQuery* mark = m_d.prepared(
        QStringLiteral("INSERT OR REPLACE INTO workspace_facts (key, value) VALUES (?, ?)"));
    if (!mark)
        return fail();
    mark->bindValue(0, kStarterSetOffered);
    mark->bindValue(1, QStringLiteral("1"));
    if (!run(*mark))
        return false;
    mark->finish();
    return true;
}

} // namespace agentdesk
