#include "CredentialStore.h"
#include "SystemKeychain.h"

#include <QDir>
#include <QLoggingCategory>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcCredentials, "agentdesk.credentials")

namespace agentdesk {

namespace {

QString secretFilePathIn(const QString& dataDir) {
    const QString dir = dataDir.isEmpty()
                            ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                            : dataDir;
    return QDir(dir).filePath(QStringLiteral("secrets"));
}

} // namespace

CredentialStore::CredentialStore(const QString& dataDir, QObject* parent)
    : CredentialStore(dataDir, std::make_unique<SystemKeychain>(), parent) {}

CredentialStore::CredentialStore(const QString& dataDir, std::unique_ptr<Keychain> keychain,
                                 QObject* parent)
    : QObject(parent)
    , m_keychain(std::move(keychain))
    , m_file(secretFilePathIn(dataDir)) {
    if (m_file.exists()) {
        m_fileOptIn = true;
        if (!m_file.load(&m_secrets)) {
            m_lastError = m_file.error();
            qCWarning(lcCredentials) << "cannot read the secrets file:" << m_lastError;
        }
    }
}

CredentialStore::~CredentialStore() = default;

QString CredentialStore::keychainKey(qint64 accountId) {
    return QStringLiteral("account-%1").arg(accountId);
}

void CredentialStore::probe() {
    if (m_keychainUnavailable || m_keychainWorks)
        return;
    m_keychain->read(QStringLiteral("probe"), this,
                     [this](Keychain::Status status, const QString&, const QString&) {
                         keychainAnswered(status);
                     });
}

void CredentialStore::keychainAnswered(Keychain::Status status) {
    if (status == Keychain::Status::Unavailable)
        m_keychainUnavailable = true;
    else
        m_keychainWorks = !m_keychainUnavailable;
    updateStorage();
}

void CredentialStore::updateStorage() {
    Storage storage = Storage::Probing;
    if (m_keychainUnavailable)
        storage = m_fileOptIn ? Storage::File : Storage::SessionOnly;
    else if (m_keychainWorks)
        storage = Storage::Keychain;
    if (storage == m_storage)
        return;
    m_storage = storage;
    emit storageChanged();
}

QString CredentialStore::storageDescription() const {
    switch (m_storage) {
    case Storage::Probing:
        return tr("Checking for the system keychain…");
    case Storage::Keychain:
        return tr("Tokens are saved in the system keychain.");
    case Storage::SessionOnly:
        return tr("No system keychain: tokens are kept for this session only.");
    case Storage::File:
        return tr("No system keychain: tokens are saved in %1, readable only by you.")
            .arg(QDir::toNativeSeparators(m_file.path()));
    }
    return {};
}

bool CredentialStore::setFileOptIn(bool optIn) {
    m_lastError.clear();
    if (optIn == m_fileOptIn)
        return true;
    if (optIn) {
        if (!m_file.save(m_secrets)) {
            m_lastError = m_file.error();
            return false;
        }
    } else if (!m_file.remove()) {
        m_lastError = m_file.error();
        return false;
    }
    m_fileOptIn = optIn;
    updateStorage();
    return true;
}

bool CredentialStore::writeFile() {
    if (m_file.save(m_secrets))
        return true;
    m_lastError = m_file.error();
    qCWarning(lcCredentials) << "cannot write the secrets file:" << m_lastError;
    return false;
}

void CredentialStore::load(const QList<qint64>& accountIds) {
    for (qint64 accountId : accountIds) {
        if (m_secrets.contains(accountId)) {
            emit secretLoaded(accountId);
            continue;
        }
        if (m_keychainUnavailable)
            continue;
        ++m_pendingReads;
        m_keychain->read(
            keychainKey(accountId), this,
            [this, accountId](Keychain::Status status, const QString& secret, const QString&) {
                keychainAnswered(status);
                if (status == Keychain::Status::Ok && !m_secrets.contains(accountId)) {
                    m_secrets.insert(accountId, secret);
                    emit secretLoaded(accountId);
                }
                if (--m_pendingReads == 0)
                    emit loaded();
            });
    }
    if (m_pendingReads == 0)
        emit loaded();
}

void CredentialStore::setSecret(qint64 accountId, const QString& secret) {
    m_secrets.insert(accountId, secret);
    persist(accountId);
}

void CredentialStore::persist(qint64 accountId) {
    if (m_fileOptIn) {
        const bool written = writeFile();
        if (m_keychainUnavailable) {
            emit secretSaved(accountId, written,
                             written ? tr("Token saved in %1, readable only by you.")
                                           .arg(QDir::toNativeSeparators(m_file.path()))
                                     : tr("Token kept for this session only: %1").arg(m_lastError));
            return;
        }
    }
    if (m_keychainUnavailable) {
        emit secretSaved(accountId, false,
                         tr("No system keychain: the token is kept for this session only."));
        return;
    }
    const QString secret = m_secrets.value(accountId);
    m_keychain->write(keychainKey(accountId), secret, this,
                      [this, accountId](Keychain::Status status, const QString&, const QString&) {
                          keychainAnswered(status);
                          if (status == Keychain::Status::Unavailable)
                              return persist(accountId); // falls back now that we know
                          emit secretSaved(accountId, true,
                                           tr("Token saved in the system keychain."));
                      });
}

void CredentialStore::removeSecret(qint64 accountId) {
    m_secrets.remove(accountId);
    if (m_fileOptIn)
        writeFile();
    if (m_keychainUnavailable)
        return;
    m_keychain->remove(keychainKey(accountId), this,
                       [this](Keychain::Status status, const QString&, const QString&) {
                           keychainAnswered(status);
                       });
}

QString CredentialStore::secret(qint64 accountId) const {
    return m_secrets.value(accountId);
}

} // namespace agentdesk
