#include "ui/text/SafeTextDocument.h"

#include <QLoggingCategory>

namespace agentdesk {
namespace ui {

Q_LOGGING_CATEGORY(lcSafeText, "agentdesk.ui.safetext")

SafeTextDocument::SafeTextDocument(QObject* parent)
    : QTextDocument(parent) {}

QVariant SafeTextDocument::loadResource(int type, const QUrl& name) {
    ++m_refused;
    qCDebug(lcSafeText) << "refused to load resource of type" << type << "scheme" << name.scheme();
    return {};
}

} // namespace ui
} // namespace agentdesk
