#include "ui/style/Palette.h"

namespace agentdesk {
namespace ui {

namespace DeskPalette {

QColor mix(const QColor& a, const QColor& b, qreal amount) {
    const qreal keep = 1.0 - amount;
    return QColor::fromRgbF(float(a.redF() * keep + b.redF() * amount),
                            float(a.greenF() * keep + b.greenF() * amount),
                            float(a.blueF() * keep + b.blueF() * amount));
}

bool isDark(const QPalette& palette) {
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor visitorBubble(const QPalette& palette) {
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text),
               isDark(palette) ? 0.11 : 0.06);
}

QColor agentBubble(const QPalette& palette) {
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Highlight),
               isDark(palette) ? 0.30 : 0.15);
}

QColor aiBubble(const QPalette& palette) {
    // The highlight's hue turned a third of the way round: related to the theme, clearly other.
    QColor accent = palette.color(QPalette::Highlight).toHsl();
    accent.setHsl((accent.hslHue() + 100) % 360, accent.hslSaturation(), accent.lightness());
    return mix(palette.color(QPalette::Base), accent, isDark(palette) ? 0.22 : 0.10);
}

QColor aiBorder(const QPalette& palette) {
    return mix(aiBubble(palette), palette.color(QPalette::Text), 0.18);
}

QColor secondaryText(const QPalette& palette) {
    return mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.42);
}

QColor hairline(const QPalette& palette) {
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.14);
}

QColor error(const QPalette& palette) {
    return QColor::fromHsl(4, 170, isDark(palette) ? 165 : 105);
}

QColor warning(const QPalette& palette) {
    return QColor::fromHsl(36, 200, isDark(palette) ? 150 : 100);
}

QColor badge(const QPalette& palette) {
    return palette.color(QPalette::Highlight);
}

QColor badgeText(const QPalette& palette) {
    return palette.color(QPalette::HighlightedText);
}

} // namespace DeskPalette

} // namespace ui
} // namespace agentdesk
