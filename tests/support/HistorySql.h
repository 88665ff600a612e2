#pragma once

#include "store/History.h"

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QString>

//! A connection of its own on a history's file, for what only SQL can check: query plans, the
//! search index's integrity command, dbstat's pages, rows a test plants beside the History's.
//! Write-ahead logging lets it read and write next to the History's connection (outside the
//! History's transactions). It has SQLite's default settings, not the History's: what the
//! History's own connection runs with is read with History::pragma().
//!
//! Declare it before the QSqlQuery objects that use it, so they end first.
class HistorySql {
public:
    explicit HistorySql(const QString& path)
        : m_name(QStringLiteral("tests.historysql.%1").arg(counter().fetchAndAddRelaxed(1))) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        db.open();
    }
    explicit HistorySql(const agentdesk::History& history)
        : HistorySql(history.path()) {}
    ~HistorySql() {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    HistorySql(const HistorySql&) = delete;
    HistorySql& operator=(const HistorySql&) = delete;

    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

private:
    static QAtomicInteger<quint64>& counter() {
        static QAtomicInteger<quint64> next;
        return next;
    }

    QString m_name;
};
