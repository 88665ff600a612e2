#include "SettingsDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
    , m_enterSends(
          new QCheckBox(tr("&Enter sends the reply (Shift+Enter starts a new line)"), this))
    , m_notifications(new QCheckBox(tr("&Notify me of new visitor messages"), this)) {
    setWindowTitle(tr("Settings"));
    setAccessibleName(tr("Settings"));
    m_enterSends->setAccessibleName(tr("Enter sends the reply"));
    m_enterSends->setToolTip(
        tr("When off, Enter starts a new line and Ctrl+Enter sends the reply."));
    m_notifications->setAccessibleName(tr("Notify of new visitor messages"));
    m_notifications->setToolTip(
        tr("A notification and a taskbar flag when a visitor writes while the desk is in the "
           "background."));
    m_enterSends->setChecked(enterSends());
    m_notifications->setChecked(notificationsEnabled());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save settings"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_enterSends);
    layout->addWidget(m_notifications);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setTabOrder(m_enterSends, m_notifications);
    setTabOrder(m_notifications, buttons);
    m_enterSends->setFocus();
}

bool SettingsDialog::enterSends() {
    return QSettings().value(QLatin1String(kEnterSendsKey), true).toBool();
}

bool SettingsDialog::notificationsEnabled() {
    return QSettings().value(QLatin1String(kNotificationsKey), true).toBool();
}

void SettingsDialog::accept() {
    QSettings settings;
    settings.setValue(QLatin1String(kEnterSendsKey), m_enterSends->isChecked());
    settings.setValue(QLatin1String(kNotificationsKey), m_notifications->isChecked());
    settings.sync();
    emit settingsChanged();
    QDialog::accept();
}
