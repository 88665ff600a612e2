#include "ui/conversation/Composer.h"

#include "desk/DeskSettings.h"
#include "store/History.h"

#include <QKeyEvent>
#include <QRegularExpression>
#include <QTextDocument>
#include <QTimer>

namespace agentdesk {
namespace ui {

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
        m_sendHeld = false;
        pruneFlags();
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
    setEnterSends(agentdesk::DeskSettings::enterSends());
}

void Composer::setEnterSends(bool enterSends) {
    m_enterSends = enterSends;
    updateState();
}

void Composer::setBlockedReason(const QString& reason) {
    m_blockedReason = reason;
    updateState();
}

void Composer::updateState() {
    if (!m_blockedReason.isEmpty())
        setPlaceholderText(m_blockedReason);
    else if (m_enterSends)
        setPlaceholderText(
            tr("Write a reply… (Enter sends, Shift+Enter new line, / canned replies)"));
    else
        setPlaceholderText(
            tr("Write a reply… (Shift+Enter sends, Enter new line, / canned replies)"));
    setAccessibleDescription(placeholderText());
    setEnabled(acceptsReply());
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
    m_flags.clear();
    setExtraSelections({});
    setPlainText(draft);
    moveCursor(QTextCursor::End);
    m_loading = false;
    m_savedDraft = draft;
    updateState();
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

void Composer::insertFilledReply(const agentdesk::FilledReply& reply) {
    if (m_conversationId == 0)
        return;
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    cursor.removeSelectedText();
    const int start = cursor.position();
    cursor.insertText(reply.text);
    cursor.endEditBlock();
    for (const agentdesk::FilledReply::Flag& flag : reply.flags) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(start + flag.start);
        selection.cursor.setPosition(start + flag.start + flag.length, QTextCursor::KeepAnchor);
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(QColor(0xd9, 0x30, 0x25));
        selection.format.setBackground(QColor(0xd9, 0x30, 0x25, 40));
        selection.format.setToolTip(flag.reason);
        m_flags.append(selection);
    }
    pruneFlags();
    if (reply.cursor >= 0)
        cursor.setPosition(start + reply.cursor);
    setTextCursor(cursor);
    setFocus(Qt::OtherFocusReason);
}

void Composer::pruneFlags() {
    // A flag lives while its placeholder is still there as written.
    static const QRegularExpression placeholder(QStringLiteral("^\\{[A-Za-z0-9_.]+\\}$"));
    const qsizetype before = m_flags.size();
    m_flags.removeIf([](const QTextEdit::ExtraSelection& selection) {
        return !selection.cursor.hasSelection() ||
               !placeholder.match(selection.cursor.selectedText()).hasMatch();
    });
    if (before != m_flags.size() || extraSelections().size() != m_flags.size())
        setExtraSelections(m_flags);
}

QStringList Composer::flaggedPlaceholders() const {
    QStringList list;
    for (const QTextEdit::ExtraSelection& selection : m_flags)
        list << selection.cursor.selectedText();
    return list;
}

void Composer::requestSend() {
    const QString text = toPlainText();
    if (text.trimmed().isEmpty() || !acceptsReply())
        return;
    const QStringList flagged = flaggedPlaceholders();
    if (!flagged.isEmpty() && !m_sendHeld) {
        m_sendHeld = true;
        emit sendHeldForPlaceholders(flagged);
        return;
    }
    m_sendHeld = false;
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

} // namespace ui
} // namespace agentdesk
