#include "AiAssistant.h"
#include "accounts/Credentials.h"
#include "backends/livechatai/Ask.h"
#include "store/History.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcAi, "agentdesk.ai")

namespace agentdesk {

namespace {

const QUrl kDefaultServer(QStringLiteral("https://app.livechatai.com"));

} // namespace

AiAssistant::AiAssistant(History* history, Transport* transport, const Credentials* credentials,
                         QObject* parent)
    : QObject(parent)
    , m_history(history)
    , m_transport(transport)
    , m_credentials(credentials) {}

std::optional<Account> AiAssistant::account() const {
    if (!m_history)
        return std::nullopt;
    if (m_accountId > 0) {
        auto chosen = m_history->account(m_accountId);
        if (chosen && chosen->backend == Backend::LiveChatAI)
            return chosen;
        return std::nullopt;
    }
    const QList<Account> accounts = m_history->accounts();
    for (const Account& a : accounts) {
        if (a.backend == Backend::LiveChatAI)
            return a;
    }
    return std::nullopt;
}

QString AiAssistant::lastVisitorMessage(qint64 conversationId) const {
    if (!m_history || conversationId <= 0)
        return {};
    std::optional<MessageKey> before;
    // Walk back page by page; the visitor's last words are usually on the newest page.
    for (int page = 0; page < 20; ++page) {
        const QList<Message> messages = m_history->messagesBefore(conversationId, before, 50);
        for (auto it = messages.crbegin(); it != messages.crend(); ++it) {
            if (it->direction == Direction::Incoming && !it->text.trimmed().isEmpty())
                return it->text;
        }
        if (messages.size() < 50)
            break;
        before = MessageKey{messages.first().createdAt.toMSecsSinceEpoch(), messages.first().id};
    }
    return {};
}

bool AiAssistant::isBusy(qint64 conversationId) const {
    return !m_queues.value(conversationId).isEmpty();
}

void AiAssistant::suggestReply(qint64 conversationId) {
    const QString visitorText = lastVisitorMessage(conversationId);
    if (visitorText.isEmpty()) {
        QTimer::singleShot(0, this, [this, conversationId] {
            emit failed(conversationId,
                        tr("The visitor has not written anything yet, so there is nothing to "
                           "suggest a reply to."));
        });
        return;
    }
    // LiveChatAI answers the way it would answer the visitor: that answer is the suggestion.
    ask(conversationId, visitorText);
}

void AiAssistant::ask(qint64 conversationId, const QString& question) {
    Pending pending{conversationId, question.trimmed(), false};
    QList<Pending>& queue = m_queues[conversationId];
    queue.append(pending);
    if (queue.size() == 1) {
        // Always answer later, never inside the caller's stack.
        QTimer::singleShot(0, this, [this, pending] { start(pending); });
    }
}

void AiAssistant::start(const Pending& pending) {
    if (pending.question.isEmpty())
        return fail(pending, tr("Type a question for the AI first."));
    const std::optional<Account> account = this->account();
    if (!account) {
        return fail(pending, tr("No LiveChatAI account: add one in Accounts to ask the AI."));
    }
    if (account->agentId.trimmed().isEmpty()) {
        return fail(pending, tr("The LiveChatAI account \"%1\" has no AI agent id: set it in "
                                "Accounts.")
                                 .arg(account->displayName));
    }
    const QString apiKey = m_credentials ? m_credentials->secret(account->id) : QString();
    if (apiKey.isEmpty()) {
        return fail(pending, tr("No API key for the LiveChatAI account \"%1\": enter it in "
                                "Accounts.")
                                 .arg(account->displayName));
    }
    if (!m_transport)
        return fail(pending, tr("The desk is offline."));

    livechatai::Server server;
    server.baseUrl = account->serverUrl.isValid() && !account->serverUrl.isEmpty()
                         ? account->serverUrl
                         : kDefaultServer;
    server.apiKey = apiKey;
    livechatai::AskRequest request;
    request.question = pending.question;
    request.agentId = account->agentId.trimmed();
    request.conversationId =
        pending.retriedWithoutContext ? QString() : aiConversationId(pending.conversationId);
    request.responseFormat = livechatai::ResponseFormat::Markdown;
    const bool hadContext = !request.conversationId.isEmpty();

    livechatai::ask(*m_transport, server, request, this,
                    [this, pending, hadContext](Result<livechatai::Answer> result) {
                        if (!result) {
                            const ApiError error = result.error();
                            if (error.kind() == ApiError::Kind::NotFound && hadContext &&
                                !pending.retriedWithoutContext) {
                                // The AI conversation is gone (deleted on the server): start a new
                                // one.
                                qCInfo(lcAi) << "AI conversation not found; asking in a new one";
                                Pending again = pending;
                                again.retriedWithoutContext = true;
                                return start(again);
                            }
                            qCWarning(lcAi)
                                << "AI question failed:" << error.kindName() << error.detail();
                            return fail(pending, error.message());
                        }
                        const livechatai::Answer& answer = result.value();
                        if (!answer.conversationId.isEmpty())
                            rememberAiConversationId(pending.conversationId, answer.conversationId);
                        AiExchange exchange;
                        exchange.conversationId = pending.conversationId;
                        exchange.question = pending.question;
                        exchange.answer = answer.response;
                        exchange.aiConversationId = answer.conversationId;
                        exchange.askedAt = QDateTime::currentDateTimeUtc();
                        for (const livechatai::Link& link : answer.links)
                            exchange.links.append(AiLink{link.link, link.type});
                        if (m_history) {
                            if (auto stored = m_history->addAiExchange(exchange))
                                exchange = *stored;
                            else
                                qCWarning(lcAi)
                                    << "could not store the AI answer:" << m_history->lastError();
                        }
                        finished(pending.conversationId); // not busy when it shows
                        emit answered(exchange);
                    });
}

void AiAssistant::fail(const Pending& pending, const QString& message) {
    finished(pending.conversationId);
    emit failed(pending.conversationId, message);
}

void AiAssistant::finished(qint64 conversationId) {
    auto it = m_queues.find(conversationId);
    if (it == m_queues.end())
        return;
    if (!it->isEmpty())
        it->removeFirst();
    if (it->isEmpty()) {
        m_queues.erase(it);
        return;
    }
    const Pending next = it->first();
    QTimer::singleShot(0, this, [this, next] { start(next); });
}

QString AiAssistant::aiConversationId(qint64 conversationId) const {
    if (conversationId <= 0)
        return m_looseAiConversationId;
    if (!m_history)
        return {};
    const auto conversation = m_history->conversation(conversationId);
    return conversation ? conversation->aiConversationId : QString();
}

void AiAssistant::rememberAiConversationId(qint64 conversationId, const QString& id) {
    if (conversationId <= 0) {
        m_looseAiConversationId = id;
        return;
    }
    if (m_history && aiConversationId(conversationId) != id &&
        !m_history->setAiConversationId(conversationId, id))
        qCWarning(lcAi) << "could not keep the AI conversation id:" << m_history->lastError();
}

} // namespace agentdesk
