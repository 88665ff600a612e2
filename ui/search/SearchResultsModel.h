#pragma once

#include "store/Types.h"

#include <QAbstractListModel>

namespace agentdesk {
class History;
}

namespace agentdesk {
namespace ui {

//! The hits of a search over the local history, newest first, for the search dialog.
//!
//! It reads the store only (never the network). Snippets come from the store as plain text with
//! the matches between \x02 and \x03; snippetHtml() escapes everything else, so a visitor's
//! markup in a hit is shown, never interpreted.
class SearchResultsModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        SnippetHtmlRole = Qt::UserRole + 1, //!< escaped snippet with <b> around the matches
        ConversationIdRole,
        MessageIdRole,
        ConversationTitleRole,
        CreatedAtRole,
        BackendRole, //!< backend key, "rocketchat", ...
    };

    explicit SearchResultsModel(agentdesk::History* history, QObject* parent = nullptr);

    //! Runs the search again for `text` (empty: no hits) within the scope.
    void setQuery(const QString& text);
    QString query() const { return m_query; }
    //! 0: everywhere; otherwise one conversation.
    void setScope(qint64 conversationId);
    qint64 scope() const { return m_scope; }
    void setLimit(int limit) { m_limit = limit; }

    agentdesk::SearchHit hit(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    //! Escapes the snippet and turns its \x02 / \x03 match markers into <b> / </b> (balanced).
    static QString snippetHtml(const QString& snippet);
    //! What goes to the store for `typed`: the last word, still being typed, as a prefix.
    static QString liveQuery(const QString& typed);
    //! The snippet without its markers, for screen readers and tooltips.
    static QString snippetText(const QString& snippet);

private:
    void refresh();

    agentdesk::History* m_history;
    QList<agentdesk::SearchHit> m_hits;
    QString m_query;
    qint64 m_scope = 0;
    int m_limit = 100;
};

} // namespace ui
} // namespace agentdesk
