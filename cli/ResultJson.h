#pragma once

#include "backends/livechatai/Ask.h"
#include "backends/rocketchat/SendVisitorMessages.h"
#include "backends/socialboards/SocialBoards.h"

#include <QJsonArray>
#include <QJsonObject>

namespace agentdesk::cli {

// What `--json` prints: the parsed result, in the backend's own field names.
QJsonObject toJson(const rocketchat::SendVisitorMessagesResult& result);
QJsonArray toJson(const QList<socialboards::ConversationMessage>& messages);
QJsonObject toJson(const livechatai::Answer& answer);

} // namespace agentdesk::cli
