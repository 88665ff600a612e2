#pragma once

#include <QDialog>

class QAction;
class QTableWidget;

//! Help > Keyboard Shortcuts: every action of the menus with its shortcut, in one table.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    //! `actions` pairs each action with the menu it lives in.
    ShortcutsDialog(const QList<std::pair<QString, QAction*>>& actions, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table;
};
