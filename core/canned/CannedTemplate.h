#pragma once

#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace agentdesk {

//! What the placeholders of a canned reply stand for in one conversation.
struct PlaceholderValues {
    QString visitorName;
    QString visitorEmail;
    QString agentName;
    QString conversationId;
    QDateTime now;  //!< {date} and {time}; invalid: the current time
    QLocale locale; //!< how {date} and {time} are written
};

//! A canned reply with its placeholders filled for one conversation.
struct FilledReply {
    struct Flag {
        int start = 0; //!< in `text`
        int length = 0;
        QString placeholder; //!< "{visitor.emial}"
        QString reason;      //!< for the agent
    };
    QString text;
    int cursor = -1;   //!< where `{cursor}` was (-1: none)
    QList<Flag> flags; //!< placeholders left in the text: unknown, or known without a value
    bool complete() const { return flags.isEmpty(); }
};

//! Placeholders: {visitor.name}, {visitor.email}, {agent.name}, {conversation.id}, {date},
//! {time}, and {cursor} (where the cursor lands). An unknown placeholder, or a known one with no
//! value here, stays in the text as written and is flagged, never silently removed.
namespace CannedTemplate {

QStringList knownPlaceholders(); //!< "{visitor.name}", ... "{cursor}"
FilledReply fill(const QString& text, const PlaceholderValues& values);
//! The parts of a multi-part reply: split at lines holding only `---`, each part trimmed of
//! blank lines around it, empty parts dropped. One element for an ordinary reply.
QStringList parts(const QString& text);

} // namespace CannedTemplate

} // namespace agentdesk
