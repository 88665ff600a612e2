#pragma once

#include "Keychain.h"

namespace agentdesk {

//! The operating system's keychain (Secret Service / KWallet, macOS Keychain, Windows Credential
//! Manager) through QtKeychain, under the service name "AgentDesk".
//!
//! QtKeychain offers no "is there a keychain?" call: without a secret service its jobs fail at
//! once. Every error except "entry not found" is therefore reported as Unavailable, so the caller
//! falls back instead of losing the secret. QtKeychain's own plain-text fallback is never used.
class SystemKeychain : public Keychain {
public:
    explicit SystemKeychain(QString service = QStringLiteral("AgentDesk"));

    void read(const QString& key, QObject* context, Done done) override;
    void write(const QString& key, const QString& secret, QObject* context, Done done) override;
    void remove(const QString& key, QObject* context, Done done) override;

private:
    QString m_service;
};

} // namespace agentdesk
