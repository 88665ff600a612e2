#pragma once

#include "DeskServices.h"

#include <QObject>

#include <memory>

namespace agentdesk {
class CannedLibrary;
class Credentials;
class HistoryCheck;
class MemoryCredentials;
class SandboxProcess;
class Transport;
} // namespace agentdesk

//! Everything the desk runs on, created in the right order and torn down in the reverse: the
//! History at the data folder, the one Transport, the credentials, the Outbox, the inbox sync
//! and the AI colleague. The demo workspace also runs the sandbox as a child process.
class Workspace : public QObject {
    Q_OBJECT
public:
    explicit Workspace(QObject* parent = nullptr);
    ~Workspace() override;

    //! Opens the workspace in `dataDir` (the default location when empty). False and
    //! errorString() when the history cannot be opened.
    bool open(const QString& dataDir);
    //! Starts agentdesk-sandbox on a free port and opens a separate demo workspace (in `dataDir`,
    //! else the "demo" folder of the app data) with one account per backend pointing at it.
    //! Tokens stay in memory: the demo never writes to the keychain.
    bool openDemo(const QString& dataDir);
    QString errorString() const { return m_error; }
    QString dataDir() const { return m_dataDir; }

    //! Reads the tokens from the keychain, then resumes the outbox and starts syncing (after 5 s
    //! without an answer from the keychain, without them), and checks the history's integrity in
    //! the background. Not done by open(): screenshots stay still, and
    //! the desk calls it once its first frame is painted.
    void start();

    DeskServices services() const;

signals:
    //! The background integrity check found the open history damaged (`problem` says how):
    //! the next start salvages it.
    void historyDamageFound(const QString& problem);

public:
    agentdesk::Transport* transport() const { return m_transport.get(); }
    agentdesk::SandboxProcess* sandbox() const { return m_sandbox.get(); }

private:
    //! Resumes the outbox and starts syncing, once (after the tokens are read, or a while).
    void startDelivery();

    bool openHistory(const QString& dataDir);
    void createServices(const agentdesk::Credentials* credentials);
    void addDemoAccounts(const QUrl& baseUrl);

    QString m_error;
    bool m_deliveryStarted = false;
    QString m_dataDir;
    // Declared in creation order; destroyed in reverse (users of the history first).
    std::unique_ptr<agentdesk::SandboxProcess> m_sandbox;
    std::unique_ptr<agentdesk::History> m_history;
    std::unique_ptr<agentdesk::Transport> m_transport;
    std::unique_ptr<agentdesk::CredentialStore> m_credentialStore;
    std::unique_ptr<agentdesk::MemoryCredentials> m_demoCredentials;
    std::unique_ptr<agentdesk::Outbox> m_outbox;
    std::unique_ptr<agentdesk::InboxSync> m_sync;
    std::unique_ptr<agentdesk::AiAssistant> m_ai;
    std::unique_ptr<agentdesk::CannedLibrary> m_canned;
    std::unique_ptr<agentdesk::HistoryCheck> m_check;
    const agentdesk::Credentials* m_secrets = nullptr;
};
