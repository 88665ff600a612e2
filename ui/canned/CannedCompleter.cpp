#include "ui/canned/CannedCompleter.h"

#include "canned/CannedMatcher.h"
#include "ui/canned/CannedDelegate.h"
#include "ui/canned/CannedListModel.h"
#include "ui/conversation/Composer.h"

#include <QKeyEvent>
#include <QListView>
#include <QTextBlock>

namespace agentdesk {
namespace ui {

namespace {

constexpr int kMaxQueryLength = 40;
constexpr int kVisibleRows = 6;

} // namespace

CannedCompleter::CannedCompleter(Composer* composer, Source source, QObject* parent)
    : QObject(parent)
    , m_composer(composer)
    , m_source(std::move(source))
    , m_model(new CannedListModel(this))
    , m_popup(new QListView(composer->window())) {
    m_popup->setObjectName(QStringLiteral("cannedPopup"));
    m_popup->setAccessibleName(tr("Canned replies"));
    m_popup->setModel(m_model);
    m_popup->setItemDelegate(new CannedDelegate(m_popup));
    m_popup->setFocusPolicy(Qt::NoFocus);
    m_popup->setUniformItemSizes(true);
    m_popup->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_popup->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_popup->setFrameShape(QFrame::StyledPanel);
    m_popup->hide();
    connect(m_popup, &QListView::clicked, this, [this](const QModelIndex& index) {
        m_popup->setCurrentIndex(index);
        accept();
    });
    m_composer->installEventFilter(this);
    connect(m_composer, &QPlainTextEdit::textChanged, this, &CannedCompleter::refresh);
    connect(m_composer, &QPlainTextEdit::cursorPositionChanged, this, &CannedCompleter::refresh);
}

bool CannedCompleter::isVisible() const {
    return m_popup->isVisible();
}

QList<CannedReply> CannedCompleter::matches() const {
    return isVisible() ? m_model->replies() : QList<CannedReply>();
}

void CannedCompleter::dismiss() {
    m_dismissedAt = m_slashPosition;
    hide();
}

void CannedCompleter::hide() {
    m_popup->hide();
}

void CannedCompleter::refresh() {
    if (m_accepting)
        return;
    const QTextCursor cursor = m_composer->textCursor();
    if (cursor.hasSelection() || !m_composer->hasFocus() || m_composer->conversationId() == 0)
        return hide();
    const QString before = cursor.block().text().left(cursor.positionInBlock());
    const qsizetype slash = before.lastIndexOf(QLatin1Char('/'));
    if (slash < 0 || (slash > 0 && !before.at(slash - 1).isSpace()))
        return hide();
    const QString query = before.mid(slash + 1);
    if (query.size() > kMaxQueryLength || query.startsWith(QLatin1Char(' ')))
        return hide();
    const int position = cursor.block().position() + int(slash);
    if (position != m_slashPosition)
        m_dismissedAt = m_dismissedAt == position ? m_dismissedAt : -1;
    m_slashPosition = position;
    if (m_dismissedAt == position)
        return hide();
    QList<CannedReply> ranked;
    for (const CannedMatch& match : CannedMatcher::rank(query, m_source()))
        ranked.append(match.reply);
    if (ranked.isEmpty())
        return hide();
    m_model->setReplies(ranked);
    m_popup->setCurrentIndex(m_model->index(0));
    place();
    m_popup->show();
    m_popup->raise();
}

void CannedCompleter::place() {
    QWidget* window = m_popup->parentWidget();
    const QRect cursorRect = m_composer->cursorRect();
    const QPoint below =
        m_composer->viewport()->mapTo(window, cursorRect.bottomLeft() + QPoint(0, 2));
    const QPoint above = m_composer->viewport()->mapTo(window, cursorRect.topLeft());
    const int rowHeight = m_popup->sizeHintForRow(0) > 0 ? m_popup->sizeHintForRow(0) : 40;
    const int rows = std::min<int>(kVisibleRows, m_model->rowCount());
    const int height = rows * rowHeight + 2 * m_popup->frameWidth();
    const int width = std::min(420, window->width() - 16);
    int x = std::clamp(below.x(), 8, std::max(8, window->width() - width - 8));
    // Above the line when there is no room below (the composer sits at the bottom).
    int y = below.y() + height <= window->height() ? below.y() : above.y() - height - 2;
    y = std::max(0, y);
    m_popup->setGeometry(x, y, width, height);
}

void CannedCompleter::accept() {
    const QModelIndex current = m_popup->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = current.data(CannedListModel::IdRole).toLongLong();
    hide();
    m_accepting = true;
    QTextCursor cursor = m_composer->textCursor();
    cursor.setPosition(m_slashPosition);
    cursor.setPosition(m_composer->textCursor().position(), QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    m_composer->setTextCursor(cursor);
    m_accepting = false;
    m_slashPosition = -1;
    emit chosen(id);
}

bool CannedCompleter::eventFilter(QObject* watched, QEvent* event) {
    if (watched != m_composer)
        return QObject::eventFilter(watched, event);
    if (event->type() == QEvent::FocusOut) {
        hide();
    } else if (isVisible() &&
               (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
        auto* key = static_cast<QKeyEvent*>(event);
        const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
        const bool plain = mods == Qt::NoModifier;
        const int k = key->key();
        const bool ours = plain && (k == Qt::Key_Up || k == Qt::Key_Down || k == Qt::Key_Return ||
                                    k == Qt::Key_Enter || k == Qt::Key_Tab || k == Qt::Key_Escape ||
                                    k == Qt::Key_PageUp || k == Qt::Key_PageDown);
        if (!ours)
            return false;
        if (event->type() == QEvent::ShortcutOverride) {
            event->accept(); // the popup's keys are not window shortcuts now
            return true;
        }
        const int rows = m_model->rowCount();
        const int row = m_popup->currentIndex().row();
        switch (k) {
        case Qt::Key_Up:
        case Qt::Key_PageUp:
            m_popup->setCurrentIndex(m_model->index((row - 1 + rows) % rows));
            break;
        case Qt::Key_Down:
        case Qt::Key_PageDown:
            m_popup->setCurrentIndex(m_model->index((row + 1) % rows));
            break;
        case Qt::Key_Escape:
            dismiss();
            break;
        default:
            accept();
            break;
        }
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ui
} // namespace agentdesk
