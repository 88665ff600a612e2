#pragma once

#include "World.h"

#include <QJsonObject>
#include <optional>

namespace sandbox {

//! SocialBoards chat conversations and their messages, shared by the HTTP API and the simulated
//! visitors so both produce the documented shapes.
class SocialBoardsConversations {
public:
    explicit SocialBoardsConversations(World& world)
        : m_world(world) {}

    //! Index into conversations, or -1.
    qsizetype index(qint64 id) const;
    //! Creates a conversation (open, with its first message when `firstMessage` is not empty).
    QJsonObject create(const QJsonObject& author, const QString& title, const QString& url,
                       const QString& firstMessage, const QDateTime& when);
    //! One message, already validated; `isByTeam` marks an agent's message.
    QJsonObject addMessage(qint64 conversationId, const QJsonObject& author, const QString& text,
                           const QDateTime& creationTime, bool isByTeam);
    const QList<QJsonObject>& messages(qint64 conversationId) const;
    //! The conversation as create answers it, with all its messages.
    QJsonObject withMessages(qint64 conversationId) const;

    //! The documented User value for an author as a request gives it: an id is kept or assigned
    //! (the same one for the same e-mail or custom identifier), missing fields become null.
    QJsonObject userValue(qint64 conversationId, const QJsonObject& author, bool isByTeam);
    static QString sbTime(const QDateTime& when); //!< 2023-08-22T14:50:07.210+00:00

private:
    World& m_world;
};

} // namespace sandbox
