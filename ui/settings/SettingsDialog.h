#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;

namespace agentdesk {
namespace ui {

//! The desk's preferences (core's DeskSettings, which owns their keys): how Enter behaves in the
//! composer, whether new visitor messages raise a notification, and the desk's language (see
//! Translations).
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    static bool enterSends();
    static bool notificationsEnabled();

    void accept() override;

signals:
    //! Saved: the desk re-reads what it needs.
    void settingsChanged();

private:
    QCheckBox* m_enterSends;
    QCheckBox* m_notifications;
    QComboBox* m_language;
};

} // namespace ui
} // namespace agentdesk
