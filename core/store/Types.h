#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

namespace agentdesk {

//! The three backends AgentDesk speaks.
enum class Backend { RocketChat, SocialBoards, LiveChatAI };
QString backendKey(Backend backend); //!< "rocketchat", "socialboards", "livechatai"
std::optional<Backend> backendFromKey(const QString& key); //!< nullopt for anything else
QString backendDisplayName(Backend backend);               //!< "Rocket.Chat", ... (translated)

//! A backend account of the agent. Tokens are never stored here: they live in the keychain.
struct Account {
    qint64 id = 0;
    Backend backend = Backend::RocketChat;
    QUrl serverUrl;
    QString displayName; //!< "Acme support (Rocket.Chat)"
    QString userId;      //!< Rocket.Chat X-User-Id / SocialBoards author id / LiveChatAI user id
    QString username;    //!< agent username (Rocket.Chat) or author name (SocialBoards)
    QString email;       //!< author email (SocialBoards)
    QString agentId;     //!< LiveChatAI agentId (the AI agent to ask)
    //! The agent's own display name as the server knows it (Rocket.Chat `me.name`, recorded at
    //! sign-in); what `{agent.name}` says. Empty when unknown.
    QString agentName;
};

//! One conversation with one visitor on one account.
struct Conversation {
    qint64 id = 0;
    qint64 accountId = 0;
    Backend backend = Backend::RocketChat;
    QString remoteId;     //!< Rocket.Chat rid / SocialBoards conversation id / LiveChatAI id
    QString visitorToken; //!< Rocket.Chat visitor token (needed by the livechat endpoints)
    QString title;
    QString visitorName;
    QString visitorEmail;
    QDateTime lastActivity;
    QString lastMessagePreview;
    int unreadCount = 0;
    bool open = true;
    QString aiConversationId; //!< LiveChatAI conversationId of the AI panel, kept for context
    QString draft;            //!< the composer's unsent text
};

//! Where a conversation sits in the list (History::conversations() order): most recent activity
//! first, those without activity last, ties by id, so the order is total and pages by key agree
//! with changes followed one by one.
struct ConversationKey {
    std::optional<qint64> lastActivityMs; //!< none: no activity yet (the end of the list)
    qint64 id = 0;

    static ConversationKey of(const Conversation& conversation);
    //! True when this one is listed above `other`.
    bool listedBefore(const ConversationKey& other) const;
};

enum class Direction { Incoming, Outgoing, Ai, System };
enum class TextFormat { Plain, Markdown };

//! Where an agent's message is on its way to the visitor.
enum class DeliveryState {
    None,    //!< not ours to deliver (incoming, AI, system)
    Queued,  //!< on disk, waiting for its turn or its next try (nextAttemptAt)
    Sending, //!< a request is in flight (or was, when the process died)
    Sent,    //!< the server confirmed it (remoteId set)
    Failed,  //!< the server refused it for good; lastError says why
};
QString deliveryStateKey(DeliveryState state);

struct Message {
    qint64 id = 0; //!< local row id; also the paging tie-breaker
    qint64 conversationId = 0;
    QString clientId; //!< our own id, fixed at creation, never changes across retries
    QString remoteId; //!< the server's id once known
    Direction direction = Direction::Incoming;
    QString author;
    QString text;
    TextFormat format = TextFormat::Plain;
    QDateTime createdAt; //!< when typed (outgoing) or when the server stamped it (incoming)
    QDateTime sentAt;    //!< when the server confirmed it
    DeliveryState state = DeliveryState::None;
    QString lastError; //!< the agent-facing reason of the last failure
    QDateTime nextAttemptAt;
    int attempts = 0;
    qint64 batchId = 0; //!< messages queued together to go out as one request (0: none)
    //! Written on the visitor's behalf (imports, bridging, the command line's send and
    //! send-batch), not as the agent's reply: Rocket.Chat posts it through the visitor endpoints
    //! (`livechat/message(s)`), so the server shows the visitor as its author. Fixed at creation.
    bool asVisitor = false;
};

//! A position in a conversation's history: (createdAt, id), for keyset paging.
struct MessageKey {
    qint64 createdAtMs = 0;
    qint64 id = 0;
};

struct SearchFilter {
    qint64 conversationId = 0;      //!< 0: all
    std::optional<Backend> backend; //!< nullopt: all
    int limit = 50;
};

struct SearchHit {
    qint64 messageId = 0;
    qint64 conversationId = 0;
    Backend backend = Backend::RocketChat;
    QString conversationTitle;
    QString snippet; //!< plain text with the matches between \x02 and \x03 markers
    QDateTime createdAt;
};

struct AiLink {
    QString url;
    QString type; //!< "WEBSITE", ...
};

//! One question to LiveChatAI from the AI panel and its answer.
struct AiExchange {
    qint64 id = 0;
    qint64 conversationId = 0; //!< the desk conversation it was asked from (0: none)
    QString question;
    QString answer; //!< markdown (or plain) as returned
    QList<AiLink> links;
    QString aiConversationId; //!< LiveChatAI conversationId
    QDateTime askedAt;
};

//! A saved reply the agent inserts (or sends) with a keystroke, a `/trigger` or the palette.
//! Its rules (titles, shortcuts, order, imports) are CannedLibrary's; the row is stored here.
struct CannedReply {
    qint64 id = 0;
    int position = 0; //!< the agent's order; the first nine get Ctrl+1 ... Ctrl+9 by default
    QString title;
    QString text; //!< may hold placeholders (CannedTemplate) and `---` lines between parts
    QString folder;
    qint64 accountId = 0;         //!< 0: personal (every account); otherwise only for that account
    QString shortcut;             //!< QKeySequence portable text ("Ctrl+1"); empty: none
    QString trigger;              //!< the word after `/` (no spaces); may be empty
    bool sendImmediately = false; //!< the shortcut sends instead of inserting
    QString remoteId;             //!< Rocket.Chat canned response `_id` when synced from a server
    QDateTime updatedAt;

    bool operator==(const CannedReply&) const = default;
};

} // namespace agentdesk

Q_DECLARE_METATYPE(agentdesk::Message)
Q_DECLARE_METATYPE(agentdesk::Conversation)
