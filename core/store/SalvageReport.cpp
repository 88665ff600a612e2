#include "SalvageReport.h"

#include <QJsonArray>

namespace agentdesk {

bool SalvageReport::nothingReadable() const {
    return accounts + conversations + cannedReplies + messages + aiExchanges == 0;
}

QString SalvageReport::summary() const {
    if (nothingReadable())
        return tr("The history file was damaged and nothing in it could be read. The damaged "
                  "file is kept as %1.")
            .arg(damagedCopy);
    const QString lost = unreadable.isEmpty() ? QString() : tr(" Some parts could not be read.");
    return tr("The history file was damaged and has been salvaged. Unsent replies saved: %1.%2 "
              "The damaged file is kept as %3.")
        .arg(unsentReplies)
        .arg(lost, damagedCopy);
}

QString SalvageReport::text() const {
    QStringList lines;
    lines << tr("The history file was damaged (%1).").arg(damage);
    if (nothingReadable()) {
        lines << tr("Nothing in it could be read: a new, empty history was started.");
    } else {
        lines << tr("A new history was started and everything still readable was copied into "
                    "it, unsent replies first:");
        lines << tr("- unsent replies saved (queued, sending or failed): %1").arg(unsentReplies);
        if (unsentWithoutConversation > 0)
            lines << tr("  of them without their conversation, so they cannot be sent (listed "
                        "as failed, with their text): %1")
                         .arg(unsentWithoutConversation);
        lines << tr("- accounts: %1").arg(accounts);
        lines << tr("- conversations: %1 (drafts: %2)").arg(conversations).arg(drafts);
        lines << tr("- canned replies: %1").arg(cannedReplies);
        lines << tr("- messages in all: %1").arg(messages);
        if (aiExchanges > 0)
            lines << tr("- AI exchanges: %1").arg(aiExchanges);
    }
    if (unreadable.isEmpty()) {
        if (!nothingReadable())
            lines << tr("Every row that was found could be read.");
    } else {
        lines << tr("Could not be read:");
        for (const QString& part : unreadable)
            lines << QStringLiteral("- ") + part;
    }
    lines << tr("The damaged file is kept, untouched, as %1.").arg(damagedCopy);
    return lines.join(u'\n');
}

QJsonObject SalvageReport::toJson() const {
    return {{QStringLiteral("at"), at.toString(Qt::ISODateWithMs)},
            {QStringLiteral("damagedCopy"), damagedCopy},
            {QStringLiteral("damage"), damage},
            {QStringLiteral("unsentReplies"), unsentReplies},
            {QStringLiteral("unsentWithoutConversation"), unsentWithoutConversation},
            {QStringLiteral("accounts"), accounts},
            {QStringLiteral("conversations"), conversations},
            {QStringLiteral("drafts"), drafts},
            {QStringLiteral("cannedReplies"), cannedReplies},
            {QStringLiteral("messages"), messages},
            {QStringLiteral("aiExchanges"), aiExchanges},
            {QStringLiteral("unreadable"), QJsonArray::fromStringList(unreadable)}};
}

SalvageReport SalvageReport::fromJson(const QJsonObject& json) {
    SalvageReport report;
    report.at =
        QDateTime::fromString(json.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    report.damagedCopy = json.value(QStringLiteral("damagedCopy")).toString();
    report.damage = json.value(QStringLiteral("damage")).toString();
    report.unsentReplies = json.value(QStringLiteral("unsentReplies")).toInt();
    report.unsentWithoutConversation =
        json.value(QStringLiteral("unsentWithoutConversation")).toInt();
    report.accounts = json.value(QStringLiteral("accounts")).toInt();
    report.conversations = json.value(QStringLiteral("conversations")).toInt();
    report.drafts = json.value(QStringLiteral("drafts")).toInt();
    report.cannedReplies = json.value(QStringLiteral("cannedReplies")).toInt();
    report.messages = json.value(QStringLiteral("messages")).toInt();
    report.aiExchanges = json.value(QStringLiteral("aiExchanges")).toInt();
    for (const QJsonValue& part : json.value(QStringLiteral("unreadable")).toArray())
        report.unreadable << part.toString();
    return report;
}

} // namespace agentdesk
