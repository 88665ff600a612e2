#pragma once

#include <QObject>
#include <QString>

namespace agentdesk {

class History;
class Outbox;

//! The agent's replies to a conversation, with the rules that hold wherever a reply is written
//! (the desk's reply box, a canned reply's shortcut, the command line tool, a test): a closed
//! conversation takes no reply, a reply with `---` lines between parts leaves as one batch, and
//! a reply is on disk (Outbox) before anything is sent.
class Replies : public QObject {
    Q_OBJECT
public:
    Replies(History* history, Outbox* outbox, QObject* parent = nullptr);

    //! Why no reply can be written to the conversation now (it is closed, or gone), for the
    //! agent; empty when one can.
    QString refusal(qint64 conversationId) const;

    //! Queues `text` for the conversation: several parts (split on `---` lines) in one batch,
    //! all on disk together or none. False, with lastError() for the agent, when the
    //! conversation refuses a reply or the reply could not be saved; nothing is queued then.
    bool send(qint64 conversationId, const QString& text);

    QString lastError() const { return m_lastError; }

private:
    History* m_history;
    Outbox* m_outbox;
    QString m_lastError;
};

} // namespace agentdesk
