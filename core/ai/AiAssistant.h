#pragma once

#include "store/Types.h"

#include <QHash>
#include <QObject>

#include <optional>

namespace agentdesk {

class Credentials;
class History;
class Transport;

//! The agent's AI colleague: free questions and "suggest a reply" answered by LiveChatAI.
//!
//! Each desk conversation keeps its own LiveChatAI conversationId (stored with the
//! conversation), so a follow-up question is answered in the context of the earlier ones. Every
//! answer is stored as an AiExchange before it is announced. Questions from the same conversation
//! are asked one after the other, so two quick questions never open two AI conversations.
class AiAssistant : public QObject {
    Q_OBJECT
public:
    AiAssistant(History* history, Transport* transport, const Credentials* credentials,
                QObject* parent = nullptr);

    //! The LiveChatAI account to ask; 0 (the default) uses the first LiveChatAI account.
    void setAccountId(qint64 accountId) { m_accountId = accountId; }
    //! The account questions go to, or nullopt when the agent has none.
    std::optional<Account> account() const;

    //! Asks `question` from desk conversation `conversationId` (0: outside any conversation).
    //! The outcome is answered() or failed(), never both, always later (never inside this call).
    void ask(qint64 conversationId, const QString& question);
    //! Asks the AI what to answer the visitor's last message in the conversation; failed() when
    //! the visitor has not written anything yet.
    void suggestReply(qint64 conversationId);

    //! The visitor's most recent message in the conversation (empty when none).
    QString lastVisitorMessage(qint64 conversationId) const;
    //! True while a question from that conversation is waiting for its answer.
    bool isBusy(qint64 conversationId) const;

signals:
    void answered(const agentdesk::AiExchange& exchange);
    //! `message` is one sentence for the agent (the server's own words included when it sent
    //! some).
    void failed(qint64 conversationId, const QString& message);

private:
    struct Pending {
        qint64 conversationId = 0;
        QString question;
        bool retriedWithoutContext = false;
    };
    void start(const Pending& pending);
    void fail(const Pending& pending, const QString& message);
    void finished(qint64 conversationId);
    QString aiConversationId(qint64 conversationId) const;
    void rememberAiConversationId(qint64 conversationId, const QString& aiConversationId);

    History* m_history;
    Transport* m_transport;
    const Credentials* m_credentials;
    qint64 m_accountId = 0;
    QHash<qint64, QList<Pending>> m_queues; //!< per conversation; the first one is in flight
    QString m_looseAiConversationId;        //!< for questions outside any conversation
};

} // namespace agentdesk
