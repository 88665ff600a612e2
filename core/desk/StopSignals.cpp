#include "StopSignals.h"

#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace agentdesk {

namespace {
int g_fds[2] = {-1, -1}; // [0] written by the handler, [1] read by the notifier
} // namespace

StopSignals::StopSignals(QObject* parent)
    : QObject(parent) {
#ifdef Q_OS_UNIX
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_fds) != 0)
        return;
    m_notifier = new QSocketNotifier(g_fds[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &StopSignals::readSignal);
    struct sigaction action = {};
    action.sa_handler = &StopSignals::handle;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
#endif
}

StopSignals::~StopSignals() {
#ifdef Q_OS_UNIX
    if (!m_notifier)
        return;
    ::signal(SIGTERM, SIG_DFL);
    ::signal(SIGINT, SIG_DFL);
    delete m_notifier;
    m_notifier = nullptr;
    ::close(g_fds[0]);
    ::close(g_fds[1]);
    g_fds[0] = g_fds[1] = -1;
#endif
}

void StopSignals::handle(int signalNumber) {
#ifdef Q_OS_UNIX
    const char byte = char(signalNumber);
    [[maybe_unused]] const ssize_t written = ::write(g_fds[0], &byte, 1);
#else
    Q_UNUSED(signalNumber);
#endif
}

void StopSignals::readSignal() {
#ifdef Q_OS_UNIX
    char byte = 0;
    if (::read(g_fds[1], &byte, 1) == 1)
        emit stopRequested(int(byte));
#endif
}

} // namespace agentdesk
