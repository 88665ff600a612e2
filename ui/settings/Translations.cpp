#include "ui/settings/Translations.h"

#include "desk/DeskSettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QPointer>
#include <QTranslator>

namespace agentdesk {
namespace ui {

Q_LOGGING_CATEGORY(lcTranslations, "agentdesk.ui.translations")

namespace Translations {

namespace {

QPointer<QTranslator> s_desk; //!< agentdesk_<lang>.qm, embedded at :/i18n
QPointer<QTranslator> s_qt;   //!< qtbase_<lang>.qm from Qt's translations folder

void remove(QPointer<QTranslator>& translator) {
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
}

//! A translator for `locale` from `directory`, or nullptr when there is no file for it.
QTranslator* load(const QLocale& locale, const QString& name, const QString& directory) {
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, name, QStringLiteral("_"), directory)) {
        QCoreApplication::installTranslator(translator);
        return translator;
    }
    delete translator;
    return nullptr;
}

} // namespace

QList<Language> available() {
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("pt_BR"), QStringLiteral("Português (Brasil)")},
    };
}

QString chosenLanguage() {
    const QString code = agentdesk::DeskSettings::language();
    if (code.isEmpty())
        return {};
    for (const Language& language : available()) {
        if (language.code == code)
            return code;
    }
    qCWarning(lcTranslations) << "unknown language" << code
                              << "in the settings; using the system's";
    return {};
}

QLocale chosenLocale() {
    const QString code = chosenLanguage();
    if (code.isEmpty())
        return QLocale::system();
    const QLocale language(code);
    if (language.territory() != QLocale::AnyTerritory && code.contains(u'_'))
        return language; // the territory is part of the choice: pt_BR
    // Qt falls back to the language's home territory when the pair does not exist
    return QLocale(language.language(), QLocale::system().territory());
}

QLocale install() {
    remove(s_desk);
    remove(s_qt);
    const QLocale locale = chosenLocale();
    QLocale::setDefault(locale);
    // English is the source language: nothing to load, and a system's fallback languages (its
    // LANGUAGE list) must not turn an English desk into another language.
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return locale;
    s_desk = load(locale, QStringLiteral("agentdesk"), QStringLiteral(":/i18n"));
    s_qt =
        load(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (!s_desk)
        qCInfo(lcTranslations) << "no AgentDesk translation for" << locale.uiLanguages()
                               << "; the desk speaks English";
    if (!s_qt)
        qCInfo(lcTranslations) << "no Qt translation for" << locale.uiLanguages() << "in"
                               << QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    return locale;
}

} // namespace Translations

} // namespace ui
} // namespace agentdesk
