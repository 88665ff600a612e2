#pragma once

#include "ui/accounts/AccountEditor.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace agentdesk {
class Accounts;
class CredentialStore;
class Transport;
} // namespace agentdesk

namespace agentdesk {
namespace ui {

//! The agent's backend accounts: add, edit, remove, and where their tokens are kept.
//!
//! Where the tokens go is said plainly at the top; when there is no system keychain the agent
//! may explicitly opt into a private file (readable only by them) instead of re-typing tokens
//! every session.
class AccountsDialog : public QDialog {
    Q_OBJECT
public:
    //! Accounts are added, changed and removed through `accounts`, with their tokens;
    //! `credentials` says where tokens are kept and holds the opt-in file.
    AccountsDialog(agentdesk::Accounts* accounts, agentdesk::CredentialStore* credentials,
                   agentdesk::Transport* transport, QWidget* parent = nullptr);

    //! The editor currently open (add or edit), for the desk's tests and shortcuts.
    AccountEditor* editor() const { return m_editor; }
    int accountCount() const;

    void addAccount();
    void editAccount();
    void removeAccount();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void reload();
    void updateStorage();
    void openEditor(qint64 accountId);
    void save(AccountEditor* editor);
    void setStatus(const QString& text);
    qint64 currentAccountId() const;

    agentdesk::Accounts* m_accounts;
    agentdesk::CredentialStore* m_credentials;
    agentdesk::Transport* m_transport;
    QPointer<AccountEditor> m_editor;

    QLabel* m_storage;
    QCheckBox* m_fileOptIn;
    QListWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_close;
    QLabel* m_status;
};

} // namespace ui
} // namespace agentdesk
