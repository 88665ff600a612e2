#include "LiveChatAIBackend.h"

#include "backends/Delivery.h"
#include "backends/Reconcile.h"
#include "backends/livechatai/GetConversation.h"
#include "backends/livechatai/Reply.h"

#include <QCoreApplication>

namespace agentdesk {

namespace {

namespace lc = livechatai;

//! Refusals read as the Outbox's own messages (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct OutboxText {
    Q_DECLARE_TR_FUNCTIONS(agentdesk::Outbox)
};

//! LiveChatAI: one `POST conversations/{id}/reply` per reply (there is no batch endpoint); a
//! reply in doubt is looked for in the conversation's messages before it is sent again.
class LiveChatAIDelivery final : public Delivery {
public:
    std::optional<QString> check(const DeliveryTarget& target,
                                 const QList<Message>&) const override {
        if (target.conversation.remoteId.isEmpty())
            return OutboxText::tr(
                "This LiveChatAI conversation has no id, so it cannot be answered.");
        if (target.secret.isEmpty())
            return OutboxText::
                tr("No LiveChatAI API key is stored for \"%1\"; add it in the account settings.")
                    .arg(target.account.displayName);
        return std::nullopt;
    }

    int batchSize(const QList<Message>&) const override { return 1; }

    bool deduplicates(const QList<Message>&) const override {
        return false; // no id of ours travels with the message
    }

    void send(Transport& transport, const DeliveryTarget& target, const QList<Message>& parts,
              QObject* context, Done done) override {
        const Message part = parts.first();
        lc::ReplyRequest request;
        request.conversationId = target.conversation.remoteId;
        request.message = part.text;
        request.userId = target.account.userId;
        request.messageType = lc::MessageType::Text;
        lc::reply(transport, server(target), request, context,
                  [part, done](Result<lc::ReplyResult> result) {
                      if (!result)
                          return done({{}, result.error()});
                      Message sent = part;
                      sent.remoteId =
                          result->messageId.isEmpty() ? result->message.id : result->messageId;
                      sent.sentAt = result->message.createdAt;
                      done({{sent}, {}});
                  });
    }

    void reconcile(Transport& transport, const DeliveryTarget& target, const QList<Message>& parts,
                   QObject* context, Done done) override {
        lc::GetConversationRequest request;
        request.conversationId = target.conversation.remoteId;
        const QString userId = target.account.userId;
        const QSet<QString> known = target.knownRemoteIds;
        lc::getConversation(transport, server(target), request, context,
                            [parts, done, userId, known](Result<lc::Conversation> result) {
                                if (!result)
                                    return done({{}, result.error()});
                                QList<RemoteCopy> remote;
                                for (const lc::Message& m : result->messages) {
                                    // Not the visitor, and not another human agent.
                                    const bool byUs =
                                        m.role != QLatin1String("user") &&
                                        (!m.agent || userId.isEmpty() || m.agent->id == userId);
                                    remote.append({m.id, m.content, m.createdAt, byUs});
                                }
                                done({matchDelivered(parts, remote, known), {}});
                            });
    }

private:
    static lc::Server server(const DeliveryTarget& target) {
        return lc::Server{target.account.serverUrl, target.secret};
    }
};

} // namespace

std::unique_ptr<Delivery> makeLiveChatAIDelivery() {
    return std::make_unique<LiveChatAIDelivery>();
}

} // namespace agentdesk
