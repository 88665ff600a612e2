#pragma once

#include "CannedLibrary.h"
#include "store/Types.h"

#include <QByteArray>

#include <optional>

namespace agentdesk {

//! Canned replies as a JSON file, for teams that roll out a shared set.
//!
//! Our format: `{"format": "agentdesk-canned-replies", "version": 1, "replies": [{"title",
//! "text", "folder", "trigger", "shortcut", "sendImmediately", "account": {"backend",
//! "server", "username", "remoteId"}}]}` (only title and text are required; no "account":
//! personal; "remoteId": the server's id of a synced reply, kept only where the account is).
//! Rocket.Chat's `canned-responses.get` response (`{"responses": [...], "success": true}`) is
//! read too. A malformed file is refused as a whole with the place of the first fault.
namespace CannedFile {

QByteArray write(const QList<CannedReply>& replies, const QList<Account>& accounts);

struct Parsed {
    QList<CannedLibrary::ImportEntry> entries;
    QStringList notes; //!< e.g. an account this workspace does not have: imported as personal
    bool rocketChat = false;
};
//! `accounts` resolves the "account" of each reply; nullopt and `error` when malformed.
std::optional<Parsed> parse(const QByteArray& content, const QList<Account>& accounts,
                            QString* error);

} // namespace CannedFile

} // namespace agentdesk
