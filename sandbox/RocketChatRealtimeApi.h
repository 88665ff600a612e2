#pragma once

#include "Faults.h"
#include "World.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

class QWebSocket;

namespace sandbox {

//! Rocket.Chat's realtime API (DDP over the websocket at `/websocket`, on the same port as
//! REST): `connect`, `login` with `{resume}`, `sub`/`unsub` to `stream-room-messages` (a room id
//! or `__my_messages__`) and `stream-notify-user` (`<userId>/rooms-changed`,
//! `<userId>/subscriptions-changed`), ping/pong both ways, with the server's frame shapes
//! (`connected`, `result`, `updated`, `ready`, `nosub`, `changed`, `error`).
//!
//! Every message the room store keeps in a room served by the signed-in agent is pushed at once
//! (visitors', simulated visitors', the agent's own); opening and closing a room is told as
//! rooms-changed and subscriptions-changed. `refuseWebSocket` closes every line, new ones too.
class RocketChatRealtimeApi : public QObject {
    Q_OBJECT
public:
    RocketChatRealtimeApi(World& world, Faults& faults, QObject* parent = nullptr);
    ~RocketChatRealtimeApi() override;

    //! Takes over an upgraded connection (any path but `/websocket` is closed).
    void accept(std::unique_ptr<QWebSocket> socket);
    //! Open lines right now (signed in or not).
    int sessions() const { return int(m_sessions.size()); }
    //! Closes every line (the refuse fault, and on demand).
    void dropAll();

signals:
    //! A line was signed in and subscribed to the agent's messages (for tests and benchmarks).
    void subscribed(const QString& userId);

private:
    struct Session;

    void onText(Session* session, const QString& text);
    void method(Session* session, const QJsonObject& frame);
    void sub(Session* session, const QJsonObject& frame);
    void pushMessage(const QJsonObject& message);
    void pushRoom(const QString& rid, const QString& action);
    void push(const QString& userId, const QString& collection, const QString& eventName,
              const QJsonArray& args, const QString& subscribedAs);
    void close(Session* session);

    World& m_world;
    Faults& m_faults;
    std::vector<std::unique_ptr<Session>> m_sessions;
    QTimer m_heartbeat;
};

} // namespace sandbox
