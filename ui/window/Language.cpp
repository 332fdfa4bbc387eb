// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace nianbao::ui {

static QString s_current = QStringLiteral("zh_CN");
static QTranslator *s_app = nullptr;
static QTranslator *s_qt = nullptr;

QString preferredLanguage()
{
    const QString saved = QSettings().value(QStringLiteral("language")).toString();
    if (saved == QLatin1String("en") || saved == QLatin1String("zh_CN"))
        return saved;
    for (const QString &l : QLocale::system().uiLanguages()) {
        if (l.startsWith(QLatin1String("zh")))
            return QStringLiteral("zh_CN");
        if (l.startsWith(QLatin1String("en")))
            return QStringLiteral("en");
    }
    return QStringLiteral("zh_CN");
}

QString currentLanguage()
{
    return s_current;
}

void setLanguage(const QString &language, bool remember)
{
    auto *app = QCoreApplication::instance();
    for (QTranslator **t : {&s_app, &s_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    s_current = language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("zh_CN");
    if (s_current == QLatin1String("en")) {
        s_app = new QTranslator(app);
        if (s_app->load(QStringLiteral(":/i18n/nianbao_en.qm")))
            QCoreApplication::installTranslator(s_app);
    }
    s_qt = new QTranslator(app);
    if (s_qt->load(QStringLiteral("qtbase_") + s_current, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(s_qt);
    if (remember)
        QSettings().setValue(QStringLiteral("language"), s_current);
    // Installing or removing a translator sends QEvent::LanguageChange to every window.
}

} // namespace nianbao::ui
