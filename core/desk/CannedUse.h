#pragma once

#include "canned/CannedTemplate.h"

#include <QObject>
#include <QString>

namespace agentdesk {

class CannedLibrary;
class History;
class Replies;

//! Using a canned reply in a conversation: which replies belong there, the placeholder values
//! of that conversation, and whether the reply is sent at once or goes into the reply box.
//! The desk's shortcuts, palette and `/` popup all come here, so the rules hold without a window.
class CannedUse : public QObject {
    Q_OBJECT
public:
    CannedUse(History* history, CannedLibrary* library, Replies* replies,
              QObject* parent = nullptr);

    enum class Mode {
        Shortcut, //!< insert, or send when the reply says so
        Insert,
        Send,
    };

    //! What became of a use: sent, to be inserted (filled) into the reply box, or refused.
    struct Outcome {
        enum class Kind { Refused, Sent, Insert };
        Kind kind = Kind::Refused;
        FilledReply filled; //!< for Insert: the text, the cursor and the flagged placeholders
        QString title;      //!< the reply's title
        QString message;    //!< for the agent's status line; empty when there is nothing to say
    };

    //! Uses reply `replyId` in conversation `conversationId`. A reply marked "send immediately"
    //! (Mode::Shortcut) or Mode::Send is queued through Replies when every placeholder has a
    //! value; otherwise it is to be inserted, with what is missing said in the message.
    Outcome use(qint64 replyId, qint64 conversationId, Mode mode);

    //! The placeholder values of the conversation, now, in the agent's locale.
    PlaceholderValues placeholderValues(qint64 conversationId) const;

    //! The account of the conversation (-1 for none): the replies offered are that account's
    //! and everyone's (CannedLibrary::repliesFor).
    qint64 accountOf(qint64 conversationId) const;

private:
    History* m_history;
    CannedLibrary* m_library;
    Replies* m_replies;
};

} // namespace agentdesk
