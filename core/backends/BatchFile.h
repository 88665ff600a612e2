#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace agentdesk {

//! One message of a batch file, whichever backend shape it was written in.
struct BatchItem {
    QString text;           //!< `msg` (Rocket.Chat) or `message` (SocialBoards)
    QDateTime creationTime; //!< SocialBoards `creationTime`; invalid when absent
};

//! Reads a batch file: a JSON array of `{"msg": ...}` or `{"message": ..., "creationTime": ...}`
//! objects. Anything else is refused as a whole, with an error naming the position (line and
//! column for syntax errors, the element index and field for shape errors), so a malformed file
//! never sends half of itself.
std::optional<QList<BatchItem>> parseBatchFile(const QByteArray& content, QString* error);

} // namespace agentdesk
