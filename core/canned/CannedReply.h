#pragma once

#include <QDateTime>
#include <QString>

namespace agentdesk {

//! A saved reply the agent inserts (or sends) with a keystroke, a `/trigger` or the palette.
struct CannedReply {
    qint64 id = 0;
    int position = 0; //!< the agent's order; the first nine get Ctrl+1 ... Ctrl+9 by default
    QString title;
    QString text; //!< may hold placeholders (CannedTemplate) and `---` lines between parts
    QString folder;
    qint64 accountId = 0;         //!< 0: personal (every account); otherwise only for that account
    QString shortcut;             //!< QKeySequence portable text ("Ctrl+1"); empty: none
    QString trigger;              //!< the word after `/` (no spaces); may be empty
    bool sendImmediately = false; //!< the shortcut sends instead of inserting
    QString remoteId;             //!< Rocket.Chat canned response `_id` when synced from a server
    QDateTime updatedAt;

    bool operator==(const CannedReply&) const = default;
};

} // namespace agentdesk
