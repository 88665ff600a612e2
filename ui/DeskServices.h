#pragma once

namespace agentdesk {
class AiAssistant;
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
};
