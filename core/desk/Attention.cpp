#include "Attention.h"

#include "DeskSettings.h"
#include "store/History.h"

#include <algorithm>

namespace agentdesk {

Attention::Attention(History* history, QObject* parent)
    : QObject(parent)
    , m_history(history) {
    connect(history, &History::messagesInserted, this, &Attention::onMessagesInserted);
}

void Attention::setOpenConversation(qint64 conversationId) {
    m_open = conversationId;
    markOpenRead();
}

void Attention::setDeskActive(bool active) {
    m_active = active;
    m_attended = true;
    markOpenRead();
}

void Attention::markOpenRead() {
    if (m_open == 0 || !m_active)
        return;
    const auto conversation = m_history->conversation(m_open);
    if (conversation && conversation->unreadCount > 0)
        m_history->markRead(m_open);
}

void Attention::onMessagesInserted(qint64 conversationId, const QList<Message>& messages) {
    const auto incoming = std::count_if(messages.cbegin(), messages.cend(), [](const Message& m) {
        return m.direction == Direction::Incoming;
    });
    if (incoming == 0)
        return;
    if (conversationId == m_open && m_active) {
        markOpenRead();
        return;
    }
    if (!m_attended || m_active || !DeskSettings::notificationsEnabled())
        return;
    ++m_notifications;
    emit notificationWanted(conversationId, messages.last());
}

} // namespace agentdesk
