#include "HistoryCheck.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

Q_LOGGING_CATEGORY(lcHistoryCheck, "agentdesk.history.check")

namespace agentdesk {

namespace {

QString markerIn(const QString& dataDir) {
    return QDir(dataDir).filePath(QStringLiteral("history.check-at-open"));
}

//! What PRAGMA quick_check says about the file: empty when it is fine (or cannot be told now).
QString quickCheck(const QString& path) {
    static QAtomicInteger<quint64> counter;
    const QString name =
        QStringLiteral("agentdesk.historycheck.%1").arg(counter.fetchAndAddRelaxed(1) + 1);
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            qCInfo(lcHistoryCheck) << "cannot check the history now:" << db.lastError().text();
        } else {
            QSqlQuery query(db);
            query.setForwardOnly(true);
            if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
                problem = query.lastError().text();
            } else {
                QStringList found;
                while (query.next() && found.size() < 5)
                    found << query.value(0).toString();
                if (found != QStringList{QStringLiteral("ok")})
                    problem = found.join(QStringLiteral("; ")).simplified();
            }
            query.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

} // namespace

bool HistoryCheck::neededAtOpen(const QString& dataDir) {
    return QFileInfo::exists(markerIn(dataDir));
}

void HistoryCheck::doneAtOpen(const QString& dataDir) {
    QFile::remove(markerIn(dataDir));
}

HistoryCheck::HistoryCheck(const QString& historyPath, const QString& dataDir, QObject* parent)
    : QObject(parent)
    , m_path(historyPath)
    , m_dataDir(dataDir) {}

HistoryCheck::~HistoryCheck() {
    if (m_thread)
        m_thread->wait();
}

void HistoryCheck::start() {
    const QFileInfo file(m_path);
    if (m_thread || !file.exists() || file.size() > kMaxBytes)
        return;
    const QString path = m_path;
    const QString marker = markerIn(m_dataDir);
    const QPointer<HistoryCheck> self(this);
    m_thread = QThread::create([path, marker, self] {
        const QString problem = quickCheck(path);
        if (!problem.isEmpty()) {
            qCWarning(lcHistoryCheck).noquote()
                << "the history is damaged:" << problem << "- the next start checks it whole";
            QFile remember(marker);
            if (!remember.open(QIODevice::WriteOnly))
                qCWarning(lcHistoryCheck) << "cannot remember it:" << remember.errorString();
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, problem] {
                if (self)
                    emit self->finished(problem);
            },
            Qt::QueuedConnection);
    });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
}

} // namespace agentdesk
