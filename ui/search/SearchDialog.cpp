#include "ui/search/SearchDialog.h"
#include "ui/search/SearchResultDelegate.h"
#include "ui/search/SearchResultsModel.h"

#include <QCheckBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTimer>
#include <QVBoxLayout>

namespace agentdesk {
namespace ui {

SearchDialog::SearchDialog(History* history, QWidget* parent)
    : QDialog(parent)
    , m_model(new SearchResultsModel(history, this))
    , m_field(new QLineEdit(this))
    , m_onlyHere(new QCheckBox(tr("Only in this &conversation"), this))
    , m_results(new QListView(this))
    , m_status(new QLabel(this))
    , m_debounce(new QTimer(this)) {
    setWindowTitle(tr("Search history"));
    setAccessibleName(tr("Search history"));

    m_field->setPlaceholderText(tr("Search messages…"));
    m_field->setAccessibleName(tr("Search text"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);

    m_onlyHere->setAccessibleName(tr("Search only in this conversation"));
    m_onlyHere->setVisible(false);

    m_results->setModel(m_model);
    m_results->setItemDelegate(new SearchResultDelegate(m_results));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setUniformItemSizes(true);
    m_results->setWordWrap(true);

    m_status->setAccessibleName(tr("Search status"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_field);
    layout->addWidget(m_onlyHere);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);
    setTabOrder(m_field, m_onlyHere);
    setTabOrder(m_onlyHere, m_results);
    resize(560, 420);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(120);
    connect(m_debounce, &QTimer::timeout, this, &SearchDialog::runSearch);
    connect(m_field, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        runSearch(); // Enter right after typing uses what was typed, not the previous search
        const QModelIndex current = m_results->currentIndex();
        openRow(current.isValid() ? current.row() : 0);
    });
    connect(m_onlyHere, &QCheckBox::toggled, this, [this](bool only) {
        m_model->setScope(only ? m_conversationId : 0);
        updateStatus();
    });
    connect(m_results, &QListView::activated, this,
            [this](const QModelIndex& index) { openRow(index.row()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0)
            m_results->setCurrentIndex(m_model->index(0, 0));
        updateStatus();
    });
    updateStatus();
}

void SearchDialog::setScope(qint64 conversationId) {
    m_conversationId = conversationId;
    m_onlyHere->setVisible(conversationId != 0);
    const QSignalBlocker blocker(m_onlyHere);
    m_onlyHere->setChecked(conversationId != 0);
    m_model->setScope(conversationId);
    setWindowTitle(conversationId ? tr("Search this conversation") : tr("Search all history"));
    updateStatus();
}

qint64 SearchDialog::scope() const {
    return m_model->scope();
}

void SearchDialog::restart() {
    m_field->clear();
    runSearch();
    m_field->setFocus(Qt::OtherFocusReason);
}

void SearchDialog::runSearch() {
    m_debounce->stop();
    m_model->setQuery(m_field->text());
}

void SearchDialog::openRow(int row) {
    if (row < 0 || row >= m_model->rowCount())
        return;
    const SearchHit hit = m_model->hit(row);
    emit messageChosen(hit.conversationId, hit.messageId);
    accept();
}

void SearchDialog::updateStatus() {
    const int count = m_model->rowCount();
    if (m_model->query().trimmed().isEmpty())
        m_status->setText(scope() ? tr("Type to search this conversation.")
                                  : tr("Type to search all conversations."));
    else if (count == 0)
        m_status->setText(tr("No messages match."));
    else
        m_status->setText(tr("%Ln message(s) match. Enter opens the selected one.", "", count));
}

bool SearchDialog::eventFilter(QObject* watched, QEvent* event) {
    // Up and Down in the field move through the hits, so the hands never leave the keys.
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown ||
            key == Qt::Key_PageUp) {
            runSearch();
            const int count = m_model->rowCount();
            if (count == 0)
                return true;
            const int step = key == Qt::Key_Down       ? 1
                             : key == Qt::Key_Up       ? -1
                             : key == Qt::Key_PageDown ? 5
                                                       : -5;
            const int row = qBound(0, m_results->currentIndex().row() + step, count - 1);
            m_results->setCurrentIndex(m_model->index(row, 0));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace ui
} // namespace agentdesk
