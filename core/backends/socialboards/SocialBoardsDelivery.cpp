#include "SocialBoardsBackend.h"

#include "backends/Delivery.h"
#include "backends/Reconcile.h"
#include "backends/socialboards/AddMessages.h"
#include "backends/socialboards/ReadMessages.h"

#include <QCoreApplication>

namespace agentdesk {

namespace {

namespace sb = socialboards;

//! Refusals read as the Outbox's own messages (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct OutboxText {
    Q_DECLARE_TR_FUNCTIONS(agentdesk::Outbox)
};

//! The most replies one request carries (an offline flush can hold many).
constexpr int kMaxBatch = 50;

sb::UserValue author(const Account& account) {
    sb::UserValue user;
    user.name = account.username.isEmpty() ? account.displayName : account.username;
    user.email = account.email;
    user.id = account.userId;
    return user;
}

bool writtenBy(const sb::User& user, const Account& account) {
    if (!account.userId.isEmpty() && user.id.compare(account.userId, Qt::CaseInsensitive) == 0)
        return true;
    return !account.email.isEmpty() && user.email.compare(account.email, Qt::CaseInsensitive) == 0;
}

//! SocialBoards: every reply waiting in a conversation goes out as one `add messages` request
//! (a JSON array); a request in doubt is reconciled against the conversation's messages.
class SocialBoardsDelivery final : public Delivery {
public:
    std::optional<QString> check(const DeliveryTarget& target,
                                 const QList<Message>&) const override {
        bool numeric = false;
        target.conversation.remoteId.toLongLong(&numeric);
        if (!numeric)
            return OutboxText::tr("This SocialBoards conversation has no valid id (\"%1\").")
                .arg(target.conversation.remoteId);
        if (target.secret.isEmpty())
            return OutboxText::tr(
                       "No SocialBoards access token is stored for \"%1\"; sign in again.")
                .arg(target.account.displayName);
        if (!author(target.account).identifiesSomeone())
            return OutboxText::tr(
                       "The SocialBoards account \"%1\" has no author id or email to reply as.")
                .arg(target.account.displayName);
        return std::nullopt;
    }

    int batchSize(const QList<Message>& queue) const override {
        return static_cast<int>(std::min<qsizetype>(queue.size(), kMaxBatch));
    }

    bool deduplicates(const QList<Message>&) const override {
        return false; // no id of ours travels with the message
    }

    void send(Transport& transport, const DeliveryTarget& target, const QList<Message>& parts,
              QObject* context, Done done) override {
        sb::AddMessagesRequest request;
        request.conversationId = target.conversation.remoteId.toLongLong();
        const sb::UserValue from = author(target.account);
        for (const Message& part : parts) {
            sb::NewMessage message;
            message.message = part.text;
            message.author = from;
            message.isByTeam = true;
            request.messages.append(message);
        }
        sb::addMessages(transport, server(target), request, context,
                        [parts, done](Result<QList<sb::ConversationMessage>> result) {
                            if (!result)
                                return done({{}, result.error()});
                            // The server took the whole array: all parts are delivered. Ids
                            // come from the copies it returned, matched by text in order.
                            QList<RemoteCopy> copies;
                            for (const sb::ConversationMessage& m : result.value())
                                copies.append({QString::number(m.id), m.message, {}, true});
                            const QList<Message> matched = matchDelivered(parts, copies, {});
                            DeliveryReport report;
                            for (qsizetype i = 0; i < parts.size(); ++i)
                                report.delivered.append(i < matched.size() ? matched.at(i)
                                                                           : parts.at(i));
                            done(report);
                        });
    }

    void reconcile(Transport& transport, const DeliveryTarget& target, const QList<Message>& parts,
                   QObject* context, Done done) override {
        sb::ReadMessagesRequest request;
        request.conversationId = target.conversation.remoteId.toLongLong();
        request.orderBy = sb::MessageOrder::CreationTimeDesc;
        request.take = sb::kMaxTake;
        const Account account = target.account;
        const QSet<QString> known = target.knownRemoteIds;
        sb::readMessages(transport, server(target), request, context,
                         [parts, done, account, known](Result<QList<sb::ConversationMessage>> r) {
                             if (!r)
                                 return done({{}, r.error()});
                             QList<RemoteCopy> remote;
                             for (auto m = r->crbegin(); m != r->crend(); ++m)
                                 remote.append({QString::number(m->id), m->message, m->creationTime,
                                                writtenBy(m->author, account)});
                             done({matchDelivered(parts, remote, known), {}});
                         });
    }

private:
    static sb::Server server(const DeliveryTarget& target) {
        return sb::Server{target.account.serverUrl, target.secret};
    }
};

} // namespace

std::unique_ptr<Delivery> makeSocialBoardsDelivery() {
    return std::make_unique<SocialBoardsDelivery>();
}

} // namespace agentdesk
