#pragma once

#include "store/Types.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

namespace agentdesk {

//! A message as the server's conversation history shows it, reduced to what matching needs.
struct RemoteCopy {
    QString id; //!< the server's id (may be empty)
    QString text;
    QDateTime at;      //!< the server's time stamp
    bool byUs = false; //!< written by the agent's account (or, for imports, the visitor token)
};

//! Finds which leading `parts` of a request whose outcome is unknown are in the server's
//! history: same text, written by us, in the same order, not before the first part was typed
//! (less `skewMs` for clock differences) and not already known as another local message
//! (`knownRemoteIds`). Returns the matched parts with remoteId and sentAt filled in, a prefix of
//! `parts`: once a part is missing, later ones do not count (they would have been sent after it).
QList<Message> matchDelivered(const QList<Message>& parts, QList<RemoteCopy> remote,
                              const QSet<QString>& knownRemoteIds, qint64 skewMs = 10 * 60'000);

} // namespace agentdesk
