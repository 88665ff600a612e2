#pragma once

#include "backends/socialboards/SocialBoards.h"
#include "store/Types.h"

#include <QObject>

#include <functional>

namespace agentdesk {

class ApiError;
class Credentials;
class History;
class InboxSync;
class Transport;

//! One poll of one account: fetches, merges into the history, reports, then deletes itself.
//! One small function per backend lives in Sync<Backend>.cpp.
class SyncRound : public QObject {
    Q_OBJECT
public:
    //! Called once with the error (none on success) and how many visitor messages were new.
    using Done = std::function<void(const ApiError& error, int newVisitorMessages)>;

    SyncRound(InboxSync* sync, History* history, Transport* transport,
              const Credentials* credentials, const Account& account, Done done);

    void start();

    //! Merges remote messages (any order) into a conversation; returns new visitor messages.
    int merge(const Conversation& conversation, QList<Message> messages);

private:
    //! Moves a conversation's last activity forward to the server's, so an unchanged
    //! conversation is not read again.
    void rememberActivity(qint64 conversationId, const QDateTime& activity);
    //! Names a SocialBoards conversation after its client, once one has written.
    void nameTheVisitor(const Conversation& conversation,
                        const QList<socialboards::ConversationMessage>& messages);
    void pullRocketChat();
    void pullSocialBoards();
    void pullLiveChatAi();
    void finish(const ApiError& error);

    //! Runs `step` for each item in turn, then `then`; stops at the first error.
    template<class Item>
    void forEach(QList<Item> items, std::function<void(const Item&, std::function<void()>)> step,
                 std::function<void()> then);

    InboxSync* m_sync;
    History* m_history;
    Transport* m_transport;
    const Credentials* m_credentials;
    Account m_account;
    Done m_done;
    int m_newMessages = 0;
    bool m_finished = false;
};

template<class Item>
void SyncRound::forEach(QList<Item> items,
                        std::function<void(const Item&, std::function<void()>)> step,
                        std::function<void()> then) {
    if (m_finished)
        return;
    if (items.isEmpty())
        return then();
    const Item first = items.takeFirst();
    step(first, [this, items = std::move(items), step, then]() mutable {
        forEach<Item>(std::move(items), step, then);
    });
}

} // namespace agentdesk
