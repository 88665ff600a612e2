#pragma once

// Binding Qt values to a statement stepped through SQLite directly (AGENTDESK_SQLITE_DIRECT):
// the hot paths that skip Qt Sql, appending messages (MessageInserter) and delivery marks
// (HistoryMessages), bind the same way.
#ifdef AGENTDESK_SQLITE_DIRECT

#include <QDateTime>
#include <QString>

#include <sqlite3.h>

namespace agentdesk::store {

//! The string's UTF-16 as it is, without a copy (SQLITE_STATIC): it must stay alive until the
//! statement is stepped and its bindings cleared. A null string binds '' (as Qt Sql's text does).
inline void bindText(sqlite3_stmt* s, int index, const QString& value) {
    sqlite3_bind_text16(s, index,
                        value.isNull() ? static_cast<const void*>(u"")
                                       : static_cast<const void*>(value.utf16()),
                        int(value.size() * 2), SQLITE_STATIC);
}

//! NULL for an empty string, otherwise as bindText().
inline void bindTextOrNull(sqlite3_stmt* s, int index, const QString& value) {
    if (value.isEmpty())
        sqlite3_bind_null(s, index);
    else
        bindText(s, index, value);
}

//! Milliseconds since the epoch, or NULL for an invalid time.
inline void bindMsOrNull(sqlite3_stmt* s, int index, const QDateTime& time) {
    if (time.isValid())
        sqlite3_bind_int64(s, index, time.toMSecsSinceEpoch());
    else
        sqlite3_bind_null(s, index);
}

} // namespace agentdesk::store

#endif
