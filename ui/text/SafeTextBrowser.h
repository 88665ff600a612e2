#pragma once

#include <QTextBrowser>

namespace agentdesk {
namespace ui {

//! A read-only rich text view for untrusted text (AI answers, a message's full text).
//!
//! It never loads a resource, never follows a link by itself, shows a link's real target when
//! hovered, and on a click opens only what SafeText::isClickableUrl allows (http(s), mailto);
//! anything else (javascript:, file:, data:, ...) is refused and reported.
class SafeTextBrowser : public QTextBrowser {
    Q_OBJECT
public:
    explicit SafeTextBrowser(QWidget* parent = nullptr);

    //! Opens a link clicked anywhere in the desk (browser views and message bubbles alike).
    //! Returns false, opening nothing, for any scheme other than http, https or mailto.
    static bool openLink(const QUrl& url);

    int refusedResources() const { return m_refused; }

signals:
    void linkOpened(const QUrl& url);
    void linkRefused(const QUrl& url);

protected:
    QVariant loadResource(int type, const QUrl& name) override;

private:
    void onAnchorClicked(const QUrl& url);
    int m_refused = 0;
};

} // namespace ui
} // namespace agentdesk
