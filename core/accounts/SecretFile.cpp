#include "SecretFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcSecretFile, "agentdesk.secretfile")

namespace agentdesk {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QLatin1StringView kHeader("# AgentDesk secrets; readable by this user only\n");
constexpr QLatin1StringView kPrefix("account-");

} // namespace

SecretFile::SecretFile(QString path)
    : m_path(std::move(path)) {}

bool SecretFile::exists() const {
    return QFileInfo::exists(m_path);
}

bool SecretFile::load(QHash<qint64, QString>* secrets) {
    m_error.clear();
    QFile file(m_path);
    if (!file.exists())
        return true;
    if ((file.permissions() & ~(kOwnerOnly | QFileDevice::ReadUser | QFileDevice::WriteUser)) !=
        QFileDevice::Permissions()) {
        qCWarning(lcSecretFile) << "narrowing the permissions of" << m_path << "to 0600";
        if (!file.setPermissions(kOwnerOnly)) {
            m_error = QObject::tr("Cannot make %1 private: %2").arg(m_path, file.errorString());
            return false;
        }
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QObject::tr("Cannot read %1: %2").arg(m_path, file.errorString());
        return false;
    }
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype equals = line.indexOf('=');
        const QByteArray key = line.left(equals);
        bool ok = equals > 0 && key.startsWith(kPrefix.latin1());
        const qint64 accountId = ok ? key.mid(kPrefix.size()).toLongLong(&ok) : 0;
        const auto decoded = QByteArray::fromBase64Encoding(
            line.mid(equals + 1), QByteArray::AbortOnBase64DecodingErrors);
        if (!ok || accountId <= 0 || !decoded) {
            m_error = QObject::tr("%1 is damaged at line %2").arg(m_path).arg(lineNumber);
            return false;
        }
        secrets->insert(accountId, QString::fromUtf8(*decoded));
    }
    return true;
}

bool SecretFile::save(const QHash<qint64, QString>& secrets) {
    m_error.clear();
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        m_error = QObject::tr("Cannot create the folder %1").arg(info.absolutePath());
        return false;
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = QObject::tr("Cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    // Before any byte: the temporary file becomes the final one on commit, permissions included.
    if (!file.setPermissions(kOwnerOnly)) {
        m_error = QObject::tr("Cannot make %1 private: %2").arg(m_path, file.errorString());
        file.cancelWriting();
        return false;
    }
    QByteArray content = kHeader.toString().toLatin1();
    QList<qint64> ids = secrets.keys();
    std::sort(ids.begin(), ids.end());
    for (qint64 id : ids) {
        content += kPrefix.latin1() + QByteArray::number(id) + '=' +
                   secrets.value(id).toUtf8().toBase64() + '\n';
    }
    if (file.write(content) != content.size() || !file.commit()) {
        m_error = QObject::tr("Cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    return true;
}

bool SecretFile::remove() {
    m_error.clear();
    QFile file(m_path);
    if (!file.exists() || file.remove())
        return true;
    m_error = QObject::tr("Cannot delete %1: %2").arg(m_path, file.errorString());
    return false;
}

} // namespace agentdesk
