#include "ui/canned/CannedPalette.h"

#include "canned/CannedMatcher.h"
#include "ui/canned/CannedDelegate.h"
#include "ui/canned/CannedListModel.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace agentdesk {
namespace ui {

CannedPalette::CannedPalette(const QList<CannedReply>& replies, Filler filler, QWidget* parent)
    : QDialog(parent)
    , m_replies(replies)
    , m_filler(std::move(filler))
    , m_filter(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_model(new CannedListModel(this))
    , m_preview(new QTextBrowser(this))
    , m_hint(new QLabel(this)) {
    setObjectName(QStringLiteral("cannedPalette"));
    setWindowTitle(tr("Insert Canned Reply"));
    resize(720, 420);
    m_filter->setObjectName(QStringLiteral("cannedFilter"));
    m_filter->setPlaceholderText(tr("Filter by title or trigger word…"));
    m_filter->setAccessibleName(tr("Filter canned replies"));
    m_filter->setClearButtonEnabled(true);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new CannedDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAccessibleName(tr("Canned replies"));
    m_list->setFocusPolicy(Qt::NoFocus);
    m_preview->setObjectName(QStringLiteral("cannedPreview"));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setOpenLinks(false);
    m_preview->setFocusPolicy(Qt::NoFocus);
    m_hint->setText(tr("Enter inserts · Ctrl+Enter sends now · Esc closes"));
    m_hint->setEnabled(false);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_hint);

    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, &CannedPalette::applyFilter);
    connect(m_list, &QListView::doubleClicked, this, [this] { choose(false); });
    applyFilter();
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CannedPalette::updatePreview);
    updatePreview();
}

QList<CannedReply> CannedPalette::shown() const {
    return m_model->replies();
}

void CannedPalette::applyFilter() {
    QList<CannedReply> ranked;
    for (const CannedMatch& match : CannedMatcher::rank(m_filter->text(), m_replies))
        ranked.append(match.reply);
    m_model->setReplies(ranked);
    if (!ranked.isEmpty())
        m_list->setCurrentIndex(m_model->index(0));
    updatePreview();
}

void CannedPalette::updatePreview() {
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid()) {
        m_preview->setPlainText(m_replies.isEmpty()
                                    ? tr("No canned replies yet: add some in Canned Replies…")
                                    : tr("No canned reply matches “%1”.").arg(m_filter->text()));
        return;
    }
    const CannedReply reply = m_model->replyAt(current.row());
    const FilledReply filled = m_filler(reply.text);
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(reply.title.toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(cannedPreviewHtml(filled));
    html += cannedFlagsHtml(filled);
    if (reply.sendImmediately)
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("Its shortcut sends it at once.").toHtmlEscaped());
    m_preview->setHtml(html);
}

void CannedPalette::choose(bool send) {
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = current.data(CannedListModel::IdRole).toLongLong();
    accept();
    if (send)
        emit sendRequested(id);
    else
        emit insertRequested(id);
}

bool CannedPalette::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const int rows = m_model->rowCount();
        const int row = m_list->currentIndex().row();
        switch (key->key()) {
        case Qt::Key_Down:
            if (rows > 0)
                m_list->setCurrentIndex(m_model->index(std::min(row + 1, rows - 1)));
            return true;
        case Qt::Key_Up:
            if (rows > 0)
                m_list->setCurrentIndex(m_model->index(std::max(row - 1, 0)));
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            choose(key->modifiers() & Qt::ControlModifier);
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace ui
} // namespace agentdesk
