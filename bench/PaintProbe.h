#pragma once

#include "BenchSupport.h"

#include <QEvent>
#include <QEventLoop>
#include <QTimer>
#include <QWidget>

#include <utility>

namespace bench {

//! A top-level widget that counts its completed paints.
//!
//! A top-level QWidget paints in one go when it handles QEvent::UpdateRequest (it syncs its
//! backing store: every dirty child paints, then the window is flushed), so the moment that event
//! returns is "painted and on screen", the same for the desk and the minimal program, on any
//! platform plugin including offscreen.
//!
//! A paint is not always the one that was waited for: an item view lays itself out after a
//! change and asks for its paint in a later update, so the window's next paint may be of other
//! widgets only. watch() names the widget that must have painted (a view's viewport), and
//! waitForPaintOf() waits for a completed paint that included it.
template<class Window> class PaintProbe : public Window {
public:
    template<class... Args>
    explicit PaintProbe(Args&&... args)
        : Window(std::forward<Args>(args)...) {}

    int paints() const { return m_paints; }
    qint64 firstPaintEpochMicros() const { return m_firstPaintEpochMicros; }

    //! Runs the event loop until a paint after `paintsBefore` completed; false after `timeoutMs`.
    bool waitForPaint(int paintsBefore, int timeoutMs = 10000) {
        return wait(&m_paints, paintsBefore, timeoutMs);
    }

    //! Counts the completed paints of the window that included `child` (one widget at a time).
    void watch(QWidget* child) {
        if (m_child)
            m_child->removeEventFilter(this);
        m_child = child;
        m_childPaints = 0;
        child->installEventFilter(this);
    }
    int paintsOfWatched() const { return m_childPaints; }
    //! Runs the event loop until a paint that included the watched widget, after
    //! `paintsBefore` of them, completed; false after `timeoutMs`.
    bool waitForPaintOfWatched(int paintsBefore, int timeoutMs = 10000) {
        return wait(&m_childPaints, paintsBefore, timeoutMs);
    }

protected:
    bool event(QEvent* event) override {
        const bool update = event->type() == QEvent::UpdateRequest;
        const bool result = Window::event(event);
        if (update) {
            if (++m_paints == 1)
                m_firstPaintEpochMicros = epochMicros();
            if (m_childPainted) {
                m_childPainted = false;
                ++m_childPaints;
            }
            if (m_loop && *m_counter > m_waitFor)
                m_loop->exit(0);
        }
        return result;
    }

    bool eventFilter(QObject* watched, QEvent* event) override {
        if (watched == m_child && event->type() == QEvent::Paint)
            m_childPainted = true;
        return Window::eventFilter(watched, event);
    }

private:
    bool wait(const int* counter, int before, int timeoutMs) {
        if (*counter > before)
            return true;
        QEventLoop loop;
        m_loop = &loop;
        m_counter = counter;
        m_waitFor = before;
        QTimer::singleShot(timeoutMs, &loop, [&loop] { loop.exit(1); });
        const bool painted = loop.exec() == 0;
        m_loop = nullptr;
        return painted;
    }

    int m_paints = 0;
    int m_childPaints = 0;
    bool m_childPainted = false;
    QObject* m_child = nullptr;
    const int* m_counter = &m_paints;
    int m_waitFor = 0;
    qint64 m_firstPaintEpochMicros = 0;
    QEventLoop* m_loop = nullptr;
};

} // namespace bench
