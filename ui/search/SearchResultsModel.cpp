#include "ui/search/SearchResultsModel.h"
#include "store/History.h"
#include "ui/text/SafeText.h"

#include <QLocale>

#include <algorithm>

namespace agentdesk {
namespace ui {

namespace {

constexpr QChar kMatchStart(0x02);
constexpr QChar kMatchEnd(0x03);

} // namespace

SearchResultsModel::SearchResultsModel(History* history, QObject* parent)
    : QAbstractListModel(parent)
    , m_history(history) {}

void SearchResultsModel::setQuery(const QString& text) {
    if (text == m_query)
        return;
    m_query = text;
    refresh();
}

void SearchResultsModel::setScope(qint64 conversationId) {
    if (conversationId == m_scope)
        return;
    m_scope = conversationId;
    refresh();
}

void SearchResultsModel::refresh() {
    QList<SearchHit> hits;
    const QString query = m_query.trimmed();
    if (m_history && !query.isEmpty()) {
        SearchFilter filter;
        filter.conversationId = m_scope;
        filter.limit = m_limit;
        hits = m_history->search(liveQuery(m_query), filter);
        std::stable_sort(hits.begin(), hits.end(), [](const SearchHit& a, const SearchHit& b) {
            if (a.createdAt != b.createdAt)
                return a.createdAt > b.createdAt;
            return a.messageId > b.messageId;
        });
    }
    beginResetModel();
    m_hits = std::move(hits);
    endResetModel();
}

QString SearchResultsModel::liveQuery(const QString& typed) {
    // The word being typed matches as a prefix ("refu" finds "refund"); the store only does
    // that when asked, with a trailing '*', and only for words of three characters or more.
    QString query = typed.trimmed();
    if (query.isEmpty() || typed.back().isSpace() || query.endsWith(u'*'))
        return query;
    const qsizetype start = query.lastIndexOf(u' ') + 1;
    const auto letters = std::count_if(query.cbegin() + start, query.cend(),
                                       [](QChar c) { return c.isLetterOrNumber(); });
    if (letters >= 3)
        query += u'*';
    return query;
}

SearchHit SearchResultsModel::hit(int row) const {
    return row >= 0 && row < m_hits.size() ? m_hits.at(row) : SearchHit();
}

int SearchResultsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit& hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return tr("%1, %2: %3")
            .arg(hit.conversationTitle,
                 QLocale().toString(hit.createdAt.toLocalTime(), QLocale::ShortFormat),
                 snippetText(hit.snippet));
    case Qt::ToolTipRole:
        return snippetText(hit.snippet);
    case SnippetHtmlRole:
        return snippetHtml(hit.snippet);
    case ConversationIdRole:
        return hit.conversationId;
    case MessageIdRole:
        return hit.messageId;
    case ConversationTitleRole:
        return hit.conversationTitle;
    case CreatedAtRole:
        return hit.createdAt;
    case BackendRole:
        return backendKey(hit.backend);
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultsModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(SnippetHtmlRole, "snippetHtml");
    names.insert(ConversationIdRole, "conversationId");
    names.insert(MessageIdRole, "messageId");
    names.insert(ConversationTitleRole, "conversationTitle");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(BackendRole, "backend");
    return names;
}

QString SearchResultsModel::snippetHtml(const QString& snippet) {
    const QString escaped = SafeText::showBidiControls(snippet).toHtmlEscaped();
    QString html;
    html.reserve(escaped.size() + 16);
    bool inMatch = false;
    for (QChar c : escaped) {
        if (c == kMatchStart) {
            if (!inMatch)
                html += QLatin1String("<b>");
            inMatch = true;
        } else if (c == kMatchEnd) {
            if (inMatch)
                html += QLatin1String("</b>");
            inMatch = false;
        } else if (c == u'\n') {
            html += u' ';
        } else {
            html += c;
        }
    }
    if (inMatch)
        html += QLatin1String("</b>");
    return html;
}

QString SearchResultsModel::snippetText(const QString& snippet) {
    QString text = SafeText::showBidiControls(snippet);
    text.remove(kMatchStart);
    text.remove(kMatchEnd);
    return text;
}

} // namespace ui
} // namespace agentdesk
