#include "DeskSettings.h"

#include <QSettings>

namespace agentdesk {

namespace {

QString key(const char* name) {
    return QString::fromLatin1(name);
}

} // namespace

bool DeskSettings::enterSends() {
    return QSettings().value(key(kEnterSendsKey), true).toBool();
}

void DeskSettings::setEnterSends(bool on) {
    QSettings().setValue(key(kEnterSendsKey), on);
}

bool DeskSettings::notificationsEnabled() {
    return QSettings().value(key(kNotificationsKey), true).toBool();
}

void DeskSettings::setNotificationsEnabled(bool on) {
    QSettings().setValue(key(kNotificationsKey), on);
}

QString DeskSettings::language() {
    return QSettings().value(key(kLanguageKey)).toString();
}

void DeskSettings::setLanguage(const QString& code) {
    QSettings().setValue(key(kLanguageKey), code);
}

DeskSettings::WindowState DeskSettings::windowState() {
    const QSettings settings;
    return {settings.value(key(kWindowGeometryKey)).toByteArray(),
            settings.value(key(kWindowStateKey)).toByteArray(),
            settings.value(key(kWindowSplitterKey)).toByteArray()};
}

void DeskSettings::setWindowState(const WindowState& window) {
    QSettings settings;
    settings.setValue(key(kWindowGeometryKey), window.geometry);
    settings.setValue(key(kWindowStateKey), window.state);
    settings.setValue(key(kWindowSplitterKey), window.splitter);
}

} // namespace agentdesk
