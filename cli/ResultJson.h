#pragma once

#include "backends/livechatai/Ask.h"
#include "backends/rocketchat/SendMessages.h"
#include "backends/socialboards/SocialBoards.h"

#include <QJsonArray>
#include <QJsonObject>

namespace agentdesk::cli {

// What `--json` prints: the parsed result, in the backend's own field names.
QJsonObject toJson(const rocketchat::SendMessagesResult& result);
QJsonArray toJson(const QList<socialboards::ConversationMessage>& messages);
QJsonObject toJson(const livechatai::Answer& answer);

} // namespace agentdesk::cli
