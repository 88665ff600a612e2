#pragma once

#include "canned/CannedReply.h"

#include <QObject>

#include <functional>

class QListView;

namespace agentdesk {
namespace ui {

class CannedListModel;
class Composer;

//! The `/` popup of the composer: typing `/` at the start of a line or after a space, then part
//! of a trigger word or title, lists the matching canned replies, best first (CannedMatcher).
//! Up/Down choose, Enter or Tab take the reply (the `/query` is replaced), Escape closes; the
//! composer keeps the focus all along, so typing simply goes on.
class CannedCompleter : public QObject {
    Q_OBJECT
public:
    using Source = std::function<QList<agentdesk::CannedReply>()>;
    CannedCompleter(Composer* composer, Source source, QObject* parent = nullptr);

    bool isVisible() const;
    QListView* popup() const { return m_popup; }
    //! The replies listed now, best first (for tests and the accessible description).
    QList<agentdesk::CannedReply> matches() const;
    //! Hides the popup until a new `/` is typed.
    void dismiss();

signals:
    //! The agent took `replyId`; the `/query` is already gone from the composer.
    void chosen(qint64 replyId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();
    void accept();
    void hide();
    void place();

    Composer* m_composer;
    Source m_source;
    CannedListModel* m_model;
    QListView* m_popup;
    int m_slashPosition = -1;
    int m_dismissedAt = -1;
    bool m_accepting = false;
};

} // namespace ui
} // namespace agentdesk
