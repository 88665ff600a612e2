#pragma once

#include <QObject>

class QSocketNotifier;

namespace agentdesk {

//! Turns SIGTERM and SIGINT into a Qt signal, safely: the handler only writes one byte to a
//! socket pair (async-signal-safe) and a QSocketNotifier reads it in the event loop. The desk
//! and the sandbox quit their event loop on it, so a `kill` ends them the way closing does:
//! the outbox and the history are closed, the demo sandbox is stopped and saves its state.
//! One per process.
class StopSignals : public QObject {
    Q_OBJECT
public:
    explicit StopSignals(QObject* parent = nullptr);
    ~StopSignals() override;

    bool isInstalled() const { return m_notifier != nullptr; }

signals:
    void stopRequested(int signalNumber);

private:
    static void handle(int signalNumber);
    void readSignal();

    QSocketNotifier* m_notifier = nullptr;
};

} // namespace agentdesk
