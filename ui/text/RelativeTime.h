#pragma once

#include <QDateTime>
#include <QString>

namespace agentdesk {
namespace ui {

//! Short, calm times for lists and bubbles, in the agent's locale and time zone.
namespace RelativeTime {

//! "now", "5 min", "14:02" (today), "Yesterday", "Mon", "12 Mar" (this year, in the
//! translation's format), the locale's short date for other years.
QString shortAgo(const QDateTime& when, const QDateTime& now = QDateTime::currentDateTime());
//! "14:02" in the local time zone.
QString timeOfDay(const QDateTime& when);
//! "Today", "Yesterday", "Monday 12 March" (this year, in the translation's format), the locale's
//! long date for other years: the day separator's label.
QString dayLabel(const QDate& day, const QDate& today = QDate::currentDate());

} // namespace RelativeTime

} // namespace ui
} // namespace agentdesk
