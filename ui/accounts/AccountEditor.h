#pragma once

#include "store/Types.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace agentdesk {
class CredentialStore;
class Transport;
} // namespace agentdesk

namespace agentdesk {
namespace ui {

//! Adds or edits one backend account: server, ids, token, and a "Test connection" that calls
//! the server with exactly what is typed, before anything is saved.
//!
//! The fields follow the chosen service. Rocket.Chat signs the agent in, with a username and
//! password (`/api/v1/login`; the password is used once and never stored, the resulting auth
//! token is) or with the user id and a personal access token; either way the agent's username
//! and display name are recorded, and replies are then sent as that agent. SocialBoards needs an
//! access token and the author's name and email, LiveChatAI an API key and the AI agent's id. The
//! password and token fields stay empty when editing; leaving them empty keeps the saved token.
class AccountEditor : public QDialog {
    Q_OBJECT
public:
    AccountEditor(agentdesk::CredentialStore* credentials, agentdesk::Transport* transport,
                  QWidget* parent = nullptr);

    //! Fills the form for editing `account` (id kept); without it, the form adds a new one.
    void setAccount(const agentdesk::Account& account);
    //! The account as typed (id 0 for a new one).
    agentdesk::Account account() const;
    //! The token to save (typed, or the one a Rocket.Chat password sign-in returned), or empty
    //! when the agent left the saved one unchanged.
    QString token() const;

    //! Why the form cannot be saved yet, or empty when it can.
    QString validationError() const;
    QString testResult() const;

    void accept() override;

private:
    void updateFields();
    void testConnection();
    void showResult(const QString& text);
    bool rocketChatWithPassword() const;
    //! Rocket.Chat: signs in with what is typed (password or token), records who, then `then`.
    void signIn(std::function<void()> then);
    void forgetSignIn();

    agentdesk::CredentialStore* m_credentials;
    agentdesk::Transport* m_transport;
    qint64 m_accountId = 0;

    QFormLayout* m_form;
    QComboBox* m_backend;
    QLineEdit* m_displayName;
    QLineEdit* m_serverUrl;
    QLineEdit* m_userId;
    QLineEdit* m_username;
    QLineEdit* m_email;
    QLineEdit* m_agentId;
    QLineEdit* m_token;
    QComboBox* m_signInWith;
    QLineEdit* m_password;
    QString m_agentName;
    QString m_signedInToken; //!< from the last password sign-in with what is typed now
    bool m_signingIn = false;
    QPushButton* m_test;
    QLabel* m_result;
    QDialogButtonBox* m_buttons;
};

} // namespace ui
} // namespace agentdesk
