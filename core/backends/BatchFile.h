#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace agentdesk {

//! A SocialBoards `author` (the page's "User value") as a batch file item names it; empty
//! fields were missing or null in the file.
struct BatchAuthor {
    QString name;
    QString email;
    QString id;
    QString customIdentifier;
    QString image;
    bool isBot = false;
};

//! One message of a batch file, whichever backend shape it was written in.
struct BatchItem {
    QString text;           //!< `msg` (Rocket.Chat) or `message` (SocialBoards)
    QDateTime creationTime; //!< SocialBoards `creationTime`; invalid when absent
    //! SocialBoards `author`: the item's own writer, kept as the file says. Unset when the item
    //! names none (missing or null): the command line's author fills it in.
    std::optional<BatchAuthor> author;
    //! SocialBoards `isByTeam` when the item has the field: true a team member, false the
    //! client, unset (null) the server's default. The command line's --by-team fills in only
    //! items without the field (hasIsByTeam false).
    std::optional<bool> isByTeam;
    bool hasIsByTeam = false;
};

//! Reads a batch file: a JSON array of `{"msg": ...}` or `{"message": ..., "creationTime": ...,
//! "author": {...}, "isByTeam": ...}` objects (the SocialBoards page's fields). Anything else is
//! refused as a whole, with an error naming the position (line and column for syntax errors, the
//! element index and field for shape errors), so a malformed file never sends half of itself.
std::optional<QList<BatchItem>> parseBatchFile(const QByteArray& content, QString* error);

} // namespace agentdesk
