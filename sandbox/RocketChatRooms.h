#pragma once

#include "World.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace sandbox {

//! Rocket.Chat Omnichannel's rooms, visitors and messages: the operations both the HTTP API and
//! the simulated visitors use, so a message looks the same whoever wrote it.
class RocketChatRooms {
public:
    explicit RocketChatRooms(World& world)
        : m_world(world) {}

    //! The agent (user) whose X-Auth-Token / X-User-Id pair matches; null object when none does.
    QJsonObject userByCredentials(const QString& userId, const QString& authToken) const;
    QJsonObject userByLogin(const QString& user, const QString& password) const;
    QJsonObject userByResumeToken(const QString& token) const;

    QJsonObject visitorByToken(const QString& token) const;
    //! Registers a visitor; a new random token when `token` is empty.
    QJsonObject addVisitor(const QString& name, const QString& token = {});

    //! Index into rooms, or -1.
    qsizetype roomIndex(const QString& rid) const;
    qsizetype openRoomOfVisitor(const QString& token) const;
    //! Opens a livechat room for the visitor, served by the agent, with a `livechat-started`
    //! message; returns its id.
    QString openRoom(const QJsonObject& visitor, const QJsonObject& agent, const QDateTime& when);
    void closeRoom(const QString& rid);

    //! A message by `_id` (the newest with it); null object when there is none. Looked up in an
    //! index, not by scanning: the single send asks this for every `_id`.
    QJsonObject message(const QString& id) const;
    bool hasMessage(const QString& id) const { return !message(id).isEmpty(); }

    //! Writes a message as the visitor (the shape `livechat/message` answers with).
    QJsonObject postAsVisitor(const QString& rid, const QJsonObject& visitor, const QString& text,
                              const QString& id, const QDateTime& when);
    //! Writes the messages of a `livechat/messages` batch as the visitor, each a millisecond
    //! after the one before, as if posted one by one.
    QList<QJsonObject> postAllAsVisitor(const QString& rid, const QJsonObject& visitor,
                                        const QStringList& texts, const QDateTime& first);
    //! Writes a message as an agent user (what `chat.sendMessage` writes: `u` is the user, there
    //! is no visitor `token`); `id` is the client's `_id`, a new one when empty.
    QJsonObject postAsAgent(const QString& rid, const QJsonObject& agent, const QString& text,
                            const QDateTime& when, const QString& id = {});

    //! The Markdown AST Rocket.Chat attaches to a message (`md`), here one plain paragraph.
    static QJsonArray markdownOf(const QString& text);

private:
    QJsonObject visitorMessage(const QString& rid, const QJsonObject& visitor, const QString& text,
                               const QString& id, const QDateTime& when);
    //! Stores the messages and brings their room's counters and last message up to date.
    void append(const QString& rid, const QList<QJsonObject>& messages);

    World& m_world;
};

} // namespace sandbox
