#pragma once

#include "canned/CannedReply.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QCheckBox;
class QComboBox;
class QKeySequenceEdit;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTimer;
class QToolButton;

namespace agentdesk {
class Desk;
} // namespace agentdesk

namespace agentdesk {
namespace ui {

class CannedListModel;

//! The canned-reply editor: the list in the agent's order (New, Duplicate, Delete, Move up and
//! down), the selected reply's fields saved as they are typed, a live preview with sample
//! values, shortcut capture that refuses a key sequence the desk or another reply already uses
//! (and names it), JSON import and export, and "Sync from server" for Rocket.Chat accounts.
class CannedEditor : public QDialog {
    Q_OBJECT
public:
    //! The key sequences the desk already uses (portable text -> what for).
    using DeskShortcuts = std::function<QHash<QString, QString>()>;
    //! Uses the desk's canned library, history, and secrets and transport (Sync from server).
    CannedEditor(agentdesk::Desk& desk, DeskShortcuts deskShortcuts, QWidget* parent = nullptr);
    ~CannedEditor() override;

    void select(qint64 replyId);
    qint64 selectedId() const { return m_currentId; }

    //! The shortcut capture's check: empty when `sequence` is free for the selected reply,
    //! otherwise the sentence naming what already uses it.
    QString shortcutConflict(const QKeySequence& sequence) const;
    //! Applies a captured shortcut as if typed (false and the reason shown when refused).
    bool setShortcut(const QKeySequence& sequence);

    bool importFile(const QString& path);
    bool exportFile(const QString& path);
    void syncFromServer(qint64 accountId);

    // For tests and accessibility checks.
    QListView* list() const { return m_list; }
    QLineEdit* titleEdit() const { return m_title; }
    QLineEdit* triggerEdit() const { return m_trigger; }
    QPlainTextEdit* textEdit() const { return m_text; }
    QKeySequenceEdit* shortcutEdit() const { return m_shortcut; }
    QLabel* messageLabel() const { return m_message; }
    QTextBrowser* preview() const { return m_preview; }
    QCheckBox* sendImmediately() const { return m_sendNow; }
    QComboBox* scope() const { return m_scope; }

signals:
    //! An import, export or sync finished (its sentence is in messageLabel()).
    void operationFinished(bool ok);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void reload();
    void showReply(qint64 id);
    void saveNow();
    void scheduleSave();
    void updatePreview();
    void updateButtons();
    void showMessage(const QString& text, bool error);
    void addNew();
    void duplicateCurrent();
    void deleteCurrent();
    void moveCurrent(int delta);
    void chooseImport();
    void chooseExport();
    void fillScopes();

    agentdesk::Desk& m_desk;
    DeskShortcuts m_deskShortcuts;
    CannedListModel* m_model;
    QListView* m_list;
    QLineEdit* m_title;
    QLineEdit* m_trigger;
    QLineEdit* m_folder;
    QComboBox* m_scope;
    QKeySequenceEdit* m_shortcut;
    QToolButton* m_clearShortcut;
    QCheckBox* m_sendNow;
    QPlainTextEdit* m_text;
    QTextBrowser* m_preview;
    QLabel* m_message;
    QPushButton* m_new;
    QPushButton* m_duplicate;
    QPushButton* m_delete;
    QPushButton* m_up;
    QPushButton* m_down;
    QPushButton* m_sync;
    QTimer* m_saveTimer;
    qint64 m_currentId = 0;
    QKeySequence m_acceptedShortcut;
    bool m_loading = false;
};

} // namespace ui
} // namespace agentdesk
