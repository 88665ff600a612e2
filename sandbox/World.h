#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QRandomGenerator>

#include <map>

namespace sandbox {

//! Rocket.Chat's side of the world, each object in the shape its endpoints return it.
struct RocketChatData {
    QList<QJsonObject> users;    //!< `_id`, `username`, `name`, `password`, `authToken`, `me`
    QList<QJsonObject> visitors; //!< `_id`, `username`, `name`, `token`
    QList<QJsonObject> rooms;    //!< as `livechat/rooms` lists them
    QList<QJsonObject> messages; //!< as `messages.history` returns them, oldest first
    QList<QJsonObject> canned;   //!< as `canned-responses.get` returns them

    //! Where to find things without scanning (kept by RocketChatRooms, rebuilt when stale): a
    //! message's position by `_id` for the first `indexedMessages` messages (they are only ever
    //! appended), a room's by `_id` and a visitor's by token (checked on every hit, since the
    //! seeding renames rooms).
    QHash<QString, qsizetype> messageIndex;
    qsizetype indexedMessages = 0;
    QHash<QString, qsizetype> roomIndex;
    QHash<QString, qsizetype> visitorIndex;
};

//! SocialBoards' side: clients that may refresh tokens, live access tokens, conversations.
struct SocialBoardsData {
    QList<QJsonObject> clients;                    //!< `clientId`, `refreshToken`
    QHash<QString, QDateTime> accessTokens;        //!< invalid expiry: never expires
    QList<QJsonObject> conversations;              //!< as create returns them, without `messages`
    std::map<qint64, QList<QJsonObject>> messages; //!< per conversation id, oldest first
    qint64 nextConversationId = 254700;
    qint64 nextMessageId = 667200;
};

//! LiveChatAI's side: AI agents (each with the API key that may use it) and conversations.
struct LiveChatAiData {
    QList<QJsonObject> agents;        //!< `id`, `name`, `apiKey`
    QList<QJsonObject> conversations; //!< as `GET /conversations/{id}` returns them
};

//! Everything the sandbox knows, shared by the three APIs and the simulated visitors.
//!
//! It is saved as one JSON document (`--state FILE`) so a demo can be stopped and resumed, and
//! it owns the one seeded random generator so a run with `--seed` is reproducible.
class World : public QObject {
    Q_OBJECT
public:
    explicit World(quint32 seed, QObject* parent = nullptr);

    RocketChatData& rocketChat() { return m_rocketChat; }
    SocialBoardsData& socialBoards() { return m_socialBoards; }
    LiveChatAiData& liveChatAi() { return m_liveChatAi; }

    QRandomGenerator& random() { return m_random; }
    QString randomId(int length = 17); //!< Rocket.Chat-style id ("hGFwSKA28nRKut3pD")
    QString randomHex(int length);
    QString guid();
    static QDateTime now() { return QDateTime::currentDateTimeUtc(); }
    static QString isoTime(const QDateTime& when); //!< 2023-10-31T13:14:29.804Z

    //! Tells listeners (the state saver) that something changed.
    void touch() { emit changed(); }

    QJsonObject toJson() const;
    //! Replaces the world with a saved one; on error leaves it unchanged and says why.
    bool fromJson(const QJsonObject& state, QString* error);
    bool load(const QString& fileName, QString* error);
    //! Writes atomically (QSaveFile): a crash never leaves half a file.
    bool save(const QString& fileName, QString* error) const;

signals:
    void changed();
    //! Rocket.Chat's room store (RocketChatRooms) stored a message: whoever wrote it (a visitor,
    //! a simulated visitor, an agent) and however (REST, seeding). The realtime API pushes it.
    void rocketChatMessageStored(const QJsonObject& message);
    //! The room store opened ("inserted") or closed ("updated") a room.
    void rocketChatRoomChanged(const QString& rid, const QString& action);

private:
    QRandomGenerator m_random;
    RocketChatData m_rocketChat;
    SocialBoardsData m_socialBoards;
    LiveChatAiData m_liveChatAi;
};

//! Fills a world with the demo: Rocket.Chat rooms with visitors and history, SocialBoards
//! conversations, a LiveChatAI agent; ids and secrets are fixed (see sandbox/README.md).
void seedDemoWorld(World& world);

} // namespace sandbox
