#include "ui/window/ShortcutsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace agentdesk {
namespace ui {

ShortcutsDialog::ShortcutsDialog(const QList<Row>& rows, QWidget* parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this)) {
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut"), tr("Menu")});
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const Row& r = rows.at(row);
        const QString keys = r.keys.isEmpty()
                                 ? tr("—")
                                 : QKeySequence::listToString(r.keys, QKeySequence::NativeText);
        m_table->setItem(row, 0, new QTableWidgetItem(r.what));
        m_table->setItem(row, 1, new QTableWidgetItem(keys));
        m_table->setItem(row, 2, new QTableWidgetItem(r.where));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(560, 560);
}

} // namespace ui
} // namespace agentdesk
