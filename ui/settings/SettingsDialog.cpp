#include "ui/settings/SettingsDialog.h"
#include "desk/DeskSettings.h"
#include "ui/settings/Translations.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace agentdesk {
namespace ui {

using agentdesk::DeskSettings;

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
    , m_enterSends(
          new QCheckBox(tr("&Enter sends the reply (Shift+Enter starts a new line)"), this))
    , m_notifications(new QCheckBox(tr("&Notify me of new visitor messages"), this))
    , m_language(new QComboBox(this)) {
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

    // Each language is named in itself, so that an agent who cannot read the current one
    // still finds their own.
    m_language->addItem(tr("System default"), QString());
    for (const Translations::Language& language : Translations::available())
        m_language->addItem(language.nativeName, language.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(Translations::chosenLanguage())));
    m_language->setAccessibleName(tr("Language"));
    m_language->setToolTip(tr("The language of the desk, its dates and its numbers."));
    auto* languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    auto* restartNote = new QLabel(tr("A new language takes effect after a restart."), this);
    restartNote->setWordWrap(true);
    auto* languageRow = new QFormLayout;
    languageRow->addRow(languageLabel, m_language);
    languageRow->addRow(QString(), restartNote);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save settings"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_enterSends);
    layout->addWidget(m_notifications);
    layout->addLayout(languageRow);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setTabOrder(m_enterSends, m_notifications);
    setTabOrder(m_notifications, m_language);
    setTabOrder(m_language, buttons);
    m_enterSends->setFocus();
}

bool SettingsDialog::enterSends() {
    return DeskSettings::enterSends();
}

bool SettingsDialog::notificationsEnabled() {
    return DeskSettings::notificationsEnabled();
}

void SettingsDialog::accept() {
    DeskSettings::setEnterSends(m_enterSends->isChecked());
    DeskSettings::setNotificationsEnabled(m_notifications->isChecked());
    DeskSettings::setLanguage(m_language->currentData().toString());
    emit settingsChanged();
    QDialog::accept();
}

} // namespace ui
} // namespace agentdesk
