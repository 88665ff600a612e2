#pragma once

#include "backends/rocketchat/RocketChat.h"
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

    void setDone(Done done) { m_done = std::move(done); }
    void start();
    //! False when the round stopped early at the server's rate-limit budget (not an error: the
    //! inbox resumes when the window resets).
    bool complete() const { return m_complete; }

    //! Merges remote messages (any order) into a conversation; returns new visitor messages.
    int merge(const Conversation& conversation, QList<Message> messages);

private:
    //! A Rocket.Chat room whose last message changed since it was read.
    struct RoomToRead {
        Conversation conversation;
        rocketchat::Visitor visitor;
        QDateTime lastMessageAt; //!< the room's `lm` as listed
    };

    //! Moves a conversation's last activity forward to the server's, so an unchanged
    //! conversation is not read again.
    void rememberActivity(qint64 conversationId, const QDateTime& activity);
    //! Names a SocialBoards conversation after its client, once one has written.
    void nameTheVisitor(const Conversation& conversation,
                        const QList<socialboards::ConversationMessage>& messages);
    void pullRocketChat();
    //! Reads a room from the newest message we have on (`ls`), one page before `end` at a time,
    //! paging back while a full page holds nothing we knew.
    void readRocketChatRoom(const rocketchat::Server& server, const RoomToRead& room,
                            const QDateTime& end, std::function<void()> next);
    //! True when the server's rate-limit budget allows a request to `url` now (and counts it);
    //! else ends the round early and asks the inbox to resume when the window resets.
    bool admit(const QUrl& url);
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
    bool m_complete = true;
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
