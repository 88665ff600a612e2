#include "Delivery.h"
#include "Reconcile.h"
#include "backends/rocketchat/MessageById.h"
#include "backends/rocketchat/MessagesHistory.h"
#include "backends/rocketchat/SendMessage.h"
#include "backends/rocketchat/SendMessages.h"

#include <QCoreApplication>

namespace agentdesk {

namespace {

namespace rc = rocketchat;

//! Refusals read as the Outbox's own messages (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct OutboxText {
    Q_DECLARE_TR_FUNCTIONS(agentdesk::Outbox)
};

//! Import batches (negative batchId) use the batch endpoint; everything else is a reply.
bool isImport(const Message& message) {
    return message.batchId < 0;
}

constexpr int kMaxBatch = 100;

//! Rocket.Chat: replies one by one through `livechat/message` with the clientId as `_id` (a
//! retry can never duplicate; a 400 is checked with `livechat/message/:_id`); imports
//! as one `livechat/messages` request, reconciled against `messages.history`.
class RocketChatDelivery final : public Delivery {
public:
    std::optional<QString> check(const DeliveryTarget& target,
                                 const QList<Message>& parts) const override {
        if (target.conversation.remoteId.isEmpty() || target.conversation.visitorToken.isEmpty())
            return OutboxText::tr(
                "This Rocket.Chat conversation has no room id or visitor token, so it "
                "cannot be answered.");
        if (isImport(parts.first()) && (target.secret.isEmpty() || target.account.userId.isEmpty()))
            return OutboxText::tr(
                       "No Rocket.Chat access token is stored for \"%1\"; sign in again.")
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

    void send(Transport& transport, const DeliveryTarget& target, const QList<Message>& parts,
              QObject* context, Done done) override {
        if (isImport(parts.first()))
            return sendImport(transport, target, parts, context, std::move(done));
        const Message part = parts.first();
        rc::SendMessageRequest request;
        request.token = target.conversation.visitorToken;
        request.rid = target.conversation.remoteId;
        request.msg = part.text;
        request.id = part.clientId;
        if (!target.account.userId.isEmpty() && !target.account.username.isEmpty())
            request.agent =
                rc::SendMessageRequest::Agent{target.account.userId, target.account.username};
        Transport* t = &transport;
        rc::sendMessage(transport, target.account.serverUrl, request, context,
                        [t, target, part, context, done](Result<rc::Message> result) {
                            if (result)
                                return done({{delivered(part, result.value())}, {}});
                            const ApiError error = result.error();
                            // A 400 may be the server refusing our own `_id` a second time
                            // (a retry, or Qt repeating a request whose connection was reset).
                            if (error.httpStatus() == 400)
                                return lookUp(*t, target, part, context, done, error);
                            done({{}, error});
                        });
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
        return sent;
    }

    //! Looks our `_id` up: found means delivered; not found reports `otherwise` (none: send it).
    static void lookUp(Transport& transport, const DeliveryTarget& target, const Message& part,
                       QObject* context, Done done, const ApiError& otherwise) {
        rc::MessageByIdRequest request;
        request.id = part.clientId;
        request.token = target.conversation.visitorToken;
        request.rid = target.conversation.remoteId;
        rc::messageById(transport, target.account.serverUrl, request, context,
                        [part, done, otherwise](Result<rc::Message> result) {
                            if (result)
                                return done({{delivered(part, result.value())}, {}});
                            if (result.error().kind() == ApiError::Kind::NotFound)
                                return done({{}, otherwise});
                            done({{}, result.error()});
                        });
    }

    static rc::Server server(const DeliveryTarget& target) {
        return rc::Server{target.account.serverUrl, target.account.userId, target.secret};
    }

    static void sendImport(Transport& transport, const DeliveryTarget& target,
                           const QList<Message>& parts, QObject* context, Done done) {
        rc::SendMessagesRequest request;
        request.visitorToken = target.conversation.visitorToken;
        for (const Message& part : parts)
            request.messages.append(part.text);
        rc::sendMessages(transport, server(target), request, context,
                         [parts, done](Result<rc::SendMessagesResult> result) {
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

    static void reconcileImport(Transport& transport, const DeliveryTarget& target,
                                const QList<Message>& parts, QObject* context, Done done) {
        rc::MessagesHistoryRequest request;
        request.rid = target.conversation.remoteId;
        request.token = target.conversation.visitorToken;
        request.limit = kMaxBatch * 2;
        const QString token = target.conversation.visitorToken;
        const QSet<QString> known = target.knownRemoteIds;
        rc::messagesHistory(transport, target.account.serverUrl, request, context,
                            [parts, done, token, known](Result<rc::MessagesHistory> result) {
                                if (!result)
                                    return done({{}, result.error()});
                                QList<RemoteCopy> remote;
                                // Newest first on the wire; oldest first for matching.
                                for (auto m = result->messages.crbegin();
                                     m != result->messages.crend(); ++m)
                                    remote.append({m->id, m->msg, m->ts, m->token == token});
                                done({matchDelivered(parts, remote, known), {}});
                            });
    }
};

} // namespace

std::unique_ptr<Delivery> makeRocketChatDelivery() {
    return std::make_unique<RocketChatDelivery>();
}

} // namespace agentdesk
