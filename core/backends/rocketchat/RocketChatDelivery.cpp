#include "RocketChatBackend.h"

#include "backends/Delivery.h"
#include "backends/Reconcile.h"
#include "backends/rocketchat/AgentReplyById.h"
#include "backends/rocketchat/RoomHistory.h"
#include "backends/rocketchat/SendAgentReply.h"
#include "backends/rocketchat/SendVisitorMessage.h"
#include "backends/rocketchat/SendVisitorMessages.h"
#include "backends/rocketchat/VisitorMessageById.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcOutbox)

namespace agentdesk {

namespace {

namespace rc = rocketchat;

//! Refusals read as the Outbox's own messages (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct OutboxText {
    Q_DECLARE_TR_FUNCTIONS(agentdesk::Outbox)
};

//! Batches on the visitor's behalf (imports, the command line's send-batch) use the batch
//! endpoint. (Before schema 8 a negative batchId alone marked them; the migration set asVisitor.)
bool isImport(const Message& message) {
    return message.asVisitor && message.batchId != 0;
}

//! Parts of one import request: a whole 1,000-line chat history in one round trip.
constexpr int kMaxBatch = 1000;
//! Messages per history request when reconciling an import in doubt.
constexpr int kHistoryPage = 200;
//! Beyond this many pages (older than the batch by then, in any but a flooded room) reading
//! stops and what was read decides.
constexpr int kMaxHistoryPages = 100;
//! How much earlier than its first part the server may have stamped a batch (clock skew).
constexpr qint64 kClockSkewMs = 10 * 60'000;

//! Rocket.Chat, where the endpoint decides who the server shows as the author:
//! - the agent's replies one by one through `chat.sendMessage` with the agent's credentials and
//!   the clientId as `_id` (a retry can never duplicate; a 400 or an unknown outcome is checked
//!   with `chat.getMessage`);
//! - a single message on the visitor's behalf through `livechat/message` with the clientId as
//!   `_id` (checked with `livechat/message/:_id` and the visitor token);
//! - a batch on the visitor's behalf as one `livechat/messages` request, reconciled against
//!   `messages.history`.
class RocketChatDelivery final : public Delivery {
public:
    std::optional<QString> check(const DeliveryTarget& target,
                                 const QList<Message>& parts) const override {
        const Message& first = parts.first();
        if (target.conversation.remoteId.isEmpty() ||
            (first.asVisitor && target.conversation.visitorToken.isEmpty()))
            return OutboxText::tr(
                "This Rocket.Chat conversation has no room id or visitor token, so it "
                "cannot be answered.");
        // A reply must never fall back to the visitor endpoints: it would appear as the visitor's.
        if ((!first.asVisitor || isImport(first)) &&
            (target.secret.isEmpty() || target.account.userId.isEmpty()))
            return OutboxText::tr("Not signed in to Rocket.Chat for \"%1\": no access token is "
                                  "stored. Sign in (Accounts) so that replies are sent as you.")
                .arg(target.account.displayName);
        return std::nullopt;
    }

    int batchSize(const QList<Message>& queue) const override {
        const qint64 batchId = queue.first().batchId;
        if (!isImport(queue.first()))
            return 1;
        int size = 0;
        while (size < queue.size() && size < kMaxBatch && queue.at(size).batchId == batchId)
            ++size;
        return size;
    }

    bool deduplicates(const QList<Message>& parts) const override {
        return !isImport(parts.first()); // a reply carries its `_id`; the batch endpoint has none
    }

    void send(Transport& transport, const DeliveryTarget& target, const QList<Message>& parts,
              QObject* context, Done done) override {
        if (isImport(parts.first()))
            return sendImport(transport, target, parts, context, std::move(done));
        if (!parts.first().asVisitor)
            return sendReply(transport, target, parts.first(), context, std::move(done));
        const Message part = parts.first();
        rc::SendVisitorMessageRequest request;
        request.token = target.conversation.visitorToken;
        request.rid = target.conversation.remoteId;
        request.msg = part.text;
        request.id = part.clientId;
        rc::sendVisitorMessage(transport, target.account.serverUrl, request, context,
                               afterSend(transport, target, part, context, std::move(done)));
    }

    void reconcile(Transport& transport, const DeliveryTarget& target, const QList<Message>& parts,
                   QObject* context, Done done) override {
        if (isImport(parts.first()))
            return reconcileImport(transport, target, parts, context, std::move(done));
        lookUp(transport, target, parts.first(), context, std::move(done), ApiError::none());
    }

private:
    static Message delivered(const Message& part, const rc::Message& copy) {
        Message sent = part;
        sent.remoteId = copy.id;
        sent.sentAt = copy.ts;
        // Found by our id with other words: a copy sent before the agent edited it (its
        // Sending mark lost to a power cut). What the visitor read is what the history keeps.
        if (!copy.msg.isEmpty() && copy.msg != part.text) {
            qCInfo(lcOutbox) << "message" << part.id
                             << "reached the server before it was edited; keeping the words sent";
            sent.text = copy.msg;
        }
        return sent;
    }

    //! What a single send's answer means: delivered, or (a 400, which is also how a server
    //! refuses a second copy of our `_id`, from a retry) looked up by id before it is a failure.
    static ResultCallback<rc::Message> afterSend(Transport& transport, const DeliveryTarget& target,
                                                 const Message& part, QObject* context, Done done) {
        Transport* t = &transport;
        return [t, target, part, context, done](Result<rc::Message> result) {
            if (result)
                return done({{delivered(part, result.value())}, {}});
            const ApiError error = result.error();
            if (error.httpStatus() == 400)
                return lookUp(*t, target, part, context, done, error);
            done({{}, error});
        };
    }

