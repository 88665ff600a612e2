#pragma once

#include "store/Types.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace agentdesk {
class AiAssistant;
class History;
} // namespace agentdesk

namespace agentdesk {
namespace ui {

class SafeTextBrowser;

//! The AI colleague beside the conversation: ask LiveChatAI a free question or a suggested reply
//! to the visitor's last message, read the answer (markdown, rendered safely: nothing is ever
//! fetched) with its sources, and put it into the composer to edit.
class AiPanel : public QWidget {
    Q_OBJECT
public:
    AiPanel(agentdesk::History* history, agentdesk::AiAssistant* assistant,
            QWidget* parent = nullptr);

    //! Shows the exchanges of that conversation (0: questions outside any conversation).
    void setConversation(qint64 conversationId);
    qint64 conversation() const { return m_conversationId; }

    //! The exchange on display (id 0 when none).
    agentdesk::AiExchange currentExchange() const;
    //! Focuses the question field (for the panel's shortcut).
    void focusQuestion();

signals:
    //! The agent wants the shown answer in the composer, to edit before sending: as plain
    //! text (MarkdownPlainText), since the visitor does not see rendered markdown.
    void insertIntoReply(const QString& answer);

private:
    void ask();
    void suggest();
    void showExchange(int row);
    void onAnswered(const agentdesk::AiExchange& exchange);
    void onFailed(qint64 conversationId, const QString& message);
    void openSource(const QString& link);
    void updateButtons();
    void setStatus(const QString& text);

    agentdesk::History* m_history;
    agentdesk::AiAssistant* m_assistant;
    qint64 m_conversationId = 0;
    QList<agentdesk::AiExchange> m_exchanges;
    int m_shown = -1;

    QLineEdit* m_question;
    QPushButton* m_ask;
    QPushButton* m_suggest;
    QListWidget* m_historyList;
    SafeTextBrowser* m_answer;
    QListWidget* m_links;
    QPushButton* m_insert;
    QLabel* m_status;
};

} // namespace ui
} // namespace agentdesk
