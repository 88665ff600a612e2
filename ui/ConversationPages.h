#pragma once

#include "store/Types.h"

#include <QList>

#include <optional>

namespace agentdesk {
class History;
}

//! The conversation list a page at a time, in the order of History::conversations() (most
//! recent activity first, conversations without activity last, ties by id), by key: never
//! OFFSET, so the first page costs the same in a workspace of ten conversations or 10,000.
//!
//! Only the ordering columns (id, last_activity) are read here; each row comes from
//! History::conversation(), so the store still owns how a conversation is read. This belongs in
//! the History (with an index on the order) once it offers paging itself.
namespace ConversationPages {

//! Where a conversation sits in the list.
struct Key {
    std::optional<qint64> lastActivityMs; //!< none: no activity yet (the end of the list)
    qint64 id = 0;
};

Key keyOf(const agentdesk::Conversation& conversation);
//! True when `a` comes before `b` in the list.
bool comesBefore(const Key& a, const Key& b);

//! Up to `limit` conversations after `after` (from the top when unset), in list order. Empty
//! when there are none or the history cannot be read.
QList<agentdesk::Conversation> after(const agentdesk::History& history, std::optional<Key> after,
                                     int limit);
//! Every conversation after `after` (from the top when unset) down to `through`, included.
QList<agentdesk::Conversation> between(const agentdesk::History& history, std::optional<Key> after,
                                       const Key& through);

} // namespace ConversationPages
