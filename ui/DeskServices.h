#pragma once

namespace agentdesk {
class AiAssistant;
class CannedLibrary;
class Credentials;
class CredentialStore;
class History;
class InboxSync;
class Outbox;
class Transport;
} // namespace agentdesk

//! The core objects the desk's window works with. The application (Workspace) or a test owns
//! them; the window only uses them. Optional ones may be null: their features are then off.
struct DeskServices {
    agentdesk::History* history = nullptr; //!< required, open
    agentdesk::Outbox* outbox = nullptr;   //!< required
    agentdesk::AiAssistant* ai = nullptr;
    agentdesk::InboxSync* sync = nullptr;
    agentdesk::CredentialStore* credentials = nullptr; //!< with transport: the accounts dialog
    agentdesk::Transport* transport = nullptr;         //!< for "test connection"
    agentdesk::CannedLibrary* canned = nullptr;        //!< canned replies (off when null)
    //! The secrets the outbox sends with (the keychain, or the demo's memory): canned replies'
    //! "Sync from server" uses them.
    const agentdesk::Credentials* secrets = nullptr;
};
