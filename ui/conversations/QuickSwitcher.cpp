#include "ui/conversations/QuickSwitcher.h"
#include "store/History.h"
#include "ui/text/SafeText.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace agentdesk {
namespace ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

bool startsWord(const QString& text, qsizetype at) {
    return at == 0 || !text.at(at - 1).isLetterOrNumber();
}

} // namespace

QuickSwitcher::QuickSwitcher(History* history, QWidget* parent)
    : QDialog(parent)
    , m_history(history)
    , m_field(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_status(new QLabel(this)) {
    setWindowTitle(tr("Go to conversation"));
    setAccessibleName(tr("Quick switcher"));
    m_field->setPlaceholderText(tr("Type part of a visitor's name…"));
    m_field->setAccessibleName(tr("Conversation filter"));
    m_field->installEventFilter(this);
    m_list->setAccessibleName(tr("Matching conversations"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_status->setAccessibleName(tr("Quick switcher status"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_field);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    setTabOrder(m_field, m_list);
    resize(420, 320);

    connect(m_field, &QLineEdit::textChanged, this, &QuickSwitcher::applyFilter);
    connect(m_field, &QLineEdit::returnPressed, this, &QuickSwitcher::openCurrent);
    connect(m_list, &QListWidget::itemActivated, this, &QuickSwitcher::openCurrent);
    reload();
}

void QuickSwitcher::popup() {
    reload();
    m_field->clear();
    applyFilter();
    show();
    raise();
    activateWindow();
    m_field->setFocus(Qt::PopupFocusReason);
}

void QuickSwitcher::reload() {
    m_candidates.clear();
    if (!m_history)
        return;
    const QList<Conversation> conversations = m_history->conversations();
    for (const Conversation& c : conversations) {
        Candidate candidate;
        candidate.id = c.id;
        candidate.visitorName = c.visitorName;
        candidate.title = c.title;
        const QString name = c.visitorName.isEmpty() ? tr("Unknown visitor") : c.visitorName;
        candidate.label = SafeText::showBidiControls(
            c.title.isEmpty() || c.title == c.visitorName
                ? tr("%1 (%2)").arg(name, backendDisplayName(c.backend))
                : tr("%1 — %2 (%3)").arg(name, c.title, backendDisplayName(c.backend)));
        if (c.unreadCount > 0)
            candidate.label += tr(" · %Ln unread", "", c.unreadCount);
        m_candidates.append(candidate);
    }
    applyFilter();
}

int QuickSwitcher::matchScore(const QString& pattern, const QString& text) {
    const QString p = pattern.simplified().toCaseFolded();
    if (p.isEmpty())
        return 0;
    const QString t = text.toCaseFolded();
    if (t.isEmpty())
        return -1;
    if (t.startsWith(p))
        return 1000;
    for (qsizetype at = t.indexOf(p); at >= 0; at = t.indexOf(p, at + 1)) {
        if (startsWord(t, at))
            return 800 - int(qMin<qsizetype>(at, 100));
    }
    if (const qsizetype at = t.indexOf(p); at >= 0)
        return 600 - int(qMin<qsizetype>(at, 100));
    // Letters in order, ignoring spaces in the pattern: "jsm" or "j smi" finds "John Smith".
    qsizetype from = 0;
    qsizetype first = -1;
    for (QChar c : p) {
        if (c.isSpace())
            continue;
        const qsizetype at = t.indexOf(c, from);
        if (at < 0)
            return -1;
        if (first < 0)
            first = at;
        from = at + 1;
    }
    const qsizetype span = from - first;
    return 300 - int(qMin<qsizetype>(span - p.size(), 200));
}

void QuickSwitcher::applyFilter() {
    const QString pattern = m_field->text();
    struct Ranked {
        int score;
        int order;
    };
    QList<Ranked> ranked;
    for (int i = 0; i < m_candidates.size(); ++i) {
        const Candidate& c = m_candidates.at(i);
        const int byName = matchScore(pattern, c.visitorName);
        const int score = std::max(byName < 0 ? -1 : byName + 50, matchScore(pattern, c.title));
        if (score >= 0)
            ranked.append({score, i});
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const Ranked& a, const Ranked& b) { return a.score > b.score; });
    m_list->clear();
    for (const Ranked& r : ranked) {
        auto* item = new QListWidgetItem(m_candidates.at(r.order).label, m_list);
        item->setData(kIdRole, m_candidates.at(r.order).id);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    if (m_candidates.isEmpty())
        m_status->setText(tr("No conversations yet."));
    else if (m_list->count() == 0)
        m_status->setText(tr("No conversation matches."));
    else
        m_status->setText(tr("Enter opens the selected conversation; Escape closes."));
}

int QuickSwitcher::visibleCount() const {
    return m_list->count();
}

qint64 QuickSwitcher::conversationAt(int row) const {
    const QListWidgetItem* item = m_list->item(row);
    return item ? item->data(kIdRole).toLongLong() : 0;
}

void QuickSwitcher::openCurrent() {
    const QListWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(kIdRole).toLongLong();
    accept();
    emit conversationChosen(id);
}

bool QuickSwitcher::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && m_list->count() > 0) {
            const int row = qBound(0, m_list->currentRow() + (key == Qt::Key_Down ? 1 : -1),
                                   m_list->count() - 1);
            m_list->setCurrentRow(row);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace ui
} // namespace agentdesk