    //! The agent's reply, written as the signed-in agent.
    static void sendReply(Transport& transport, const DeliveryTarget& target, const Message& part,
                          QObject* context, Done done) {
        rc::SendAgentReplyRequest request;
        request.rid = target.conversation.remoteId;
        request.msg = part.text;
        request.id = part.clientId;
        rc::sendAgentReply(transport, server(target), request, context,
                           afterSend(transport, target, part, context, std::move(done)));
    }

    //! Looks our `_id` up: found means delivered; not found reports `otherwise` (none: send it).
    //! A reply is read with the agent's credentials (`chat.getMessage`), a message on the
    //! visitor's behalf with the visitor token (`livechat/message/:_id`).
    static void lookUp(Transport& transport, const DeliveryTarget& target, const Message& part,
                       QObject* context, Done done, const ApiError& otherwise) {
        auto found = [part, done, otherwise](Result<rc::Message> result) {
            if (result)
                return done({{delivered(part, result.value())}, {}});
            if (result.error().kind() == ApiError::Kind::NotFound)
                return done({{}, otherwise});
            done({{}, result.error()});
        };
        if (!part.asVisitor) {
            rc::agentReplyById(transport, server(target), {part.clientId}, context,
                               std::move(found));
            return;
        }
        rc::VisitorMessageByIdRequest request;
        request.id = part.clientId;
        request.token = target.conversation.visitorToken;
        request.rid = target.conversation.remoteId;
        rc::visitorMessageById(transport, target.account.serverUrl, request, context,
                               std::move(found));
    }

    static rc::Server server(const DeliveryTarget& target) {
        return rc::Server{target.account.serverUrl, target.account.userId, target.secret};
    }

    static void sendImport(Transport& transport, const DeliveryTarget& target,
                           const QList<Message>& parts, QObject* context, Done done) {
        rc::SendVisitorMessagesRequest request;
        request.visitorToken = target.conversation.visitorToken;
        for (const Message& part : parts)
            request.messages.append(part.text);
        rc::sendVisitorMessages(transport, server(target), request, context,
                                [parts, done](Result<rc::SendVisitorMessagesResult> result) {
                                    if (!result)
                                        return done({{}, result.error()});
                                    DeliveryReport report;
                                    for (qsizetype i = 0; i < parts.size(); ++i) {
                                        Message sent = parts.at(i);
                                        if (i < result->messages.size())
                                            sent.sentAt = result->messages.at(i).ts;
                                        report.delivered.append(sent); // the batch reply has no ids
                                    }
                                    done(report);
                                });
    }

    //! A reconciliation reading a room's history backwards, page by page.
    struct HistoryWalk {
        QList<Message> parts;
        QSet<QString> knownRemoteIds;
        QString token;
        QDateTime since; //!< nothing older can be one of the parts
        QList<RemoteCopy> newestFirst;
        QSet<QString> seen;
        int pages = 0;
    };

    static void reconcileImport(Transport& transport, const DeliveryTarget& target,
                                const QList<Message>& parts, QObject* context, Done done) {
        auto walk = std::make_shared<HistoryWalk>();
        walk->parts = parts;
        walk->knownRemoteIds = target.knownRemoteIds;
        walk->token = target.conversation.visitorToken;
        walk->since = parts.first().createdAt.addMSecs(-kClockSkewMs);
        readHistory(transport, target, walk, {}, context, std::move(done));
    }

    //! Reads the page before `end` (the newest when invalid), then the one before it, until the
    //! history is older than the batch or ends; then matches the parts against what was read.
    static void readHistory(Transport& transport, const DeliveryTarget& target,
                            std::shared_ptr<HistoryWalk> walk, const QDateTime& end,
                            QObject* context, Done done) {
        rc::RoomHistoryRequest request;
        request.rid = target.conversation.remoteId;
        request.token = target.conversation.visitorToken;
        request.limit = kHistoryPage;
        request.end = end;
        Transport* t = &transport;
        rc::roomHistory(
            transport, target.account.serverUrl, request, context,
            [t, target, walk, context, done](Result<rc::RoomHistory> result) {
                if (!result)
                    return done({{}, result.error()});
                QDateTime oldest;
                bool fresh = false;
                for (const rc::Message& m : std::as_const(result->messages)) { // newest first
                    if (!m.id.isEmpty() && walk->seen.contains(m.id))
                        continue; // read with the page before (same time stamp)
                    walk->seen.insert(m.id);
                    fresh = true;
                    walk->newestFirst.append({m.id, m.msg, m.ts, m.token == walk->token});
                    if (m.ts.isValid() && (!oldest.isValid() || m.ts < oldest))
                        oldest = m.ts;
                }
                const bool more = result->messages.size() >= kHistoryPage && fresh &&
                                  oldest.isValid() && oldest >= walk->since &&
                                  ++walk->pages < kMaxHistoryPages;
                // `end` excludes its own millisecond: ask from just after the oldest seen, so
                // messages sharing its time stamp are not skipped (they come again, and are
                // skipped above).
                if (more)
                    return readHistory(*t, target, walk, oldest.addMSecs(1), context, done);
                const QList<RemoteCopy> remote(walk->newestFirst.crbegin(),
                                               walk->newestFirst.crend()); // oldest first
                done({matchDelivered(walk->parts, remote, walk->knownRemoteIds, kClockSkewMs), {}});
            });
    }
};

} // namespace

std::unique_ptr<Delivery> makeRocketChatDelivery() {
    return std::make_unique<RocketChatDelivery>();
}

} // namespace agentdesk
