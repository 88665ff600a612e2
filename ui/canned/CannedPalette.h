#pragma once

#include "canned/CannedReply.h"
#include "canned/CannedTemplate.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QListView;
class QTextBrowser;

namespace agentdesk {
namespace ui {

class CannedListModel;

//! Ctrl+Shift+R: every canned reply of this conversation with a filter (ranked like the `/`
//! popup) and a preview filled for the open conversation. Enter inserts, Ctrl+Enter sends now.
class CannedPalette : public QDialog {
    Q_OBJECT
public:
    using Filler = std::function<agentdesk::FilledReply(const QString& text)>;
    CannedPalette(const QList<agentdesk::CannedReply>& replies, Filler filler,
                  QWidget* parent = nullptr);

    QLineEdit* filter() const { return m_filter; }
    QListView* list() const { return m_list; }
    QTextBrowser* preview() const { return m_preview; }
    //! The replies shown now, in order.
    QList<agentdesk::CannedReply> shown() const;

signals:
    void insertRequested(qint64 replyId);
    void sendRequested(qint64 replyId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyFilter();
    void updatePreview();
    void choose(bool send);

    QList<agentdesk::CannedReply> m_replies;
    Filler m_filler;
    QLineEdit* m_filter;
    QListView* m_list;
    CannedListModel* m_model;
    QTextBrowser* m_preview;
    QLabel* m_hint;
};

} // namespace ui
} // namespace agentdesk
