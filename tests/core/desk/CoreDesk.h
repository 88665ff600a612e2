#pragma once

#include "desk/Desk.h"
#include "store/Types.h"

#include <QTemporaryDir>
#include <QUrl>

//! A core Desk on a temporary folder with its secrets in memory and no starter canned replies,
//! a Rocket.Chat account (`agent-1`, shown to visitors as "Kim Jane") on `server` and rooms on
//! demand: what the core's own tests drive, with no window.
class CoreDesk {
    QTemporaryDir m_dir; // before the desk: it outlives it

public:
    explicit CoreDesk(const QUrl& server = QUrl(QStringLiteral("http://127.0.0.1:9")));

    agentdesk::Desk desk;
    agentdesk::Account account;

    //! Room `room-<n>` with visitor `name`, open unless `open` is false.
    agentdesk::Conversation addRoom(int n, const QString& name, bool open = true);
    //! A visitor message in the conversation, as the sync would merge it.
    agentdesk::Message addVisitorMessage(qint64 conversationId, const QString& text);

    QString dataDir() const { return m_dir.path(); }
};
