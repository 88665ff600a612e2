#include "Composer.h"

#include "store/History.h"

#include <QKeyEvent>
#include <QSettings>
#include <QTextDocument>
#include <QTimer>

Composer::Composer(agentdesk::History* history, QWidget* parent)
    : QPlainTextEdit(parent)
    , m_history(history)
    , m_draftTimer(new QTimer(this)) {
    setAccessibleName(tr("Reply"));
    setTabChangesFocus(true);
    setFrameShape(QFrame::NoFrame);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(800);
    connect(m_draftTimer, &QTimer::timeout, this, &Composer::saveDraft);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            m_draftTimer->start();
    });
    // Grows with its text from three lines to eight, then scrolls.
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(document(), &QTextDocument::contentsChanged, this, &Composer::fitHeight);
    reloadSettings();
    setConversation(0);
    fitHeight();
}

void Composer::fitHeight() {
    const int lines = std::clamp(int(document()->size().height()), 3, 8);
    const int margins = int(2 * document()->documentMargin()) + 2 * frameWidth() +
                        contentsMargins().top() + contentsMargins().bottom();
    setFixedHeight(lines * fontMetrics().lineSpacing() + margins);
}

Composer::~Composer() {
    saveDraft();
}

void Composer::reloadSettings() {
    setEnterSends(QSettings().value(QStringLiteral("composer/enterSends"), true).toBool());
}

void Composer::setEnterSends(bool enterSends) {
    m_enterSends = enterSends;
    setPlaceholderText(enterSends ? tr("Write a reply… (Enter sends, Shift+Enter new line)")
                                  : tr("Write a reply… (Shift+Enter sends, Enter new line)"));
    setAccessibleDescription(placeholderText());
}

void Composer::setDraftDelayMs(int ms) {
    m_draftTimer->setInterval(ms);
}

void Composer::setConversation(qint64 conversationId) {
    saveDraft();
    m_conversationId = conversationId;
    QString draft;
    if (conversationId != 0 && m_history && m_history->isOpen()) {
        if (const auto conversation = m_history->conversation(conversationId))
            draft = conversation->draft;
    }
    m_loading = true;
    setPlainText(draft);
    moveCursor(QTextCursor::End);
    m_loading = false;
    m_savedDraft = draft;
    setEnabled(conversationId != 0);
}

void Composer::saveDraft() {
    m_draftTimer->stop();
    if (m_conversationId == 0 || !m_history || !m_history->isOpen())
        return;
    const QString text = toPlainText();
    if (text == m_savedDraft)
        return;
    if (m_history->setDraft(m_conversationId, text))
        m_savedDraft = text;
}

void Composer::clearAfterSend() {
    m_loading = true;
    clear();
    m_loading = false;
    saveDraft();
}

void Composer::insertReplyText(const QString& text) {
    if (m_conversationId == 0)
        return;
    insertPlainText(text);
    setFocus(Qt::OtherFocusReason);
}

void Composer::requestSend() {
    const QString text = toPlainText();
    if (text.trimmed().isEmpty() || m_conversationId == 0)
        return;
    emit sendRequested(text);
}

void Composer::keyPressEvent(QKeyEvent* event) {
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter) {
        const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
        const bool shift = mods == Qt::ShiftModifier;
        const bool plain = mods == Qt::NoModifier;
        const bool ctrl = mods == Qt::ControlModifier;
        if (ctrl || (m_enterSends && plain) || (!m_enterSends && shift)) {
            requestSend();
            event->accept();
            return;
        }
        if (shift || plain) {
            insertPlainText(QStringLiteral("\n"));
            event->accept();
            return;
        }
    }
    QPlainTextEdit::keyPressEvent(event);
}
