#pragma once

#include "canned/CannedLibrary.h"
#include "net/ApiError.h"
#include "store/Types.h"

#include <QObject>

#include <functional>

namespace agentdesk {

class Transport;

//! "Sync from server": reads `GET /api/v1/canned-responses.get` of a Rocket.Chat account and
//! imports its responses into the library, scoped to that account (updated by `_id`, shortcut
//! as trigger word). `done` gets the import's outcome, or the ApiError of the request (a server
//! without canned responses answers 404 or 403: nothing changes).
void syncCannedFromServer(Transport& transport, const Account& account, const QString& secret,
                          CannedLibrary* library, QObject* context,
                          std::function<void(CannedLibrary::ImportOutcome, ApiError)> done);

} // namespace agentdesk
