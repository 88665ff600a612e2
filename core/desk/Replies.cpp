#include "Replies.h"

#include "canned/CannedTemplate.h"
#include "outbox/Outbox.h"
#include "store/History.h"

namespace agentdesk {

Replies::Replies(History* history, Outbox* outbox, QObject* parent)
    : QObject(parent)
    , m_history(history)
    , m_outbox(outbox) {}

QString Replies::refusal(qint64 conversationId) const {
    if (conversationId == 0)
        return {};
    const auto conversation = m_history->conversation(conversationId);
    if (conversation && !conversation->open)
        return tr("This conversation is closed, so a reply can no longer reach the visitor. "
                  "It opens again here when the server reopens it.");
    return {};
}

bool Replies::send(qint64 conversationId, const QString& text) {
    m_lastError.clear();
    if (conversationId == 0 || text.trimmed().isEmpty()) {
        m_lastError = tr("There is nothing to send.");
        return false;
    }
    if (const QString reason = refusal(conversationId); !reason.isEmpty()) {
        m_lastError = reason;
        return false;
    }
    // A multi-part reply (lines of `---` between parts) leaves as one batch: all parts are on
    // disk together, in order, or none is.
    const QStringList parts = CannedTemplate::parts(text);
    const bool queued = parts.size() > 1 ? !m_outbox->queueBatch(conversationId, parts).isEmpty()
                                         : m_outbox->queueMessage(conversationId, text).has_value();
    if (!queued)
        m_lastError = tr("The reply could not be saved: %1").arg(m_outbox->lastError());
    return queued;
}

} // namespace agentdesk
