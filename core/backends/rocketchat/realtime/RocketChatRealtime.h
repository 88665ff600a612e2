#pragma once

#include "backends/rocketchat/RocketChat.h"
#include "net/Backoff.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUrl>

class QWebSocket;

namespace agentdesk {

//! An agent's live connection to Rocket.Chat's realtime API (DDP over `wss://host/websocket`).
//!
//! Signs in with the saved auth token (`login` with `{resume}`), subscribes to the agent's
//! messages (`stream-room-messages` `__my_messages__`) and room changes (`stream-notify-user`
//! `<userId>/rooms-changed` and `/subscriptions-changed`), and keeps the line alive: it answers
//! the server's pings, pings when the line is quiet, and drops a line that stays silent. A lost
//! line is reopened with backoff and signed in again; live() is emitted after every (re)connect
//! so the owner reads once what was written meanwhile. Like Transport: `wss://` only, plain
//! `ws://` only to a loopback address, TLS errors never ignored, the token never logged.
class RocketChatRealtime : public QObject {
    Q_OBJECT
public:
    enum class State { Stopped, Connecting, SigningIn, Subscribing, Live, WaitingToReconnect };
    Q_ENUM(State)

    struct Timing {
        int heartbeatMs = 25'000; //!< ping after this long without a frame
        int silenceMs = 45'000;   //!< no frame at all for this long: the line is dead
        int connectMs = 15'000;   //!< connect, sign in and subscribe within this
        //! Live this long without a fault before the reconnect backoff starts again from its
        //! first step: a server that accepts and then breaks the protocol is not retried every
        //! second.
        int stableMs = 60'000;
        Backoff::Policy reconnect{std::chrono::milliseconds(1'000),
                                  std::chrono::milliseconds(60'000), 0.3};
        //! What a sane server stays under; past it the line is dropped and polling covers (a
        //! flood must not keep the desk at full CPU or let it miss its own pongs).
        int maxFramesPerSecond = 2'000;
        qint64 maxBytesPerSecond = 16LL << 20;
        //! Bytes the desk's own frames may wait to be written: a server that sends pings but
        //! does not read the pongs would otherwise grow the desk without bound.
        qint64 maxBytesToWrite = 1LL << 20;
    };

    RocketChatRealtime(const rocketchat::Server& server, QObject* parent = nullptr);
    ~RocketChatRealtime() override;

    void setTiming(const Timing& timing);

    //! Opens the line (and keeps reopening it) until stop().
    void start();
    void stop();

    const rocketchat::Server& server() const { return m_server; }
    State state() const { return m_state; }
    bool isLive() const { return m_state == State::Live; }
    //! Why the line is not live, for logs and the status bar; empty while live.
    QString problem() const { return m_problem; }

    //! The realtime endpoint for a server URL: https -> wss, http -> ws, plus `/websocket`
    //! after any path prefix.
    static QUrl websocketUrl(const QUrl& serverUrl);
    //! True for wss://, and ws:// to a loopback address.
    static bool isAllowedUrl(const QUrl& url);

signals:
    //! Signed in and subscribed: from now on every new message arrives here. Emitted after
    //! every (re)connect; read once what may have been written while the line was down.
    void live();
    //! The line went down (or could not come up); polling must cover until live() again.
    void down(const QString& reason);
    //! A message written in a room the agent is subscribed to (new or edited).
    void messageReceived(const agentdesk::rocketchat::Message& message);
    //! A room (or the agent's subscription to it) was "inserted", "updated" or "removed";
    //! `closed` when the room (or subscription) it carries is no longer open. `rid` is empty
    //! when the event did not say which room.
    void roomChanged(const QString& rid, const QString& action, bool closed);

private:
    void open();
    void onConnected();
    void onText(const QString& text);
    void onClosed();
    void fail(const QString& reason, bool signInRefused = false);
    void send(const QByteArray& frame);
    void subscribe();
    void handleChanged(const QJsonObject& frame);
    //! Counts one received frame; false (and the line dropped) past the per-second bounds.
    bool withinBounds(qint64 bytes);

    rocketchat::Server m_server;
    Timing m_timing;
    Backoff m_backoff;
    QWebSocket* m_socket = nullptr;
    State m_state = State::Stopped;
    QString m_problem;
    QTimer m_heartbeat;
    QTimer m_silence;
    QTimer m_connectDeadline;
    QTimer m_reconnect;
    QTimer m_stable; //!< live long enough: the backoff starts over
    QElapsedTimer m_second;
    int m_framesThisSecond = 0;
    qint64 m_bytesThisSecond = 0;
    QSet<QString> m_pendingSubs;
    int m_failures = 0;
    int m_nextId = 0;
};

} // namespace agentdesk
