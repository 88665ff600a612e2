#pragma once

#include "store/Types.h"
#include "ui/conversation/MessageActions.h"
#include "ui/conversation/ReplyTarget.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace agentdesk {
class Desk;
class History;
class Outbox;
class Replies;
} // namespace agentdesk

namespace agentdesk {
namespace ui {

class Composer;
class MessageModel;
class MessageView;

//! The right side of the desk: who the visitor is, the messages, and the reply composer.
//!
//! Sending goes through the core's Replies (which refuses a closed conversation, splits `---`
//! parts and queues in the Outbox); the message appears at once because the History announces
//! the insert (local echo), and its delivery state follows. Retry, Edit and Discard of a failed
//! reply go to the Outbox.
class ConversationPane : public QWidget, public ReplyTarget {
    Q_OBJECT
public:
    explicit ConversationPane(agentdesk::Desk& desk, QWidget* parent = nullptr);
    //! Stops following the History before the children go: the composer saves its draft as it
    //! is destroyed, and the History's announcement of it must not reach a half-destroyed pane.
    ~ConversationPane() override;

    void setConversation(qint64 conversationId);
    qint64 conversationId() const override { return m_conversationId; }

    // ReplyTarget
    Composer* replyBox() const override { return m_composer; }
    //! The window's message actions, for the message view (MessageView::setMessageActions).
    void setMessageActions(const MessageActions& actions);
    void insertFilledReply(const agentdesk::FilledReply& filled) override;
    void focusReply() override;
    void showSent() override;

    MessageView* messageView() const { return m_view; }
    MessageModel* messageModel() const { return m_model; }
    Composer* composer() const { return m_composer; }
    QPushButton* sendButton() const { return m_send; }
    //! The line above the composer saying why no reply can be written (hidden when one can).
    QLabel* closedNotice() const { return m_closedNotice; }

    //! Queues what the composer holds; false (and a status message) when it could not.
    bool sendReply();
    //! Queues `text` for the open conversation without touching the composer. A text with
    //! `---` lines between parts goes out as one batch. False (and a status message) when not.
    bool sendText(const QString& text);

signals:
    //! A short sentence for the status bar.
    void statusMessage(const QString& text);

private:
    void updateHeader();
    //! Enables the composer for an open conversation, or says why it cannot take a reply.
    void updateReplyState(const std::optional<agentdesk::Conversation>& conversation);
    void queueReply(const QString& text);
    void editReply(qint64 messageId);
    void discardReply(qint64 messageId);

    agentdesk::History* m_history;
    agentdesk::Outbox* m_outbox;
    agentdesk::Replies* m_replies;
    qint64 m_conversationId = 0;
    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_subtitle;
    MessageModel* m_model;
    MessageView* m_view;
    Composer* m_composer;
    QPushButton* m_send;
    QLabel* m_closedNotice;
    QWidget* m_empty;
    QMetaObject::Connection m_conversationChanges;
};

} // namespace ui
} // namespace agentdesk
