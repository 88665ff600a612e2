#pragma once

#include <QColor>
#include <QPalette>

namespace agentdesk {
namespace ui {

//! Colours of the desk, derived from the system palette so light and dark themes both work.
namespace DeskPalette {

//! `a` blended towards `b` by `amount` (0..1).
QColor mix(const QColor& a, const QColor& b, qreal amount);
bool isDark(const QPalette& palette);

QColor visitorBubble(const QPalette& palette);
QColor agentBubble(const QPalette& palette);
QColor aiBubble(const QPalette& palette);
QColor aiBorder(const QPalette& palette);
QColor secondaryText(const QPalette& palette); //!< timestamps, previews
QColor hairline(const QPalette& palette);      //!< separators
QColor error(const QPalette& palette);         //!< failed delivery, readable on base
QColor warning(const QPalette& palette);       //!< a stuck conversation
QColor badge(const QPalette& palette);         //!< unread count pill
QColor badgeText(const QPalette& palette);

} // namespace DeskPalette

} // namespace ui
} // namespace agentdesk
