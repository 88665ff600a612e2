#pragma once

#include <QDialog>
#include <QKeySequence>

class QTableWidget;

namespace agentdesk {
namespace ui {

//! Help > Keyboard Shortcuts: every action of the menus with its shortcut, then the canned
//! replies' own keys, in one table.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    struct Row {
        QString what;             //!< "Send Reply", a canned reply's title
        QList<QKeySequence> keys; //!< none: shown as a dash
        QString where;            //!< the menu, or "Canned replies"
    };
    explicit ShortcutsDialog(const QList<Row>& rows, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table;
};

} // namespace ui
} // namespace agentdesk
