#include "ui/text/SafeTextBrowser.h"

#include "ui/text/SafeText.h"

#include <QDesktopServices>
#include <QToolTip>

namespace agentdesk {
namespace ui {

SafeTextBrowser::SafeTextBrowser(QWidget* parent)
    : QTextBrowser(parent) {
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
    connect(this, &QTextBrowser::anchorClicked, this, &SafeTextBrowser::onAnchorClicked);
    connect(this, qOverload<const QUrl&>(&QTextBrowser::highlighted), this,
            [this](const QUrl& url) {
                // The real target, whatever the link's text claims.
                if (url.isEmpty())
                    QToolTip::hideText();
                else
                    QToolTip::showText(QCursor::pos(),
                                       SafeText::showBidiControls(url.toDisplayString()), this);
            });
}

bool SafeTextBrowser::openLink(const QUrl& url) {
    if (!SafeText::isClickableUrl(url))
        return false;
    return QDesktopServices::openUrl(url);
}

QVariant SafeTextBrowser::loadResource(int, const QUrl&) {
    ++m_refused;
    return {};
}

void SafeTextBrowser::onAnchorClicked(const QUrl& url) {
    if (openLink(url))
        emit linkOpened(url);
    else
        emit linkRefused(url);
}

} // namespace ui
} // namespace agentdesk
