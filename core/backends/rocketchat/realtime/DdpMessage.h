#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

//! Meteor's DDP, the protocol of Rocket.Chat's realtime API (`wss://host/websocket`): JSON text
//! frames with a `msg` field. Only what the desk needs: connect, method (login), sub/unsub,
//! ping/pong, and the server's connected/result/ready/nosub/changed/error answers.
namespace agentdesk::ddp {

//! `{"msg":"connect","version":"1","support":["1"]}`: the first frame on a new socket.
QByteArray connectFrame();
//! `{"msg":"ping","id":id}` (id omitted when empty).
QByteArray pingFrame(const QString& id = {});
//! `{"msg":"pong","id":id}`: the answer to the server's ping, echoing its id when it sent one.
QByteArray pongFrame(const QString& id = {});
//! `{"msg":"method","method":name,"id":id,"params":params}`.
QByteArray methodFrame(const QString& id, const QString& method, const QJsonArray& params);
//! `{"msg":"sub","id":id,"name":name,"params":params}`.
QByteArray subFrame(const QString& id, const QString& name, const QJsonArray& params);
//! `{"msg":"unsub","id":id}`.
QByteArray unsubFrame(const QString& id);

//! One frame the server sent. Frames without `msg` (Meteor's `{"server_id":"0"}` greeting) have
//! an empty `msg` and are ignored by callers.
struct Frame {
    QString msg;
    QString id;
    QJsonObject object; //!< the whole frame

    //! `result`/`nosub`/`error`: the server's error object, or empty.
    QJsonObject error() const { return object.value(QLatin1String("error")).toObject(); }
    //! A readable reason from an error object (`reason`, `message` or `error`).
    QString errorText() const;
    //! `changed`: `collection`, `fields.eventName`, `fields.args`.
    QString collection() const { return object.value(QLatin1String("collection")).toString(); }
    QString eventName() const;
    QJsonArray args() const;
};

//! Parses one text frame; nullopt when it is not a JSON object.
std::optional<Frame> parseFrame(const QByteArray& text);

} // namespace agentdesk::ddp
