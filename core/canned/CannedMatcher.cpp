#include "CannedMatcher.h"

#include <algorithm>

namespace agentdesk::CannedMatcher {

QString fold(const QString& text) {
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c.toCaseFolded());
    }
    return folded;
}

int fuzzyScore(const QString& query, const QString& candidate) {
    if (query.isEmpty())
        return 1;
    int score = 0;
    int qi = 0;
    int previous = -2;
    for (int ci = 0; ci < candidate.size() && qi < query.size(); ++ci) {
        if (candidate.at(ci) != query.at(qi))
            continue;
        int points = 10;
        if (ci == previous + 1)
            points += 15; // adjacent to the previous letter
        if (ci == 0 || !candidate.at(ci - 1).isLetterOrNumber())
            points += 20; // starts a word
        score += points;
        previous = ci;
        ++qi;
    }
    if (qi < query.size())
        return 0;
    // shorter candidates with the same letters are closer matches
    return std::max(1, score - int(candidate.size()) / 4);
}

namespace {

int wordPrefix(const QString& query, const QString& text) {
    int start = 0;
    while (start < text.size()) {
        if (text.mid(start).startsWith(query))
            return start;
        while (start < text.size() && text.at(start).isLetterOrNumber())
            ++start;
        while (start < text.size() && !text.at(start).isLetterOrNumber())
            ++start;
    }
    return -1;
}

int score(const QString& query, const CannedReply& reply) {
    const QString trigger = fold(reply.trigger);
    const QString title = fold(reply.title);
    if (!trigger.isEmpty() && trigger == query)
        return 10000;
    if (!trigger.isEmpty() && trigger.startsWith(query))
        return 9000 - int(trigger.size() - query.size());
    if (title.startsWith(query))
        return 8000 - int(title.size() - query.size());
    if (wordPrefix(query, title) > 0)
        return 7000 - wordPrefix(query, title);
    if (trigger.contains(query))
        return 6000 - int(trigger.indexOf(query));
    if (title.contains(query))
        return 5000 - int(title.indexOf(query));
    const int fuzzy = std::max(fuzzyScore(query, trigger), fuzzyScore(query, title));
    return fuzzy > 0 ? std::min(fuzzy, 4999) : 0;
}

} // namespace

QList<CannedMatch> rank(const QString& query, const QList<CannedReply>& replies) {
    const QString folded = fold(query.trimmed());
    QList<CannedMatch> matches;
    for (const CannedReply& reply : replies) {
        const int points = folded.isEmpty() ? 1 : score(folded, reply);
        if (points > 0)
            matches.append({reply, points});
    }
    std::stable_sort(matches.begin(), matches.end(),
                     [](const CannedMatch& a, const CannedMatch& b) { return a.score > b.score; });
    return matches;
}

} // namespace agentdesk::CannedMatcher
