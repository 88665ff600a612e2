#pragma once

#include "store/Types.h"

#include <QObject>

namespace agentdesk {

class History;

//! What needs the agent's eyes: a visitor message in the conversation the agent is looking at
//! is read at once; one that arrives while the desk is in the background asks for a
//! notification (when the agent wants them, DeskSettings::notificationsEnabled()).
//!
//! The window tells which conversation is open and whether the desk is the active window; the
//! rules live here so every front end and test applies the same ones.
class Attention : public QObject {
    Q_OBJECT
public:
    explicit Attention(History* history, QObject* parent = nullptr);

    //! The conversation on screen (0: none); it is marked read when the desk is active.
    void setOpenConversation(qint64 conversationId);
    qint64 openConversation() const { return m_open; }
    //! Whether the desk is the window the agent works in; becoming active reads the open one.
    //! Until a front end first says so, nobody is there to notify (a command, a test without a
    //! window, the moments before the window exists).
    void setDeskActive(bool active);
    bool isDeskActive() const { return m_active; }

    int notificationsAsked() const { return m_notifications; }

signals:
    //! Visitor messages arrived while the desk is in the background; `last` is the newest.
    void notificationWanted(qint64 conversationId, const agentdesk::Message& last);

private:
    void onMessagesInserted(qint64 conversationId, const QList<agentdesk::Message>& messages);
    void markOpenRead();

    History* m_history;
    qint64 m_open = 0;
    bool m_active = false;
    bool m_attended = false; //!< a front end reports whether it is active
    int m_notifications = 0;
};

} // namespace agentdesk
