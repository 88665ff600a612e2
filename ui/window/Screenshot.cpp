#include "ui/window/Screenshot.h"

#include <QEvent>
#include <QImageWriter>
#include <QPixmap>
#include <QTimer>
#include <QWidget>

namespace agentdesk {
namespace ui {

Screenshot::Screenshot(QWidget* window, const QString& path, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_path(path) {}

void Screenshot::arm(int fallbackMs) {
    m_window->installEventFilter(this);
    QTimer::singleShot(fallbackMs, this, &Screenshot::grab);
}

bool Screenshot::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_window && event->type() == QEvent::Paint && !m_scheduled) {
        m_scheduled = true;
        // Let queued layouts (list views lay out lazily) and the first paint settle.
        QTimer::singleShot(300, this, &Screenshot::grab);
    }
    return QObject::eventFilter(watched, event);
}

void Screenshot::grab() {
    if (m_done)
        return;
    m_done = true;
    m_window->removeEventFilter(this);
    const QPixmap pixmap = m_window->grab();
    QImageWriter writer(m_path, "png");
    if (pixmap.isNull() || !writer.write(pixmap.toImage())) {
        emit finished(false, tr("Cannot write the screenshot to %1: %2")
                                 .arg(m_path, pixmap.isNull() ? tr("nothing was rendered")
                                                              : writer.errorString()));
        return;
    }
    emit finished(true, {});
}

} // namespace ui
} // namespace agentdesk
