#pragma once

#include <QByteArray>
#include <QString>

namespace agentdesk {

//! The desk's own preferences, with their keys in one place. They live in the platform's
//! settings store (QSettings with the application's organisation and name), shared by every
//! workspace of the agent: the reply box's Enter, notifications and the language follow the
//! agent, not a workspace. The window, the settings dialog and the attention rules read them
//! here, so a key is never spelled twice.
class DeskSettings {
public:
    //! Enter sends the reply (Shift+Enter makes a new line); off: Ctrl+Enter sends.
    static bool enterSends();
    static void setEnterSends(bool on);

    //! A desktop notification when a visitor writes while the desk is in the background.
    static bool notificationsEnabled();
    static void setNotificationsEnabled(bool on);

    //! The language chosen in Settings: empty for the system's (applied at the next start).
    static QString language();
    static void setLanguage(const QString& code);

    //! The window's geometry, dock state and splitter, as saved when it last closed.
    struct WindowState {
        QByteArray geometry;
        QByteArray state;
        QByteArray splitter;
    };
    static WindowState windowState();
    static void setWindowState(const WindowState& window);

    //! The keys, for the few places that read them before the application object exists.
    static constexpr auto kEnterSendsKey = "composer/enterSends";
    static constexpr auto kNotificationsKey = "notifications/enabled";
    static constexpr auto kLanguageKey = "ui/language";
    static constexpr auto kWindowGeometryKey = "window/geometry";
    static constexpr auto kWindowStateKey = "window/state";
    static constexpr auto kWindowSplitterKey = "window/splitter";
};

} // namespace agentdesk
