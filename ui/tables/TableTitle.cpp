// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tables/TableTitle.h"

#include <QCoreApplication>

namespace nianbao::ui {

QString tableTitle(TableSection section)
{
    switch (section) {
    case TableSection::Active: return QCoreApplication::translate("TableLayout", "二、主动公开");
    case TableSection::Apply: return QCoreApplication::translate("TableLayout", "三、依申请公开");
    case TableSection::Review: return QCoreApplication::translate("TableLayout", "四、复议诉讼");
    }
    return {};
}

QString layoutText(const QString &source)
{
    return QCoreApplication::translate("TableLayout", source.toUtf8().constData());
}

} // namespace nianbao::ui
