#pragma once

#include "World.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sandbox {

//! The sandbox's LiveChatAI: agents answering from the built-in FAQ, conversations that keep
//! their topic so a follow-up question gets a follow-up answer, and human agents' replies.
class LiveChatAiAgent {
public:
    explicit LiveChatAiAgent(World& world)
        : m_world(world) {}

    struct Answer {
        QString conversationId;
        QString contactId;
        QString response; //!< Markdown (or plain text when asked for PLAIN)
        QString messageId;
        QString responseMessageId;
        QJsonArray links; //!< [{link, type}]
    };

    QJsonObject agent(const QString& agentId) const;
    bool isKnownKey(const QString& apiKey) const;
    //! Index into conversations, or -1.
    qsizetype index(const QString& conversationId) const;

    //! Answers a question in an existing conversation, or a new one when `conversationId` is
    //! empty.
    Answer ask(const QString& agentId, const QString& conversationId, const QString& question,
               const QString& messageType, bool plain, const QString& integrationType);
    //! A human agent's reply into a conversation; returns the stored message.
    QJsonObject reply(const QString& conversationId, const QString& text, const QString& userId,
                      const QString& messageType);

    //! A conversation as `GET /conversations/{id}` returns it (sandbox-only fields removed).
    QJsonObject conversation(qsizetype index) const;
    //! A conversation as the list returns it (no messages).
    QJsonObject summary(qsizetype index) const;

private:
    QJsonObject append(qsizetype index, const QString& role, const QString& content,
                       const QString& type, const QJsonArray& sources);

    World& m_world;
};

} // namespace sandbox
