#include "ui/ai/AiPanel.h"
#include "ai/AiAssistant.h"
#include "store/History.h"
#include "ui/text/MarkdownPlainText.h"
#include "ui/text/SafeText.h"
#include "ui/text/SafeTextBrowser.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace agentdesk {
namespace ui {

namespace {

constexpr int kLinkRole = Qt::UserRole + 1;

QString oneLine(const QString& text, int max = 80) {
    QString line = SafeText::showBidiControls(text.simplified());
    if (line.size() > max)
        line = line.left(max - 1) + QChar(0x2026);
    return line;
}

} // namespace

AiPanel::AiPanel(History* history, AiAssistant* assistant, QWidget* parent)
    : QWidget(parent)
    , m_history(history)
    , m_assistant(assistant)
    , m_question(new QLineEdit(this))
    , m_ask(new QPushButton(tr("&Ask"), this))
    , m_suggest(new QPushButton(tr("&Suggest a reply"), this))
    , m_historyList(new QListWidget(this))
    , m_answer(new SafeTextBrowser(this))
    , m_links(new QListWidget(this))
    , m_insert(new QPushButton(tr("&Insert into reply"), this))
    , m_status(new QLabel(this)) {
    setAccessibleName(tr("AI assistant"));

    auto* title = new QLabel(tr("AI assistant (LiveChatAI)"), this);
    title->setAccessibleName(tr("AI assistant"));
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_question->setPlaceholderText(tr("Ask the AI…"));
    m_question->setAccessibleName(tr("Question for the AI"));
    m_ask->setAccessibleName(tr("Ask the AI"));
    m_suggest->setAccessibleName(tr("Suggest a reply to the visitor's last message"));
    m_suggest->setToolTip(tr("Ask the AI how to answer the visitor's last message"));
    m_historyList->setAccessibleName(tr("AI questions in this conversation"));
    m_historyList->setMaximumHeight(fontMetrics().height() * 5);
    m_answer->setAccessibleName(tr("AI answer"));
    m_answer->setPlaceholderText(tr("The AI's answer appears here."));
    m_links->setAccessibleName(tr("Sources of the AI answer"));
    m_links->setMaximumHeight(fontMetrics().height() * 4);
    m_insert->setAccessibleName(tr("Insert the AI answer into the reply"));
    m_status->setAccessibleName(tr("AI status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto* askRow = new QHBoxLayout;
    askRow->addWidget(m_question, 1);
    askRow->addWidget(m_ask);
    auto* sourcesLabel = new QLabel(tr("Sources:"), this);
    sourcesLabel->setBuddy(m_links);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(askRow);
    layout->addWidget(m_suggest);
    layout->addWidget(m_historyList);
    layout->addWidget(m_answer, 1);
    layout->addWidget(sourcesLabel);
    layout->addWidget(m_links);
    layout->addWidget(m_insert);
    layout->addWidget(m_status);

    setTabOrder(m_question, m_ask);
    setTabOrder(m_ask, m_suggest);
    setTabOrder(m_suggest, m_historyList);
    setTabOrder(m_historyList, m_answer);
    setTabOrder(m_answer, m_links);
    setTabOrder(m_links, m_insert);

    connect(m_question, &QLineEdit::returnPressed, this, &AiPanel::ask);
    connect(m_question, &QLineEdit::textChanged, this, &AiPanel::updateButtons);
    connect(m_ask, &QPushButton::clicked, this, &AiPanel::ask);
    connect(m_suggest, &QPushButton::clicked, this, &AiPanel::suggest);
    connect(m_historyList, &QListWidget::currentRowChanged, this, &AiPanel::showExchange);
    connect(m_links, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { openSource(item->data(kLinkRole).toString()); });
    connect(m_answer, &SafeTextBrowser::linkRefused, this, [this](const QUrl& url) {
        setStatus(tr("Not opened: %1 (only http and https links open).")
                      .arg(SafeText::showBidiControls(url.toDisplayString())));
    });
    connect(m_insert, &QPushButton::clicked, this, [this] {
        const AiExchange exchange = currentExchange();
        // The visitor reads plain text: no markdown markers, links spelled out.
        if (!exchange.answer.isEmpty())
            emit insertIntoReply(MarkdownPlainText::fromMarkdown(exchange.answer));
    });
    if (m_assistant) {
        connect(m_assistant, &AiAssistant::answered, this, &AiPanel::onAnswered);
        connect(m_assistant, &AiAssistant::failed, this, &AiPanel::onFailed);
    }
    setConversation(0);
}

void AiPanel::setConversation(qint64 conversationId) {
    m_conversationId = conversationId;
    m_exchanges = m_history ? m_history->aiExchanges(conversationId) : QList<AiExchange>();
    const QSignalBlocker blocker(m_historyList);
    m_historyList->clear();
    for (const AiExchange& exchange : std::as_const(m_exchanges))
        m_historyList->addItem(oneLine(exchange.question));
    m_shown = -1;
    if (!m_exchanges.isEmpty()) {
        m_historyList->setCurrentRow(int(m_exchanges.size()) - 1);
        showExchange(int(m_exchanges.size()) - 1);
    } else {
        showExchange(-1);
    }
    if (m_assistant && !m_assistant->account())
        setStatus(tr("No LiveChatAI account: add one in Accounts to ask the AI."));
    else if (m_assistant && m_assistant->isBusy(conversationId))
        setStatus(tr("Waiting for the AI…"));
    else
        setStatus(QString());
    updateButtons();
}

AiExchange AiPanel::currentExchange() const {
    return m_shown >= 0 && m_shown < m_exchanges.size() ? m_exchanges.at(m_shown) : AiExchange();
}

void AiPanel::focusQuestion() {
    m_question->setFocus(Qt::ShortcutFocusReason);
    m_question->selectAll();
}

void AiPanel::ask() {
    const QString question = m_question->text().trimmed();
    if (question.isEmpty() || !m_assistant)
        return;
    m_assistant->ask(m_conversationId, question);
    m_question->clear();
    setStatus(tr("Waiting for the AI…"));
    updateButtons();
}

void AiPanel::suggest() {
    if (!m_assistant || m_conversationId <= 0)
        return;
    m_assistant->suggestReply(m_conversationId);
    setStatus(tr("Asking the AI for a reply to the visitor's last message…"));
    updateButtons();
}

void AiPanel::showExchange(int row) {
    m_shown = row >= 0 && row < m_exchanges.size() ? row : -1;
    m_links->clear();
    if (m_shown < 0) {
        m_answer->clear();
        updateButtons();
        return;
    }
    const AiExchange& exchange = m_exchanges.at(m_shown);
    m_answer->setHtml(SafeText::markdownToHtml(exchange.answer));
    for (const AiLink& link : exchange.links) {
        // The real target, as written, never a title that could pretend to be another.
        const QString shown = SafeText::showBidiControls(link.url);
        auto* item = new QListWidgetItem(
            link.type.isEmpty() ? shown : QStringLiteral("%1 (%2)").arg(shown, link.type.toLower()),
            m_links);
        item->setData(kLinkRole, link.url);
        item->setToolTip(shown);
    }
    updateButtons();
}

void AiPanel::openSource(const QString& link) {
    const QUrl url(link, QUrl::StrictMode);
    const QString shown = SafeText::showBidiControls(link);
    if (!SafeText::isOpenableUrl(url)) {
        setStatus(tr("Not opened: %1 (only http and https links open).").arg(shown));
        return;
    }
    if (SafeTextBrowser::openLink(url))
        setStatus(tr("Opened %1 in the browser.").arg(shown));
    else
        setStatus(tr("Could not open %1.").arg(shown));
}

void AiPanel::onAnswered(const AiExchange& exchange) {
    if (exchange.conversationId != m_conversationId) {
        updateButtons();
        return;
    }
    m_exchanges.append(exchange);
    {
        const QSignalBlocker blocker(m_historyList);
        m_historyList->addItem(oneLine(exchange.question));
        m_historyList->setCurrentRow(m_historyList->count() - 1);
    }
    showExchange(int(m_exchanges.size()) - 1);
    setStatus(m_assistant && m_assistant->isBusy(m_conversationId) ? tr("Waiting for the AI…")
                                                                   : QString());
}

void AiPanel::onFailed(qint64 conversationId, const QString& message) {
    if (conversationId == m_conversationId)
        setStatus(message);
    updateButtons();
}

void AiPanel::updateButtons() {
    const bool haveAssistant = m_assistant != nullptr;
    m_ask->setEnabled(haveAssistant && !m_question->text().trimmed().isEmpty());
    m_suggest->setEnabled(haveAssistant && m_conversationId > 0 &&
                          !m_assistant->isBusy(m_conversationId));
    m_insert->setEnabled(!currentExchange().answer.isEmpty());
}

void AiPanel::setStatus(const QString& text) {
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

} // namespace ui
} // namespace agentdesk
