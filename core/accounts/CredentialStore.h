#pragma once

#include "Credentials.h"
#include "Keychain.h"
#include "SecretFile.h"

#include <QObject>

#include <memory>

namespace agentdesk {

//! The desk's Credentials: account tokens in the system keychain, or, where there is none, in
//! memory for this session only, unless the agent explicitly opted into a private file (0600).
//!
//! Secrets are cached in memory once read or set, so secret() answers at once when the outbox
//! sends. The keychain's presence is only known after its first answer; until then storage() is
//! Probing. Where secrets go is always available in words (storageDescription()) for the accounts
//! dialog, so the agent never believes a token is saved when it is not.
class CredentialStore : public QObject, public SecretStore {
    Q_OBJECT
public:
    enum class Storage {
        Probing,     //!< the keychain has not answered yet
        Keychain,    //!< the system keychain keeps the tokens
        SessionOnly, //!< no keychain: tokens live in memory until the desk closes
        File,        //!< no keychain, and the agent opted into the private file
    };
    Q_ENUM(Storage)

    //! Uses the system keychain; the opt-in file lives in `dataDir` (the app data folder when
    //! empty).
    explicit CredentialStore(const QString& dataDir = {}, QObject* parent = nullptr);
    CredentialStore(const QString& dataDir, std::unique_ptr<Keychain> keychain,
                    QObject* parent = nullptr);
    ~CredentialStore() override;

    //! Asks the keychain once whether it works; storageChanged() tells the answer.
    void probe();
    Storage storage() const { return m_storage; }
    //! One sentence for the agent: where tokens are kept right now.
    QString storageDescription() const;

    //! True when the agent opted into the private file (the file exists).
    bool fileOptIn() const { return m_fileOptIn; }
    //! Opting in writes every token known now to the file; opting out deletes the file. False
    //! (and lastError()) when the file cannot be written or deleted.
    bool setFileOptIn(bool optIn);
    QString secretFilePath() const { return m_file.path(); }

    //! Reads the tokens of these accounts into memory; secretLoaded() per account found, then
    //! loaded() once every one of them has its answer (found, not there, or no keychain), at
    //! once when nothing needs asking. What sends or syncs with the tokens waits for loaded(): a
    //! reply resumed before the keychain answered would fail as "no token is stored".
    void load(const QList<qint64>& accountIds);
    //! True between load() and loaded().
    bool isLoading() const { return m_pendingReads > 0; }
    //! Keeps the token in memory at once and persists it where storage() says; secretSaved()
    //! tells where it went.
    void setSecret(qint64 accountId, const QString& secret) override;
    //! Forgets the token everywhere (memory, keychain, file).
    void removeSecret(qint64 accountId) override;

    QString secret(qint64 accountId) const override;
    bool hasSecret(qint64 accountId) const { return !secret(accountId).isEmpty(); }

    QString lastError() const { return m_lastError; }

    static QString keychainKey(qint64 accountId); //!< "account-<id>"

signals:
    void storageChanged();
    void secretLoaded(qint64 accountId);
    void loaded();
    //! `persisted`: it survives a restart (keychain or file); `message` says where, for the agent.
    void secretSaved(qint64 accountId, bool persisted, const QString& message);

private:
    void keychainAnswered(Keychain::Status status);
    void updateStorage();
    bool writeFile();
    void persist(qint64 accountId);

    std::unique_ptr<Keychain> m_keychain;
    SecretFile m_file;
    QHash<qint64, QString> m_secrets;
    Storage m_storage = Storage::Probing;
    bool m_keychainUnavailable = false;
    bool m_keychainWorks = false;
    bool m_fileOptIn = false;
    int m_pendingReads = 0;
    QString m_lastError;
};

} // namespace agentdesk
