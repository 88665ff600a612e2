#include "CannedUse.h"

#include "Replies.h"
#include "canned/CannedLibrary.h"
#include "store/History.h"

namespace agentdesk {

CannedUse::CannedUse(History* history, CannedLibrary* library, Replies* replies, QObject* parent)
    : QObject(parent)
    , m_history(history)
    , m_library(library)
    , m_replies(replies) {}

qint64 CannedUse::accountOf(qint64 conversationId) const {
    if (conversationId == 0)
        return -1;
    const auto conversation = m_history->conversation(conversationId);
    return conversation ? conversation->accountId : -1;
}

PlaceholderValues CannedUse::placeholderValues(qint64 conversationId) const {
    PlaceholderValues values;
    values.locale = QLocale();
    values.now = QDateTime::currentDateTime();
    if (conversationId == 0)
        return values;
    const auto conversation = m_history->conversation(conversationId);
    if (!conversation)
        return values;
    values.visitorName = conversation->visitorName;
    values.visitorEmail = conversation->visitorEmail;
    values.conversationId = conversation->remoteId;
    // the name the visitor sees on the agent's messages; the login name only when unknown
    if (const auto account = m_history->account(conversation->accountId))
        values.agentName =
            !account->agentName.trimmed().isEmpty() ? account->agentName : account->username;
    return values;
}

CannedUse::Outcome CannedUse::use(qint64 replyId, qint64 conversationId, Mode mode) {
    Outcome outcome;
    const auto reply = m_library->reply(replyId);
    if (!reply)
        return outcome;
    outcome.title = reply->title;
    if (conversationId == 0) {
        outcome.message = tr("Open a conversation to use “%1”.").arg(reply->title);
        return outcome;
    }
    const qint64 accountId = accountOf(conversationId);
    if (reply->accountId != 0 && reply->accountId != accountId) {
        const auto account = m_history->account(reply->accountId);
        outcome.message =
            tr("“%1” belongs to %2, not to this conversation's account.")
                .arg(reply->title, account ? account->displayName : tr("another account"));
        return outcome;
    }
    const FilledReply filled = CannedTemplate::fill(reply->text, placeholderValues(conversationId));
    const bool send = mode == Mode::Send || (mode == Mode::Shortcut && reply->sendImmediately);
    if (send && filled.complete()) {
        if (m_replies->send(conversationId, filled.text)) {
            outcome.kind = Outcome::Kind::Sent;
            outcome.message = tr("Sent “%1”.").arg(reply->title);
        } else {
            outcome.message = m_replies->lastError();
        }
        return outcome;
    }
    outcome.kind = Outcome::Kind::Insert;
    outcome.filled = filled;
    if (!filled.complete()) {
        QStringList notes;
        for (const FilledReply::Flag& flag : filled.flags)
            notes << QStringLiteral("%1 (%2)").arg(flag.placeholder, flag.reason);
        outcome.message =
            send ? tr("“%1” was inserted, not sent: %2.")
                       .arg(reply->title, notes.join(QStringLiteral(", ")))
                 : tr("Check before sending: %1.").arg(notes.join(QStringLiteral(", ")));
    }
    return outcome;
}

} // namespace agentdesk
