#pragma once

#include <QString>

namespace agentdesk {

//! Turns whatever the agent typed into the search box into a safe FTS5 MATCH expression:
//! every word becomes a quoted phrase (so `"`, `NEAR(`, `AND`, `col:` are plain text and never
//! an SQL error) and all words must match. A word ending in `*` (`refu*`) matches as a prefix
//! when it has at least minimumPrefixLength letters or digits.
//!
//! Prefixes are not added implicitly: FTS5 merges the whole posting list of every word with
//! the prefix before it can order anything, which turns a sub-millisecond newest-first lookup
//! into tens of milliseconds on a large history. Empty when there is nothing searchable.
QString ftsMatchExpression(const QString& userInput);

inline constexpr int minimumPrefixLength = 3;

} // namespace agentdesk
