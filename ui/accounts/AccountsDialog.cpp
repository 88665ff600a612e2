#include "ui/accounts/AccountsDialog.h"
#include "accounts/CredentialStore.h"
#include "desk/Accounts.h"
#include "ui/accounts/AccountEditor.h"
#include "ui/text/SafeText.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace agentdesk {
namespace ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

} // namespace

AccountsDialog::AccountsDialog(Accounts* accounts, CredentialStore* credentials,
                               Transport* transport, QWidget* parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_credentials(credentials)
    , m_transport(transport)
    , m_storage(new QLabel(this))
    , m_fileOptIn(new QCheckBox(tr("Save tokens in a &private file readable only by you"), this))
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_close(new QPushButton(tr("&Close"), this))
    , m_status(new QLabel(this)) {
    setWindowTitle(tr("Accounts"));
    setAccessibleName(tr("Accounts"));
    m_storage->setAccessibleName(tr("Where tokens are kept"));
    m_storage->setWordWrap(true);
    m_storage->setTextFormat(Qt::PlainText);
    m_fileOptIn->setAccessibleName(tr("Save tokens in a private file"));
    m_fileOptIn->setToolTip(
        tr("Without a system keychain, tokens are forgotten when the desk closes. With this, "
           "they are written to a file only your user can read."));
    m_list->setAccessibleName(tr("Accounts"));
    m_list->installEventFilter(this); // Delete removes the selected account
    m_add->setAccessibleName(tr("Add account"));
    m_edit->setAccessibleName(tr("Edit account"));
    m_remove->setAccessibleName(tr("Remove account"));
    m_close->setAccessibleName(tr("Close"));
    for (QPushButton* b : {m_add, m_edit, m_remove, m_close})
        b->setAutoDefault(false);
    m_status->setAccessibleName(tr("Accounts status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    auto* middle = new QHBoxLayout;
    middle->addWidget(m_list, 1);
    middle->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_storage);
    layout->addWidget(m_fileOptIn);
    layout->addLayout(middle, 1);
    layout->addWidget(m_status);
    setTabOrder(m_list, m_add);
    setTabOrder(m_add, m_edit);
    setTabOrder(m_edit, m_remove);
    setTabOrder(m_remove, m_close);
    setTabOrder(m_close, m_fileOptIn);
    resize(520, 360);

    connect(m_add, &QPushButton::clicked, this, &AccountsDialog::addAccount);
    connect(m_edit, &QPushButton::clicked, this, &AccountsDialog::editAccount);
    connect(m_remove, &QPushButton::clicked, this, &AccountsDialog::removeAccount);
    connect(m_close, &QPushButton::clicked, this, &AccountsDialog::accept);
    connect(m_list, &QListWidget::itemActivated, this, &AccountsDialog::editAccount);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        m_edit->setEnabled(currentAccountId() > 0);
        m_remove->setEnabled(currentAccountId() > 0);
    });
    connect(m_fileOptIn, &QCheckBox::toggled, this, [this](bool optIn) {
        if (!m_credentials)
            return;
        if (!m_credentials->setFileOptIn(optIn)) {
            setStatus(m_credentials->lastError());
            const QSignalBlocker blocker(m_fileOptIn);
            m_fileOptIn->setChecked(m_credentials->fileOptIn());
        }
        updateStorage();
    });
    if (m_credentials) {
        connect(m_credentials, &CredentialStore::storageChanged, this,
                &AccountsDialog::updateStorage);
        connect(m_credentials, &CredentialStore::secretSaved, this,
                [this](qint64, bool, const QString& message) { setStatus(message); });
        m_credentials->probe();
    }
    if (m_accounts)
        connect(m_accounts, &Accounts::changed, this, &AccountsDialog::reload);
    reload();
    updateStorage();
    m_list->setFocus();
}

int AccountsDialog::accountCount() const {
    return m_list->count();
}

