#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace agentdesk {
namespace ui {

//! The desk's language. It follows the system locale unless the agent chose one in Settings
//! (DeskSettings::language(), applied at the next start). The chosen locale also
//! becomes QLocale's default, so dates and numbers follow the language.
namespace Translations {

struct Language {
    QString code;       //!< "en", "de", "es", "fr", "pt_BR"
    QString nativeName; //!< the language's name in itself: "Deutsch", "Português (Brasil)"
};

//! The languages the desk speaks, English (its source language) first.
QList<Language> available();

//! The code stored in the settings; empty when the system decides (also for unknown codes).
QString chosenLanguage();

//! The locale the desk runs in: the system's, or the chosen language in the system's territory
//! where that combination exists ("de" on a Swiss system is de_CH), else in its home territory.
QLocale chosenLocale();

//! Installs the desk's translator (from :/i18n) and Qt's own (qtbase, for standard buttons and
//! dialogs) for chosenLocale(), replacing any installed earlier, and makes that locale the
//! default. Call once the QCoreApplication exists and its organization and application names
//! are set. Returns the locale installed.
QLocale install();

} // namespace Translations

} // namespace ui
} // namespace agentdesk
