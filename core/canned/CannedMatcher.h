#pragma once

#include "CannedReply.h"

#include <QList>

namespace agentdesk {

struct CannedMatch {
    CannedReply reply;
    int score = 0; //!< higher is better
};

//! Ranks canned replies for what the agent typed after `/` (or in the palette's filter).
//!
//! Case and accents are ignored. Best first: the exact trigger word, then triggers and titles
//! that start with the query, words of the title that do, then the query anywhere, then fuzzy
//! matches (its letters in order, rewarded when they are adjacent or start words). Replies that
//! match nothing are left out; ties keep the agent's order. An empty query lists all in order.
namespace CannedMatcher {

QList<CannedMatch> rank(const QString& query, const QList<CannedReply>& replies);
//! 0 when `query` does not match `candidate` at all (exposed for tests).
int fuzzyScore(const QString& query, const QString& candidate);
QString fold(const QString& text); //!< lower case without accents

} // namespace CannedMatcher

} // namespace agentdesk
