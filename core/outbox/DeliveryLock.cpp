#include "DeliveryLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDeliveryLock, "agentdesk.outbox.lock", QtInfoMsg)

namespace agentdesk {

DeliveryLock::DeliveryLock(const QString& dataDir)
    : m_file(std::make_unique<QLockFile>(path(dataDir))) {
    // Only a holder that no longer runs leaves a stale lock: a desk delivering for days is not.
    m_file->setStaleLockTime(0);
}

DeliveryLock::~DeliveryLock() = default;

QString DeliveryLock::path(const QString& dataDir) {
    return QDir(dataDir).filePath(QStringLiteral("outbox.lock"));
}

bool DeliveryLock::tryTake() {
    if (m_file->isLocked())
        return true;
    if (m_file->tryLock(0)) {
        qCInfo(lcDeliveryLock) << "this process delivers the outbox of" << m_file->fileName();
        return true;
    }
    if (m_file->error() != QLockFile::LockFailedError)
        qCWarning(lcDeliveryLock) << "cannot take" << m_file->fileName() << "error"
                                  << m_file->error();
    return false;
}

bool DeliveryLock::isHeld() const {
    return m_file->isLocked();
}

void DeliveryLock::release() {
    if (m_file->isLocked())
        m_file->unlock();
}

QString DeliveryLock::holder() const {
    qint64 pid = 0;
    QString host;
    QString app;
    if (m_file->isLocked()) {
        pid = QCoreApplication::applicationPid();
        app = QCoreApplication::applicationName();
    } else if (!m_file->getLockInfo(&pid, &host, &app)) {
        return {};
    }
    // A program name and a process id read the same in every language.
    const QString program = QFileInfo(app).fileName();
    if (program.isEmpty())
        return QStringLiteral("pid %1").arg(pid);
    return QStringLiteral("%1, pid %2").arg(program).arg(pid);
}

} // namespace agentdesk
