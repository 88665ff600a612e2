#include "HistorySalvage.h"

#include "HistoryPrivate.h"

#include <QAtomicInteger>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>

namespace agentdesk {

namespace {

//! The tables copied, parents before children (accounts before conversations, before messages).
const QStringList& copiedTables() {
    static const QStringList tables = {
        QStringLiteral("accounts"),       QStringLiteral("conversations"),
        QStringLiteral("canned_replies"), QStringLiteral("messages"),
        QStringLiteral("ai_exchanges"),   QStringLiteral("workspace_facts")};
    return tables;
}

bool isUnsent(const QVariant& state) {
    const QString key = state.toString();
    return key == QLatin1String("queued") || key == QLatin1String("sending") ||
           key == QLatin1String("failed");
}

QString timeOf(qint64 messageId) {
    return QDateTime::fromMSecsSinceEpoch(store::createdAtMsOf(messageId), Qt::UTC)
        .toLocalTime()
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

QString HistorySalvage::pendingFact() {
    return QStringLiteral("salvage.pending");
}
QString HistorySalvage::reportFact() {
    return QStringLiteral("salvage.report");
}
QString HistorySalvage::reportSeenFact() {
    return QStringLiteral("salvage.report.seen");
}

HistorySalvage::HistorySalvage(const QString& damagedPath, const QSqlDatabase& target)
    : m_damagedPath(damagedPath)
    , m_target(target) {
    static QAtomicInteger<quint64> counter;
    m_sourceName =
        QStringLiteral("agentdesk.history.salvage.%1").arg(counter.fetchAndAddRelaxed(1));
}

HistorySalvage::~HistorySalvage() {
    m_inserts.clear();
    {
        QSqlDatabase source = QSqlDatabase::database(m_sourceName, false);
        if (source.isOpen())
            source.close();
    }
    QSqlDatabase::removeDatabase(m_sourceName);
}

bool HistorySalvage::insert(const QString& table, const QSqlRecord& row, bool* inserted) {
    QStringList names;
    QStringList marks;
    for (int i = 0; i < row.count(); ++i) {
        names << row.fieldName(i);
        marks << QStringLiteral("?");
    }
    const QString sql = QStringLiteral("INSERT OR IGNORE INTO %1 (%2) VALUES (%3)")
                            .arg(table, names.join(u','), marks.join(u','));
    auto& cached = m_inserts[sql];
    if (!cached) {
        cached = std::make_unique<QSqlQuery>(m_target);
        if (!cached->prepare(sql)) {
            m_writeError = cached->lastError().text();
            return false;
        }
    }
    QSqlQuery& query = *cached;
    for (int i = 0; i < row.count(); ++i)
        query.addBindValue(row.value(i));
    if (!query.exec()) {
        const int code = store::sqliteCode(query.lastError());
        // a row the new schema refuses (a NOT NULL or a reference the damage broke) is lost
        // alone; a target that cannot be written stops the salvage
        if (code == 19 /* SQLITE_CONSTRAINT */ || code == 20 /* SQLITE_MISMATCH */) {
            if (inserted)
                *inserted = false;
            return true;
        }
        m_writeError = query.lastError().text();
        return false;
    }
    if (inserted)
        *inserted = query.numRowsAffected() > 0;
    return true;
}

bool HistorySalvage::ensureAccount(const QVariant& id, const QString& backend) {
    if (id.isNull() || m_accounts.count(id.toLongLong()))
        return true;
    const qint64 accountId = id.toLongLong();
    m_accounts.insert(accountId);
    bool inserted = false;
    if (const auto row = readRow(QStringLiteral("accounts"), accountId)) {
        if (!insert(QStringLiteral("accounts"), *row, &inserted))
            return false;
        m_report->accounts += inserted;
        if (inserted)
            return true;
    }
    // Unreadable: a stand-in with the same id keeps its conversations (and its keychain
    // entry, which is keyed on the id); the agent fills in the server again.
    QSqlRecord stub;
    stub.append(QSqlField(QStringLiteral("id"), QMetaType(QMetaType::LongLong)));
    stub.append(QSqlField(QStringLiteral("backend"), QMetaType(QMetaType::QString)));
    stub.append(QSqlField(QStringLiteral("display_name"), QMetaType(QMetaType::QString)));
    stub.setValue(0, accountId);
    stub.setValue(1, backend.isEmpty() ? QStringLiteral("rocketchat") : backend);
    stub.setValue(
        2,
        SalvageReport::tr("Recovered account %1 (its settings could not be read)").arg(accountId));
    if (!insert(QStringLiteral("accounts"), stub, &inserted))
        return false;
    if (inserted)
        m_report->unreadable << SalvageReport::tr("the settings of account %1 (kept as a "
                                                  "stand-in: enter its server again)")
                                    .arg(accountId);
    return true;
}

bool HistorySalvage::ensureConversation(qint64 id, bool* readable) {
    const auto known = m_conversations.find(id);
    if (known != m_conversations.end()) {
        *readable = known->second;
        return true;
    }
    bool inserted = false;
    if (const auto row = readRow(QStringLiteral("conversations"), id)) {
        if (!ensureAccount(row->value(QStringLiteral("account_id")),
                           row->value(QStringLiteral("backend")).toString()) ||
            !insert(QStringLiteral("conversations"), *row, &inserted))
            return false;
        if (inserted) {
            ++m_report->conversations;
            m_report->drafts += !row->value(QStringLiteral("draft")).toString().isEmpty();
            m_conversations.emplace(id, true);
            *readable = true;
            return true;
        }
    }
    QSqlRecord stub;
    stub.append(QSqlField(QStringLiteral("id"), QMetaType(QMetaType::LongLong)));
    stub.append(QSqlField(QStringLiteral("backend"), QMetaType(QMetaType::QString)));
    stub.append(QSqlField(QStringLiteral("title"), QMetaType(QMetaType::QString)));
    stub.append(QSqlField(QStringLiteral("open"), QMetaType(QMetaType::Int)));
    stub.setValue(0, id);
    stub.setValue(1, QStringLiteral("rocketchat"));
    stub.setValue(2, SalvageReport::tr("Recovered conversation %1").arg(id));
    stub.setValue(3, 0);
    if (!insert(QStringLiteral("conversations"), stub, &inserted))
        return false;
    m_report->unreadable << SalvageReport::tr(
                                "the details of conversation %1 (its messages are kept under "
                                "\"Recovered conversation %1\")")
                                .arg(id);
    m_conversations.emplace(id, false);
    *readable = false;
    return true;
}

bool HistorySalvage::copyMessage(const QSqlRecord& source, bool unsentOnly) {
    const bool unsent = isUnsent(source.value(QStringLiteral("state")));
    if (unsentOnly && !unsent)
        return true;
    bool readable = true;
    if (!ensureConversation(source.value(QStringLiteral("conversation_id")).toLongLong(),
                            &readable))
        return false;
    QSqlRecord row = source;
    if (unsent && !readable) {
        // where it was going is lost: it cannot be sent, but its text is kept for the agent
        row.setValue(QStringLiteral("state"), QStringLiteral("failed"));
        row.setValue(QStringLiteral("next_attempt_at"), QVariant());
        row.setValue(QStringLiteral("last_error"),
                     SalvageReport::tr("Recovered from a damaged history without its "
                                       "conversation: it cannot be sent from here."));
    }
    bool inserted = false;
    if (!insert(QStringLiteral("messages"), row, &inserted))
        return false;
    if (inserted) {
        ++m_report->messages;
        if (unsent) {
            ++m_report->unsentReplies;
            m_report->unsentWithoutConversation += !readable;
        }
    }
    return true;
}

void HistorySalvage::describeLost(const QString& table, const Walk& walk) {
    if (!walk.failure.isEmpty()) {
        m_report->unreadable << SalvageReport::tr("all of table %1 (%2)").arg(table, walk.failure);
        return;
    }
    for (const auto& [from, to] : walk.lost) {
        if (table == QLatin1String("messages")) {
            if (from == kMinRowid + 1 && to == kMaxRowid)
                m_report->unreadable << SalvageReport::tr("all messages");
            else if (from == kMinRowid + 1)
                m_report->unreadable
                    << SalvageReport::tr("messages up to %1 (any unsent reply among them is "
                                         "lost)")
                           .arg(timeOf(to));
            else if (to == kMaxRowid)
                m_report->unreadable
                    << SalvageReport::tr("messages from %1 on (any unsent reply among them is "
                                         "lost)")
                           .arg(timeOf(from));
            else
                m_report->unreadable
                    << SalvageReport::tr("messages from %1 to %2 (any unsent reply among them "
                                         "is lost)")
                           .arg(timeOf(from), timeOf(to));
        } else {
            m_report->unreadable << SalvageReport::tr("some rows of %1").arg(table);
        }
    }
}

bool HistorySalvage::run(SalvageReport& report, QString* error) {
    m_report = &report;
    report.at = QDateTime::currentDateTimeUtc();
    QString problem;
    const bool readable = openSource(&problem);
    if (m_cannotCopy) {
        *error = problem; // the salvage stays pending: tried again at the next open
        return false;
    }
    if (!readable)
        report.unreadable << SalvageReport::tr("the whole file (%1)").arg(problem);

    if (!m_target.transaction()) {
        *error = m_target.lastError().text();
        return false;
    }
    bool ok = true;
    const auto fail = [&] {
        ok = false;
        return false;
    };
    if (readable) {
        // 1. the unsent replies, with what they need to be sent
        walk(QStringLiteral("messages"),
             [&](const QSqlRecord& row) { return copyMessage(row, true) || fail(); });
        // 2. the rest, parents first
        for (const QString& table : copiedTables()) {
            if (!ok)
                break;
            const Walk result = walk(table, [&](const QSqlRecord& row) {
                bool inserted = false;
                if (table == QLatin1String("messages"))
                    return copyMessage(row, false) || fail();
                if (table == QLatin1String("accounts")) {
                    const qint64 id = row.value(QStringLiteral("id")).toLongLong();
                    if (m_accounts.count(id))
                        return true;
                    m_accounts.insert(id);
                    if (!insert(table, row, &inserted))
                        return fail();
                    report.accounts += inserted;
                    return true;
                }
                if (table == QLatin1String("conversations")) {
                    bool wasReadable = true;
                    return ensureConversation(row.value(QStringLiteral("id")).toLongLong(),
                                              &wasReadable) ||
                           fail();
                }
                if (table == QLatin1String("workspace_facts") &&
                    row.value(QStringLiteral("key")).toString().startsWith(u"salvage."))
                    return true;
                if (table == QLatin1String("canned_replies") &&
                    !ensureAccount(row.value(QStringLiteral("account_id")), QString()))
                    return fail();
                if (table == QLatin1String("ai_exchanges") &&
                    !row.value(QStringLiteral("conversation_id")).isNull()) {
                    bool wasReadable = true;
                    if (!ensureConversation(
                            row.value(QStringLiteral("conversation_id")).toLongLong(),
                            &wasReadable))
                        return fail();
                }
                if (!insert(table, row, &inserted))
                    return fail();
                if (table == QLatin1String("canned_replies"))
                    report.cannedReplies += inserted;
                else if (table == QLatin1String("ai_exchanges"))
                    report.aiExchanges += inserted;
                return true;
            });
            describeLost(table, result);
        }
        // the links of the AI answers: a table without rowids, read in one go
        if (ok) {
            QSqlQuery links(QSqlDatabase::database(m_sourceName, false));
            links.setForwardOnly(true);
            if (links.exec(
                    QStringLiteral("SELECT exchange_id, position, url, type FROM ai_links"))) {
                while (ok && links.next()) {
                    const QSqlRecord row = links.record();
                    if (!insert(QStringLiteral("ai_links"), row))
                        fail();
                }
            }
            if (links.lastError().isValid())
                report.unreadable << SalvageReport::tr("some links of AI answers");
        }
    }
    QSqlQuery write(m_target);
    if (ok) {
        // stand-ins sort by their messages; the search index is rebuilt from what was copied
        ok =
            write.exec(QStringLiteral(
                "UPDATE conversations SET last_activity = (SELECT max(created_at) FROM messages"
                " WHERE conversation_id = conversations.id) WHERE last_activity IS NULL")) &&
            // a file older than schema 8 marked its imports by a negative batch id alone
            write.exec(QStringLiteral(
                "UPDATE messages SET as_visitor = 1 WHERE batch_id < 0 AND as_visitor IS NULL")) &&
            write.exec(QStringLiteral("INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')"));
        if (!ok)
            m_writeError = write.lastError().text();
    }
    if (ok) {
        write.prepare(
            QStringLiteral("INSERT OR REPLACE INTO workspace_facts (key, value) VALUES (?, ?)"));
        write.addBindValue(reportFact());
        write.addBindValue(
            QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact)));
        ok = write.exec();
        write.prepare(QStringLiteral("DELETE FROM workspace_facts WHERE key IN (?, ?)"));
        write.addBindValue(pendingFact());
        write.addBindValue(reportSeenFact());
        ok = ok && write.exec();
        if (!ok)
            m_writeError = write.lastError().text();
    }
    write.finish();
    if (!ok || !m_target.commit()) {
        *error = m_writeError.isEmpty() ? m_target.lastError().text() : m_writeError;
        m_target.rollback();
        return false;
    }
    return true;
}

std::optional<SalvageReport> History::unseenSalvageReport() const {
    QSqlQuery* read = d->prepared(QStringLiteral(
        "SELECT value, (SELECT count(*) FROM workspace_facts WHERE key = ?) FROM workspace_facts"
        " WHERE key = ?"));
    if (!read)
        return std::nullopt;
    StatementScope scope(read);
    read->addBindValue(HistorySalvage::reportSeenFact());
    read->addBindValue(HistorySalvage::reportFact());
    if (!d->exec(*read, "reading the salvage report") || !read->next() ||
        read->value(1).toInt() > 0)
        return std::nullopt;
    return SalvageReport::fromJson(
        QJsonDocument::fromJson(read->value(0).toString().toUtf8()).object());
}

bool History::markSalvageReportSeen() {
    QSqlQuery* write = d->prepared(
        QStringLiteral("INSERT OR REPLACE INTO workspace_facts (key, value) VALUES (?, ?)"));
    if (!write)
        return false;
    StatementScope scope(write);
    write->addBindValue(HistorySalvage::reportSeenFact());
    write->addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return d->exec(*write, "recording that the salvage report was shown");
}

} // namespace agentdesk
