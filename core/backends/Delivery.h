#pragma once

#include "net/ApiError.h"
#include "store/Types.h"

#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QObject;

namespace agentdesk {

class Transport;

//! Everything a delivery needs to reach one conversation: where, as whom, with which secret.
struct DeliveryTarget {
    Account account;
    Conversation conversation;
    QString secret; //!< from Credentials; never logged, never stored
    //! Server ids of this conversation's messages already in the history (for reconcile(), so
    //! an earlier message with the same text is not taken for the one in doubt).
    QSet<QString> knownRemoteIds;
};

//! What became of the parts handed to Delivery::send() or Delivery::reconcile().
struct DeliveryReport {
    //! The parts known to be on the server, in order, with remoteId and sentAt filled in. They
    //! are always a prefix of the parts handed in: a later part never counts as delivered while
    //! an earlier one does not.
    QList<Message> delivered;
    //! Why the remaining parts were not delivered (none: reconcile found nothing more to mark,
    //! or everything was sent).
    ApiError error;
};

//! How one backend moves the outbox's messages: one request per message or a batch, and how an
//! outcome that is not known (a timeout, a kill mid-request) is found out before resending.
//!
//! The outbox owns ordering, state and retries; a Delivery only speaks to the server. Each
//! backend registers its own (BackendPlugin::makeDelivery).
class Delivery {
public:
    using Done = std::function<void(DeliveryReport report)>;

    virtual ~Delivery() = default;

    //! The reason the target cannot be sent to at all (no secret, malformed remote id), to be
    //! shown to the agent; nullopt when it can.
    virtual std::optional<QString> check(const DeliveryTarget& target,
                                         const QList<Message>& parts) const = 0;
    //! How many of `queue` (the conversation's waiting messages, head first, all due) leave
    //! together in the next request; at least 1.
    virtual int batchSize(const QList<Message>& queue) const = 0;
    //! True when the server refuses a second copy of `parts` because they carry our client id
    //! (Rocket.Chat's `_id`): sending them again cannot duplicate them, and a copy it already has
    //! is found by that id. Their Sending mark then need not wait for the disk: if a power cut
    //! loses it, the resend is reconciled by the server. Otherwise a Sending mark is on disk
    //! before the request leaves, so that an unknown outcome is known to be unknown.
    virtual bool deduplicates(const QList<Message>& parts) const = 0;
    //! Sends `parts` (as one request when batchSize() grouped them).
    virtual void send(Transport& transport, const DeliveryTarget& target,
                      const QList<Message>& parts, QObject* context, Done done) = 0;
    //! Finds which leading `parts` (all tried before, outcome unknown) are already on the
    //! server. An error means it could not be found out; nothing may be resent then.
    virtual void reconcile(Transport& transport, const DeliveryTarget& target,
                           const QList<Message>& parts, QObject* context, Done done) = 0;
};

} // namespace agentdesk
