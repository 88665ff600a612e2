#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

namespace agentdesk {

class Accounts;
class AiAssistant;
class Attention;
class CannedLibrary;
class CannedUse;
class CredentialStore;
class Credentials;
class DeliveryLock;
class History;
class HistoryCheck;
class InboxSync;
class MemoryCredentials;
class Outbox;
class Replies;
class SandboxProcess;
class SecretStore;
class Transport;

//! One running desk: the workspace's History, the one Transport, the accounts and their
//! secrets, the Outbox, the inbox sync, the AI colleague, the canned replies and the background
//! integrity check, created in the right order and torn down in the reverse. The desk window,
//! agentdesk-cli, the tests and the benchmarks all drive this one object, and the rules agents
//! rely on (Replies, CannedUse, Attention) hang off it, so none of them lives in a widget.
//!
//! open() and openDemo() build everything but send and sync nothing: start() does, once the
//! window is on screen (a screenshot stays still, the keychain's round trips do not delay the
//! first frame).
class Desk : public QObject {
    Q_OBJECT
public:
    //! Where the accounts' secrets are kept.
    enum class Secrets {
        Keychain, //!< the system keychain (CredentialStore): the desk
        Memory,   //!< this process only: the command line tool (environment), tests, the demo
    };
    struct Options {
        Secrets secrets = Secrets::Keychain;
        //! The first desk on a workspace offers the starter canned replies in the agent's
        //! language; tests that count replies turn it off.
        bool cannedStarterSet = true;
        //! The desk checks a whole history in the background after start(); a command that
        //! runs once and exits (the command line tool) has it quick-checked while opening
        //! instead (History::setIntegrityCheckLimit's default).
        bool checkInBackground = true;
        //! Opens the history only for reading (History::Access::ReadOnly): for a command that
        //! only reads a workspace it cannot write.
        bool readOnly = false;
    };

    explicit Desk(QObject* parent = nullptr);
    ~Desk() override;

    //! Opens the workspace in `dataDir` (the default location when empty). False and
    //! errorString() when the history cannot be opened. A damaged history is salvaged and the
    //! desk opens anyway: salvageReport() then says so.
    bool open(const QString& dataDir, const Options& options);
    bool open(const QString& dataDir) { return open(dataDir, Options()); }
    //! Starts agentdesk-sandbox on a free port and opens a separate demo workspace (in `dataDir`,
    //! else the "demo" folder of the app data) with one account per backend pointing at it.
    //! Tokens stay in memory: the demo never writes to the keychain.
    bool openDemo(const QString& dataDir);

    //! Reads the tokens from the keychain, then resumes the outbox and starts syncing (after 5 s
    //! without an answer from the keychain, without them), and checks the history's integrity in
    //! the background. Once; not done by open().
    void start();
    //! Delivers everything queued now and returns once it settled (or after `patience` of
    //! backoff); for the command line tool, tests and benchmarks, which have no event loop of
    //! their own while they wait. The window never calls it: its outbox runs on by itself.
    //!
    //! One process at a time delivers a workspace's outbox (DeliveryLock). While another one
    //! does, this waits up to `wait` for it to let go (then delivers here), or until
    //! `settledElsewhere()` holds (the other process sent what the caller is waiting for), and
    //! returns false when this process did not deliver: the replies stay queued for the other
    //! one (Outbox::deliveryHolder() names it).
    bool flush(std::chrono::milliseconds patience,
               std::chrono::milliseconds wait = std::chrono::milliseconds(0),
               const std::function<bool()>& settledElsewhere = {});

    QString errorString() const { return m_error; }
    QString dataDir() const { return m_dataDir; }
    //! What opening found and salvaged in a damaged history (empty when it was sound).
    QString salvageReport() const { return m_salvage; }

    History* history() const { return m_history.get(); }
    Transport* transport() const { return m_transport.get(); }
    Outbox* outbox() const { return m_outbox.get(); }
    InboxSync* sync() const { return m_sync.get(); }
    AiAssistant* ai() const { return m_ai.get(); }
    CannedLibrary* canned() const { return m_canned.get(); }
    Accounts* accounts() const { return m_accounts.get(); }
    Replies* replies() const { return m_replies.get(); }
    CannedUse* cannedUse() const { return m_cannedUse.get(); }
    Attention* attention() const { return m_attention.get(); }
    //! The secrets the outbox, the sync and the AI colleague send with.
    const Credentials* secrets() const;
    //! The keychain store (null for a desk with Secrets::Memory): where tokens go, the opt-in file.
    CredentialStore* credentialStore() const { return m_credentialStore.get(); }
    //! The in-memory secrets (null for a desk with Secrets::Keychain).
    MemoryCredentials* memorySecrets() const { return m_memorySecrets.get(); }
    //! The demo's sandbox process (null outside the demo).
    SandboxProcess* sandbox() const { return m_sandbox.get(); }

signals:
    //! The background integrity check found the open history damaged (`problem` says how):
    //! the next start salvages it.
    void historyDamageFound(const QString& problem);

private:
    bool openHistory(const QString& dataDir, const Options& options);
    void createServices(SecretStore* secrets, const Options& options);
    void addDemoAccounts(const QUrl& baseUrl);
    //! Resumes the outbox and starts syncing, once (after the tokens are read, or a while).
    void startDelivery();

    QString m_error;
    QString m_dataDir;
    QString m_salvage;
    bool m_started = false;
    bool m_deliveryStarted = false;
    // Declared in creation order; destroyed in reverse (users of the history first).
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<History> m_history;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<CredentialStore> m_credentialStore;
    std::unique_ptr<MemoryCredentials> m_memorySecrets;
    std::unique_ptr<Accounts> m_accounts;
    std::unique_ptr<DeliveryLock> m_deliveryLock; //!< the workspace's; the outbox sends under it
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<InboxSync> m_sync;
    std::unique_ptr<AiAssistant> m_ai;
    std::unique_ptr<CannedLibrary> m_canned;
    std::unique_ptr<Replies> m_replies;
    std::unique_ptr<CannedUse> m_cannedUse;
    std::unique_ptr<Attention> m_attention;
    std::unique_ptr<HistoryCheck> m_check;
};

} // namespace agentdesk
