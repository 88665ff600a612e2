#pragma once

#include "BenchSupport.h"

#include <QEvent>
#include <QEventLoop>
#include <QTimer>

#include <utility>

namespace bench {

//! A top-level widget that counts its completed paints.
//!
//! A top-level QWidget paints in one go when it handles QEvent::UpdateRequest (it syncs its
//! backing store: every dirty child paints, then the window is flushed), so the moment that event
//! returns is "painted and on screen", the same for the desk and the minimal program, on any
//! platform plugin including offscreen.
template<class Window> class PaintProbe : public Window {
public:
    template<class... Args>
    explicit PaintProbe(Args&&... args)
        : Window(std::forward<Args>(args)...) {}

    int paints() const { return m_paints; }
    qint64 firstPaintEpochMicros() const { return m_firstPaintEpochMicros; }

    //! Runs the event loop until a paint after `paintsBefore` completed; false after `timeoutMs`.
    bool waitForPaint(int paintsBefore, int timeoutMs = 10000) {
        if (m_paints > paintsBefore)
            return true;
        QEventLoop loop;
        m_loop = &loop;
        m_waitFor = paintsBefore;
        QTimer::singleShot(timeoutMs, &loop, [&loop] { loop.exit(1); });
        const bool painted = loop.exec() == 0;
        m_loop = nullptr;
        return painted;
    }

protected:
    bool event(QEvent* event) override {
        const bool update = event->type() == QEvent::UpdateRequest;
        const bool result = Window::event(event);
        if (update) {
            if (++m_paints == 1)
                m_firstPaintEpochMicros = epochMicros();
            if (m_loop && m_paints > m_waitFor)
                m_loop->exit(0);
        }
        return result;
    }

private:
    int m_paints = 0;
    int m_waitFor = 0;
    qint64 m_firstPaintEpochMicros = 0;
    QEventLoop* m_loop = nullptr;
};

} // namespace bench
