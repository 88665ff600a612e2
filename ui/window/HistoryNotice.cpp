#include "ui/window/HistoryNotice.h"

#include "store/History.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

namespace agentdesk {
namespace ui {

HistoryNotice::HistoryNotice(History* history, QWidget* parent)
    : QFrame(parent)
    , m_history(history)
    , m_label(new QLabel(this))
    , m_detailsButton(new QPushButton(tr("Details..."), this)) {
    setObjectName(QStringLiteral("historyNotice"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette colors = palette();
    colors.setColor(QPalette::Window, QColor(0xfff4ce));
    colors.setColor(QPalette::WindowText, QColor(0x3b2f00));
    setPalette(colors);
    setAccessibleName(tr("History notice"));

    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* dismissButton = new QPushButton(tr("Dismiss"), this);
    dismissButton->setObjectName(QStringLiteral("historyNoticeDismiss"));
    m_detailsButton->setObjectName(QStringLiteral("historyNoticeDetails"));
    auto* row = new QHBoxLayout(this);
    row->addWidget(m_label, 1);
    row->addWidget(m_detailsButton);
    row->addWidget(dismissButton);
    connect(dismissButton, &QPushButton::clicked, this, &HistoryNotice::dismiss);
    connect(m_detailsButton, &QPushButton::clicked, this, &HistoryNotice::showDetails);

    const auto report = history ? history->unseenSalvageReport() : std::nullopt;
    if (report) {
        m_reportShown = true;
        m_label->setText(report->summary());
        m_details = report->text();
    }
    m_detailsButton->setVisible(!m_details.isEmpty());
    setVisible(report.has_value());
}

void HistoryNotice::showDamageFound(const QString& problem) {
    if (problem.isEmpty())
        return;
    m_reportShown = false;
    m_label->setText(tr("The history file is damaged (%1). Quit and start AgentDesk again soon: "
                        "it then keeps the damaged file aside and copies everything still "
                        "readable into a new one, unsent replies first.")
                         .arg(problem));
    m_details.clear();
    m_detailsButton->hide();
    show();
}

QString HistoryNotice::text() const {
    return m_label->text();
}

void HistoryNotice::showDetails() {
    QMessageBox box(QMessageBox::Warning, tr("History salvaged"), m_details, QMessageBox::Ok, this);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
}

void HistoryNotice::dismiss() {
    // the report was read: it is not shown again, by this desk or the next
    if (m_reportShown && m_history)
        m_history->markSalvageReportSeen();
    m_reportShown = false;
    hide();
}

} // namespace ui
} // namespace agentdesk
