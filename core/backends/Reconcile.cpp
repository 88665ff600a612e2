#include "Reconcile.h"

#include <algorithm>

namespace agentdesk {

QList<Message> matchDelivered(const QList<Message>& parts, QList<RemoteCopy> remote,
                              const QSet<QString>& knownRemoteIds, qint64 skewMs) {
    QList<Message> delivered;
    if (parts.isEmpty())
        return delivered;
    const QDateTime earliest = parts.first().createdAt.addMSecs(-skewMs);
    remote.removeIf([&](const RemoteCopy& copy) {
        return !copy.byUs || (!copy.id.isEmpty() && knownRemoteIds.contains(copy.id)) ||
               (copy.at.isValid() && earliest.isValid() && copy.at < earliest);
    });
    std::stable_sort(remote.begin(), remote.end(),
                     [](const RemoteCopy& a, const RemoteCopy& b) { return a.at < b.at; });
    qsizetype next = 0;
    for (const Message& part : parts) {
        const auto found =
            std::find_if(remote.begin() + next, remote.end(),
                         [&](const RemoteCopy& copy) { return copy.text == part.text; });
        if (found == remote.end())
            break;
        Message sent = part;
        sent.remoteId = found->id;
        sent.sentAt = found->at;
        delivered.append(sent);
        next = (found - remote.begin()) + 1;
    }
    return delivered;
}

} // namespace agentdesk
