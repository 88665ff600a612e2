#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace agentdesk {

//! What a salvage of a damaged history saved and lost, for the agent.
//!
//! Kept in the new history (workspace_facts) until the desk has shown it once, printed by
//! agentdesk-cli on the run that salvaged, and logged: a damaged history is never replaced
//! silently.
struct SalvageReport {
    Q_DECLARE_TR_FUNCTIONS(SalvageReport)
public:
    QDateTime at;          //!< when the salvage ran
    QString damagedCopy;   //!< the damaged file, kept untouched
    QString damage;        //!< what was found wrong with it
    int unsentReplies = 0; //!< queued, sending or failed replies saved (sendable or not)
    //! Of those, replies whose conversation could not be read: kept as failed (their text is
    //! there to copy), as they can no longer be sent.
    int unsentWithoutConversation = 0;
    int accounts = 0;
    int conversations = 0;
    int drafts = 0;
    int cannedReplies = 0;
    int messages = 0; //!< every message copied, the unsent replies included
    int aiExchanges = 0;
    //! What could not be read, one line each ("messages from ... to ...").
    QStringList unreadable;

    //! True when not one row could be read from the damaged file.
    bool nothingReadable() const;
    //! Several lines for the agent: what happened, what was saved, what was lost, where the
    //! damaged copy is.
    QString text() const;
    //! One line, for a banner or a status bar.
    QString summary() const;

    QJsonObject toJson() const;
    static SalvageReport fromJson(const QJsonObject& json);
};

} // namespace agentdesk
