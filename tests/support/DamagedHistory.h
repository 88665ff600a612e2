#pragma once

#include "HistorySql.h"
#include "store/History.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>
#include <QUuid>

#include <algorithm>

//! A workspace history with unsent replies and some history, and the ways a disk, a crash or a
//! stray tool damage such a file: for the salvage tests (store, outbox, CLI, desk).
namespace damaged {

struct Workspace {
    QList<agentdesk::Message> unsent; //!< 5 queued replies, the newest rows of the history
    int messages = 0;                 //!< every message, the unsent included
};

inline QByteArray bytes(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool write(const QString& path, const QByteArray& data) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

//! A closed history at `path`: one Rocket.Chat account on `server`, rooms room-1..3 (token-N),
//! `history` visitor messages from 2025, a draft, a canned reply, then 5 queued replies.
inline Workspace populate(const QString& path, const QUrl& server, int history = 1500) {
    using namespace agentdesk;
    Workspace made;
    History store;
    if (store.open(path).status != History::OpenStatus::Ok)
        qFatal("cannot create %s", qPrintable(path));
    Account account;
    account.backend = Backend::RocketChat;
    account.serverUrl = server;
    account.displayName = QStringLiteral("Test desk (Rocket.Chat)");
    account.userId = QStringLiteral("agent-1");
    account.username = QStringLiteral("kim.jane");
    const qint64 accountId = store.addAccount(account)->id;
    QList<Conversation> rooms;
    for (int n = 1; n <= 3; ++n) {
        Conversation room;
        room.accountId = accountId;
        room.backend = Backend::RocketChat;
        room.remoteId = QStringLiteral("room-%1").arg(n);
        room.visitorToken = QStringLiteral("token-%1").arg(n);
        room.title = QStringLiteral("Visitor %1").arg(n);
        room.lastActivity = QDateTime::currentDateTimeUtc();
        rooms << *store.upsertConversation(room);
    }
    store.setDraft(rooms[2].id, QStringLiteral("half-written answer about invoices"));
    const QDateTime start(QDate(2025, 3, 1), QTime(9, 0), Qt::UTC);
    for (int done = 0; done < history;) {
        QList<Message> batch;
        for (int i = 0; i < 100 && done < history; ++i, ++done) {
            Message message;
            message.conversationId = rooms[done % 3].id;
            message.author = QStringLiteral("Visitor");
            message.text =
                QStringLiteral("visitor question %1 about parcel tracking and a refund").arg(done);
            message.createdAt = start.addSecs(60 * done);
            batch << message;
        }
        made.messages += store.addMessages(batch).size();
    }
    {
        HistorySql sql(store);
        QSqlQuery canned(sql.database());
        canned.exec(QStringLiteral("INSERT INTO canned_replies (position, title, text) VALUES"
                                   " (1, 'Greeting', 'Hello, how can I help?')"));
    }
    for (int i = 0; i < 5; ++i) {
        Message reply;
        reply.conversationId = rooms[i % 3].id;
        reply.direction = Direction::Outgoing;
        reply.author = QStringLiteral("kim.jane");
        reply.text = QStringLiteral("queued answer number %1: your parcel left today").arg(i + 1);
        reply.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        reply.state = DeliveryState::Queued;
        reply.createdAt = QDateTime::currentDateTimeUtc();
        made.unsent << *store.addMessage(reply);
        ++made.messages;
    }
    return made;
}

//! Page numbers (4 KiB) of the b-tree pages matching `condition`, in key order (dbstat).
inline QList<int> pagesOf(const QString& path, const QString& condition) {
    QList<int> pages;
    agentdesk::History reader;
    if (reader.open(path).status != agentdesk::History::OpenStatus::Ok)
        return pages;
    HistorySql sql(reader);
    QSqlQuery query(sql.database());
    if (!query.exec(QStringLiteral("SELECT pageno FROM dbstat WHERE %1 ORDER BY name, path")
                        .arg(condition)))
        return pages;
    while (query.next())
        pages << query.value(0).toInt();
    return pages;
}

//! The pages that hold what salvaging through SQLite needs to reach the unsent replies: the
//! header page with the schema, the accounts and conversations, the interior pages of the
//! messages table and its last two leaves (the newest rows).
inline QList<int> neededPages(const QString& path) {
    QList<int> needed = pagesOf(path, QStringLiteral("name IN ('accounts', 'conversations')"));
    needed << 1 << pagesOf(path, QStringLiteral("name = 'messages' AND pagetype = 'internal'"));
    const QList<int> leaves =
        pagesOf(path, QStringLiteral("name = 'messages' AND pagetype = 'leaf'"));
    needed << leaves.mid(std::max<qsizetype>(0, leaves.size() - 2));
    return needed;
}

inline QByteArray scribbled(QByteArray data, const QList<int>& pages) {
    for (int page : pages) {
        for (qsizetype i = qsizetype(page - 1) * 4096;
             i < qsizetype(page) * 4096 && i < data.size(); ++i)
            data[i] = char((i * 7919 + 13) & 0xff);
    }
    return data;
}

enum class Damage {
    MessagePages, //!< the middle third of the messages table's leaves overwritten
    FileMiddle,   //!< a run of pages in the middle of the file overwritten
    Truncated,    //!< the file cut short after the pages holding the unsent replies
    Header,       //!< the 100-byte database header overwritten
    HeaderPage,   //!< the whole first page (header and schema) overwritten
};

//! Damages the closed history at `path`; returns the damaged bytes (what must be kept aside).
inline QByteArray damage(const QString& path, Damage kind) {
    QByteArray data = bytes(path);
    const QList<int> needed = neededPages(path);
    const int pageCount = int(data.size() / 4096);
    QList<int> pages;
    switch (kind) {
    case Damage::MessagePages: {
        const QList<int> leaves =
            pagesOf(path, QStringLiteral("name = 'messages' AND pagetype = 'leaf'"));
        pages = leaves.mid(leaves.size() / 3, leaves.size() / 3);
        break;
    }
    case Damage::FileMiddle:
        for (int page = pageCount * 45 / 100; page < pageCount * 55 / 100; ++page) {
            if (!needed.contains(page))
                pages << page;
        }
        break;
    case Damage::Truncated:
        data.truncate(qsizetype(*std::max_element(needed.begin(), needed.end())) * 4096);
        break;
    case Damage::Header:
        for (int i = 0; i < 100; ++i)
            data[i] = char((i * 31 + 7) & 0xff);
        break;
    case Damage::HeaderPage:
        pages << 1;
        break;
    }
    data = scribbled(data, pages);
    if (!write(path, data))
        qFatal("cannot damage %s", qPrintable(path));
    return data;
}

} // namespace damaged