void AccountsDialog::reload() {
    const qint64 current = currentAccountId();
    m_list->clear();
    if (!m_accounts)
        return;
    const QList<Account> accounts = m_accounts->all();
    for (const Account& a : accounts) {
        QString label = tr("%1 — %2, %3")
                            .arg(SafeText::showBidiControls(a.displayName),
                                 backendDisplayName(a.backend), a.serverUrl.toDisplayString());
        if (m_credentials && !m_credentials->hasSecret(a.id))
            label += tr(" (no token)");
        auto* item = new QListWidgetItem(label, m_list);
        item->setData(kIdRole, a.id);
        if (a.id == current)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_edit->setEnabled(currentAccountId() > 0);
    m_remove->setEnabled(currentAccountId() > 0);
}

void AccountsDialog::updateStorage() {
    if (!m_credentials) {
        m_storage->setText(tr("Tokens cannot be saved."));
        m_fileOptIn->setVisible(false);
        return;
    }
    m_storage->setText(m_credentials->storageDescription());
    const auto storage = m_credentials->storage();
    m_fileOptIn->setVisible(storage == CredentialStore::Storage::SessionOnly ||
                            storage == CredentialStore::Storage::File);
    const QSignalBlocker blocker(m_fileOptIn);
    m_fileOptIn->setChecked(m_credentials->fileOptIn());
}

qint64 AccountsDialog::currentAccountId() const {
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(kIdRole).toLongLong() : 0;
}

void AccountsDialog::addAccount() {
    openEditor(0);
}

void AccountsDialog::editAccount() {
    if (const qint64 id = currentAccountId())
        openEditor(id);
}

void AccountsDialog::openEditor(qint64 accountId) {
    if (m_editor)
        m_editor->close();
    auto* editor = new AccountEditor(m_credentials, m_transport, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    if (accountId > 0 && m_accounts) {
        if (const auto account = m_accounts->account(accountId))
            editor->setAccount(*account);
    }
    connect(editor, &QDialog::accepted, this, [this, editor] { save(editor); });
    m_editor = editor;
    editor->open();
}

void AccountsDialog::save(AccountEditor* editor) {
    if (!m_accounts)
        return;
    Account account = editor->account();
    const QString token = editor->token();
    if (account.id > 0) {
        if (!m_accounts->update(account, token)) {
            setStatus(tr("Could not save the account: %1").arg(m_accounts->lastError()));
            return;
        }
    } else {
        const auto added = m_accounts->add(account, token);
        if (!added) {
            setStatus(tr("Could not add the account: %1").arg(m_accounts->lastError()));
            return;
        }
        account = *added;
    }
    reload();
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(kIdRole).toLongLong() == account.id)
            m_list->setCurrentRow(row);
    }
    m_list->setFocus();
}

void AccountsDialog::removeAccount() {
    const qint64 id = currentAccountId();
    if (id <= 0 || !m_accounts)
        return;
    const auto account = m_accounts->account(id);
    auto* box = new QMessageBox(
        QMessageBox::Warning, tr("Remove account"),
        tr("Remove \"%1\" and its conversations from this computer? Its token is deleted too.")
            .arg(account ? SafeText::showBidiControls(account->displayName) : QString()),
        QMessageBox::NoButton, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setAccessibleName(tr("Confirm removal"));
    QPushButton* remove = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    remove->setAccessibleName(tr("Remove account"));
    QPushButton* keep = box->addButton(tr("&Keep"), QMessageBox::RejectRole);
    keep->setAccessibleName(tr("Keep account"));
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    connect(box, &QMessageBox::buttonClicked, this, [this, id, remove](QAbstractButton* clicked) {
        if (clicked != remove)
            return;
        if (!m_accounts->remove(id)) {
            setStatus(tr("Could not remove the account: %1").arg(m_accounts->lastError()));
            return;
        }
        reload();
        setStatus(tr("Account removed."));
        m_list->setFocus();
    });
    box->open();
}

void AccountsDialog::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        // The list already opened the editor; QDialog would look for a default button among
        // all children, the editor's Save included, and save it unseen.
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

bool AccountsDialog::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_list && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Delete) {
        removeAccount();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void AccountsDialog::setStatus(const QString& text) {
    m_status->setText(text);
}

} // namespace ui
} // namespace agentdesk
