#pragma once

#include "canned/CannedTemplate.h"

#include <QPlainTextEdit>

class QTimer;

namespace agentdesk {
class History;
}

namespace agentdesk {
namespace ui {

//! Where the agent types a reply: multi-line, Enter sends and Shift+Enter starts a new line
//! (the setting "composer/enterSends" = false swaps them; Ctrl+Enter always sends).
//!
//! Each conversation keeps its own draft in the History, saved shortly after typing stops, when
//! switching conversations and on quit, so nothing typed is lost across restarts. Sending only
//! emits sendRequested: the window queues the text in the outbox and clears the composer.
class Composer : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit Composer(agentdesk::History* history, QWidget* parent = nullptr);
    ~Composer() override;

    //! Saves the current draft, then shows the draft of `conversationId` (0: disabled).
    void setConversation(qint64 conversationId);
    qint64 conversationId() const { return m_conversationId; }

    //! Why no reply can be written here (a closed conversation), shown where the agent types;
    //! empty: replies can be written. The draft is kept either way.
    void setBlockedReason(const QString& reason);
    QString blockedReason() const { return m_blockedReason; }
    //! True when a reply can be typed: a conversation is open here and nothing blocks it.
    bool acceptsReply() const { return m_conversationId != 0 && m_blockedReason.isEmpty(); }

    //! Writes the draft now (on quit, before switching).
    void saveDraft();
    //! Empties the composer and its stored draft (after the reply was queued).
    void clearAfterSend();

    //! Puts text at the cursor (replacing a selection): AI answers, canned replies.
    void insertReplyText(const QString& text);
    //! Puts a filled canned reply at the cursor, moves the cursor to its `{cursor}` and marks
    //! the placeholders it left (unknown, or without a value) until they are edited away.
    void insertFilledReply(const agentdesk::FilledReply& reply);
    //! The flagged placeholders still in the text ("{order.number}", ...).
    QStringList flaggedPlaceholders() const;

    //! Sends like Enter does (held once while flagged placeholders remain).
    void send() { requestSend(); }

    bool enterSends() const { return m_enterSends; }
    void setEnterSends(bool enterSends);
    //! Reads DeskSettings::enterSends() again.
    void reloadSettings();

    void setDraftDelayMs(int ms);

signals:
    void sendRequested(const QString& text);
    //! Enter was pressed while flagged placeholders remain: nothing was sent; pressing it again
    //! sends the text as it is.
    void sendHeldForPlaceholders(const QStringList& placeholders);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void requestSend();
    void fitHeight();
    void pruneFlags();
    void updateState();

    agentdesk::History* m_history;
    qint64 m_conversationId = 0;
    QString m_blockedReason;
    bool m_enterSends = true;
    bool m_loading = false;
    QString m_savedDraft;
    QTimer* m_draftTimer;
    QList<QTextEdit::ExtraSelection> m_flags;
    bool m_sendHeld = false;
};

} // namespace ui
} // namespace agentdesk
