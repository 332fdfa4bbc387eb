// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The interface language: Chinese by default (the source strings are Chinese), English from
// translations/nianbao_en.ts. It follows the system unless the reviewer chose one in the menu.
#include <QString>

namespace nianbao::ui {

// "zh_CN" or "en": the saved choice, else the system's first UI language, else Chinese.
QString preferredLanguage();
QString currentLanguage();
// Installs the translators for a language (Qt's own dialogs too); `remember` saves the choice.
// Open windows retranslate on QEvent::LanguageChange.
void setLanguage(const QString &language, bool remember);

} // namespace nianbao::ui
