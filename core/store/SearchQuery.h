#pragma once

#include <QString>

namespace agentdesk {

//! Turns whatever the agent typed into the search box into a safe FTS5 MATCH expression:
//! every word becomes a quoted phrase (so `"`, `*`, `NEAR(`, `AND`, `col:` are plain text and
//! never an SQL error), words are ANDed, and the last word matches as a prefix while it is
//! still being typed (no trailing space). Empty when there is nothing searchable.
QString ftsMatchExpression(const QString& userInput);

} // namespace agentdesk
