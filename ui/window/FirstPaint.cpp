#include "ui/window/FirstPaint.h"

#include <QEvent>
#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <QWindow>

namespace agentdesk {
namespace ui {

namespace FirstPaint {

namespace {

//! Watches the window's events; on its first paint (or the fallback) queues the work behind it,
//! so it runs once the frame is painted and flushed, and then goes away.
class Watcher : public QObject {
public:
    Watcher(QWidget* window, QObject* context, std::function<void()> work, int fallbackMs)
        : QObject(window)
        , m_context(context)
        , m_work(std::move(work)) {
        window->installEventFilter(this);
        m_handle = window->windowHandle();
        if (m_handle)
            m_handle->installEventFilter(this);
        QTimer::singleShot(fallbackMs, this, &Watcher::fire);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        // A shown window paints its widgets and flushes them while it handles an expose (of its
        // platform window) or an update request: the work is queued behind that event.
        const bool exposed = m_handle && m_handle->isExposed();
        switch (event->type()) {
        case QEvent::Expose:
        case QEvent::UpdateRequest:
            if (exposed)
                QMetaObject::invokeMethod(this, &Watcher::fire, Qt::QueuedConnection);
            break;
        case QEvent::Paint:
            QMetaObject::invokeMethod(this, &Watcher::fire, Qt::QueuedConnection);
            break;
        default:
            break;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void fire() {
        if (m_fired)
            return;
        m_fired = true;
        parent()->removeEventFilter(this);
        if (m_handle)
            m_handle->removeEventFilter(this);
        if (m_context)
            m_work();
        deleteLater();
    }

    QPointer<QWindow> m_handle;
    QPointer<QObject> m_context;
    std::function<void()> m_work;
    bool m_fired = false;
};

} // namespace

void then(QWidget* window, QObject* context, std::function<void()> work, int fallbackMs) {
    new Watcher(window, context, std::move(work), fallbackMs);
}

} // namespace FirstPaint

} // namespace ui
} // namespace agentdesk
