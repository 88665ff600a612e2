#pragma once

#include <functional>

class QObject;
class QWidget;

namespace agentdesk {
namespace ui {

//! What the first frame does not need waits until it is on screen: the keychain lookups, the
//! outbox and the inbox sync, the tray icon. The agent sees the complete desk first; this work
//! follows in the next turns of the event loop.
namespace FirstPaint {

//! Runs `work` (once, unless `context` is gone) after `window` has painted itself for the first
//! time, or after `fallbackMs` when it never does (a desk started minimized). Call it once the
//! window is shown (it watches the platform window too).
void then(QWidget* window, QObject* context, std::function<void()> work, int fallbackMs = 1000);

} // namespace FirstPaint

} // namespace ui
} // namespace agentdesk
