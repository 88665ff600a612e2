#include "ui/accounts/AccountEditor.h"
#include "accounts/ConnectionTest.h"
#include "accounts/CredentialStore.h"
#include "backends/rocketchat/RocketChatSignIn.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace agentdesk {
namespace ui {

namespace {

QLineEdit* field(QWidget* parent, const QString& accessibleName, const QString& placeholder = {}) {
    auto* edit = new QLineEdit(parent);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

} // namespace

AccountEditor::AccountEditor(CredentialStore* credentials, Transport* transport, QWidget* parent)
    : QDialog(parent)
    , m_credentials(credentials)
    , m_transport(transport)
    , m_form(new QFormLayout)
    , m_backend(new QComboBox(this))
    , m_displayName(field(this, tr("Account name"), tr("Acme support")))
    , m_serverUrl(field(this, tr("Server address"), QStringLiteral("https://chat.example.com")))
    , m_userId(field(this, tr("User id")))
    , m_username(field(this, tr("User name")))
    , m_email(field(this, tr("Email"), QStringLiteral("agent@example.com")))
    , m_agentId(field(this, tr("AI agent id"), QStringLiteral("clx1234567890abcdef")))
    , m_token(field(this, tr("Token")))
    , m_signInWith(new QComboBox(this))
    , m_password(field(this, tr("Password")))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_result(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Add account"));
    for (Backend backend : {Backend::RocketChat, Backend::SocialBoards, Backend::LiveChatAI})
        m_backend->addItem(backendDisplayName(backend), int(backend));
    m_backend->setAccessibleName(tr("Service"));
    m_token->setEchoMode(QLineEdit::Password);
    m_password->setEchoMode(QLineEdit::Password);
    m_signInWith->addItem(tr("Username and password"));
    m_signInWith->addItem(tr("Personal access token"));
    m_signInWith->setAccessibleName(tr("Sign in with"));
    m_test->setAccessibleName(tr("Test connection"));
    m_test->setAutoDefault(false);
    m_result->setAccessibleName(tr("Connection test result"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save account"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    m_form->addRow(tr("&Service:"), m_backend);
    m_form->addRow(tr("&Name:"), m_displayName);
    m_form->addRow(tr("Ser&ver:"), m_serverUrl);
    m_form->addRow(tr("Sign &in with:"), m_signInWith);
    m_form->addRow(tr("&User id:"), m_userId);
    m_form->addRow(tr("User na&me:"), m_username);
    m_form->addRow(tr("&Password:"), m_password);
    m_form->addRow(tr("&Email:"), m_email);
    m_form->addRow(tr("AI a&gent id:"), m_agentId);
    m_form->addRow(tr("To&ken:"), m_token);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_test, 0, Qt::AlignLeft);
    layout->addWidget(m_result);
    layout->addWidget(m_buttons);

    QWidget* order[] = {m_backend,  m_displayName, m_serverUrl, m_signInWith, m_userId, m_username,
                        m_password, m_email,       m_agentId,   m_token,      m_test,   m_buttons};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    connect(m_backend, &QComboBox::currentIndexChanged, this, &AccountEditor::updateFields);
    connect(m_signInWith, &QComboBox::currentIndexChanged, this, &AccountEditor::updateFields);
    // a sign-in holds for what was typed: any change asks for a new one
    for (QLineEdit* edit : {m_serverUrl, m_username, m_password, m_userId, m_token})
        connect(edit, &QLineEdit::textEdited, this, &AccountEditor::forgetSignIn);
    connect(m_test, &QPushButton::clicked, this, &AccountEditor::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountEditor::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AccountEditor::reject);
    updateFields();
}

void AccountEditor::setAccount(const Account& account) {
    m_accountId = account.id;
    m_backend->setCurrentIndex(m_backend->findData(int(account.backend)));
    m_backend->setEnabled(account.id == 0); // an account's conversations belong to its service
    m_displayName->setText(account.displayName);
    m_serverUrl->setText(account.serverUrl.toString());
    m_userId->setText(account.userId);
    m_username->setText(account.username);
    m_email->setText(account.email);
    m_agentId->setText(account.agentId);
    m_agentName = account.agentName;
    m_token->clear();
    m_password->clear();
    forgetSignIn();
    const bool hasToken = m_credentials && account.id > 0 && m_credentials->hasSecret(account.id);
    m_token->setPlaceholderText(hasToken ? tr("(saved; type to replace)") : QString());
    m_password->setPlaceholderText(hasToken ? tr("(signed in; type to sign in again)") : QString());
    setWindowTitle(account.id ? tr("Edit account") : tr("Add account"));
    updateFields();
}

Account AccountEditor::account() const {
    Account account;
    account.id = m_accountId;
    account.backend = Backend(m_backend->currentData().toInt());
    account.displayName = m_displayName->text().trimmed();
    account.serverUrl = QUrl::fromUserInput(m_serverUrl->text().trimmed());
    if (m_serverUrl->text().trimmed().isEmpty())
        account.serverUrl = QUrl();
    if (account.backend == Backend::LiveChatAI && account.serverUrl.isEmpty())
        account.serverUrl = QUrl(QStringLiteral("https://app.livechatai.com"));
    const bool rocketChat = account.backend == Backend::RocketChat;
    // Rocket.Chat: the sign-in fills the user id and username even where they are not shown
    account.userId =
        rocketChat || m_userId->isVisibleTo(this) ? m_userId->text().trimmed() : QString();
    account.username =
        rocketChat || m_username->isVisibleTo(this) ? m_username->text().trimmed() : QString();
    account.agentName = rocketChat ? m_agentName : QString();
    account.email = m_email->isVisibleTo(this) ? m_email->text().trimmed() : QString();
    account.agentId = m_agentId->isVisibleTo(this) ? m_agentId->text().trimmed() : QString();
    if (account.displayName.isEmpty() && account.serverUrl.isValid())
        account.displayName =
            tr("%1 (%2)").arg(account.serverUrl.host(), backendDisplayName(account.backend));
    return account;
}

QString AccountEditor::token() const {
    if (rocketChatWithPassword())
        return m_signedInToken;
    return m_token->text().trimmed();
}

bool AccountEditor::rocketChatWithPassword() const {
    return Backend(m_backend->currentData().toInt()) == Backend::RocketChat &&
           m_signInWith->currentIndex() == 0;
}

void AccountEditor::forgetSignIn() {
    m_signedInToken.clear();
}

void AccountEditor::signIn(std::function<void()> then) {
    if (!m_transport || m_signingIn)
        return;
    AgentSignIn how;
    how.serverUrl = account().serverUrl;
    if (rocketChatWithPassword()) {
        how.user = m_username->text().trimmed();
        how.password = m_password->text();
    } else {
        how.userId = m_userId->text().trimmed();
        how.accessToken = m_token->text().trimmed();
    }
    m_signingIn = true;
    m_test->setEnabled(false);
    showResult(tr("Signing in…"));
    signInToRocketChat(
        *m_transport, how, this, [this, then = std::move(then)](Result<SignedInAgent> agent) {
            m_signingIn = false;
            m_test->setEnabled(true);
            if (!agent) {
                const ApiError& error = agent.error();
                showResult(error.kind() == ApiError::Kind::Unauthorized
                               ? tr("Rocket.Chat refused the sign-in: check the "
                                    "username and password, or the user id and "
                                    "token. (%1)")
                                     .arg(error.message())
                               : tr("Could not sign in: %1").arg(error.message()));
                return;
            }
            m_userId->setText(agent->userId);
            m_username->setText(agent->username);
            m_agentName = agent->name;
            if (rocketChatWithPassword()) {
                m_signedInToken = agent->authToken;
                m_password->clear(); // used once, never kept
            }
            showResult(
                tr("Signed in as %1.").arg(agent->name.isEmpty() ? agent->username : agent->name));
            then();
        });
}

void AccountEditor::updateFields() {
    const auto backend = Backend(m_backend->currentData().toInt());
    const bool rocketChat = backend == Backend::RocketChat;
    const bool socialBoards = backend == Backend::SocialBoards;
    const bool liveChatAi = backend == Backend::LiveChatAI;
    auto show = [this](QWidget* w, bool visible, const QString& label = {}) {
        m_form->setRowVisible(w, visible);
        if (!label.isEmpty()) {
            if (auto* l = qobject_cast<QLabel*>(m_form->labelForField(w)))
                l->setText(label);
        }
    };
    const bool withPassword = rocketChat && m_signInWith->currentIndex() == 0;
    show(m_signInWith, rocketChat);
    show(m_userId, (rocketChat && !withPassword) || socialBoards,
         socialBoards ? tr("Author &id:") : tr("&User id (X-User-Id):"));
    m_userId->setAccessibleName(socialBoards ? tr("Author id") : tr("User id"));
    show(m_username, withPassword || socialBoards,
         socialBoards ? tr("Author na&me:") : tr("User na&me or email:"));
    m_username->setAccessibleName(socialBoards ? tr("Author name") : tr("User name"));
    show(m_password, withPassword);
    show(m_email, socialBoards, tr("Author &email:"));
    show(m_agentId, liveChatAi);
    const QString tokenLabel = rocketChat     ? tr("Personal access to&ken:")
                               : socialBoards ? tr("Access to&ken:")
                                              : tr("API &key:");
    show(m_token, !withPassword, tokenLabel);
    m_token->setAccessibleName(rocketChat     ? tr("Personal access token")
                               : socialBoards ? tr("Access token")
                                              : tr("API key"));
    m_serverUrl->setPlaceholderText(rocketChat     ? QStringLiteral("https://chat.example.com")
                                    : socialBoards ? QStringLiteral("https://api.socialboards.com")
                                                   : QStringLiteral("https://app.livechatai.com"));
}

QString AccountEditor::validationError() const {
    const Account a = account();
    if (!a.serverUrl.isValid() || a.serverUrl.host().isEmpty() ||
        (a.serverUrl.scheme() != QLatin1String("https") &&
         a.serverUrl.scheme() != QLatin1String("http")))
        return tr("Enter the server address, like %1.").arg(m_serverUrl->placeholderText());
    const bool hasSaved = m_credentials && a.id > 0 && m_credentials->hasSecret(a.id);
    if (rocketChatWithPassword()) {
        if (m_username->text().trimmed().isEmpty())
            return tr("Enter your Rocket.Chat username (or email) and password.");
        if (m_password->text().isEmpty() && m_signedInToken.isEmpty() && !hasSaved)
            return tr("Enter your Rocket.Chat password.");
        return {};
    }
    if (a.backend == Backend::RocketChat && a.userId.isEmpty())
        return tr("Enter your Rocket.Chat user id (shown with your personal access token).");
    if (a.backend == Backend::SocialBoards && a.userId.isEmpty() && a.email.isEmpty())
        return tr("Enter the author id or email that your SocialBoards replies are sent as.");
    if (a.backend == Backend::LiveChatAI && a.agentId.isEmpty())
        return tr("Enter the id of the LiveChatAI agent to ask.");
    if (token().isEmpty() && !hasSaved)
        return tr("Enter the token (or API key).");
    return {};
}

void AccountEditor::accept() {
    const QString error = validationError();
    if (!error.isEmpty()) {
        showResult(error);
        return;
    }
    // Rocket.Chat: what is typed is signed in with first, which records who the agent is
    const bool rocketChat = Backend(m_backend->currentData().toInt()) == Backend::RocketChat;
    const bool newSecret = rocketChatWithPassword() ? !m_password->text().isEmpty()
                                                    : !m_token->text().trimmed().isEmpty();
    if (rocketChat && newSecret && (!rocketChatWithPassword() || m_signedInToken.isEmpty()))
        return signIn([this] { QDialog::accept(); });
    QDialog::accept();
}

void AccountEditor::testConnection() {
    if (!m_transport)
        return;
    const Account a = account();
    if (rocketChatWithPassword() && m_signedInToken.isEmpty() && !m_password->text().isEmpty()) {
        if (const QString error = validationError(); !error.isEmpty())
            return showResult(error);
        return signIn([this] { testConnection(); });
    }
    QString secret = token();
    if (secret.isEmpty() && m_credentials && a.id > 0)
        secret = m_credentials->secret(a.id);
    m_test->setEnabled(false);
    showResult(tr("Testing the connection…"));
    agentdesk::testConnection(*m_transport, a, secret, this,
                              [this](const ConnectionTestResult& result) {
                                  m_test->setEnabled(true);
                                  if (result.ok && !result.agentUsername.isEmpty()) {
                                      m_username->setText(result.agentUsername);
                                      m_agentName = result.agentName;
                                  }
                                  showResult(result.message);
                              });
}

QString AccountEditor::testResult() const {
    return m_result->text();
}

void AccountEditor::showResult(const QString& text) {
    m_result->setText(text);
}

} // namespace ui
} // namespace agentdesk
