#pragma once

#include <QObject>
#include <QPointer>

class QThread;

namespace agentdesk {

//! The integrity check of a workspace's history, after the desk is on screen instead of before.
//!
//! PRAGMA quick_check reads every page: the History runs it while opening files of up to
//! 64 MiB, 32 ms for a 20 MB history, before the first frame of every start. The desk opens the
//! history without it and runs it here, on a read-only connection of its own in a thread of its
//! own, once the first frame is painted. Damage found is remembered next to the history: the
//! next start checks the file while opening it, and the History moves a damaged one aside then,
//! as it did before.
class HistoryCheck : public QObject {
    Q_OBJECT
public:
    //! The biggest history checked (the History's own limit for checking while opening).
    static constexpr qint64 kMaxBytes = 64 * 1024 * 1024;

    //! True when a check found the history in `dataDir` damaged: open it with the full check.
    static bool neededAtOpen(const QString& dataDir);
    //! The history was opened with the full check: forget the damage found before.
    static void doneAtOpen(const QString& dataDir);

    HistoryCheck(const QString& historyPath, const QString& dataDir, QObject* parent = nullptr);
    //! Waits for a check still running (reading up to kMaxBytes).
    ~HistoryCheck() override;

    //! Starts checking in the background, when the file is not bigger than kMaxBytes.
    void start();

signals:
    //! `problem` is empty when no damage was found.
    void finished(const QString& problem);

private:
    QString m_path;
    QString m_dataDir;
    QPointer<QThread> m_thread;
};

} // namespace agentdesk
