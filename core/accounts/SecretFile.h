#pragma once

#include <QHash>
#include <QString>

namespace agentdesk {

//! The agent's explicit opt-in when there is no system keychain: secrets in one file that only
//! the agent's own user can read (0600), under the data directory.
//!
//! It is written atomically (QSaveFile) with owner-only permissions set before the first byte is
//! written, so no other user ever sees even a partial file. A file found with wider permissions is
//! narrowed to 0600 before it is read.
class SecretFile {
public:
    explicit SecretFile(QString path);

    QString path() const { return m_path; }
    bool exists() const;

    //! Reads all secrets; false (and error()) when the file is unreadable or damaged.
    bool load(QHash<qint64, QString>* secrets);
    //! Replaces the file's content with `secrets`; false (and error()) on any I/O failure.
    bool save(const QHash<qint64, QString>& secrets);
    //! Deletes the file (opting out); true when it is gone.
    bool remove();

    QString error() const { return m_error; }

private:
    QString m_path;
    QString m_error;
};

} // namespace agentdesk
