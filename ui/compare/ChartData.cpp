// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compare/ChartData.h"

#include "ui/compare/CompareSession.h"

namespace nianbao::ui {

namespace {

// A category: the cells summed for it (prefixes of ids, so the 2019 and 2021 rows both match).
struct Category
{
    QString label;
    QStringList prefixes; // a cell belongs when its id starts with one of them
    QString column;       // the column key it must have ("" for any)
};

double sumCells(const Record &record, const Category &category, bool *missing)
{
    double sum = 0;
    const Schema &schema = record.schema();
    for (qsizetype i = 0; i < schema.size() && i < record.cells.size(); ++i) {
        const CellSpec &spec = schema.at(i);
        if (!category.column.isEmpty() && spec.columnKey != category.column)
            continue;
        bool in = false;
        for (const QString &p : category.prefixes)
            in = in || spec.id == p || spec.id.startsWith(p + QLatin1Char('.'));
        if (!in)
            continue;
        if (const auto &v = record.cells.at(i).value)
            sum += *v;
        else
            *missing = true;
    }
    return sum;
}

ChartData build(const Comparison &c, const QString &key, const QString &title, const QList<Category> &categories)
{
    ChartData d;
    d.key = key;
    d.title = title;
    for (const Category &cat : categories) {
        d.categories.append(cat.label);
        bool oldMissing = false, newMissing = false;
        d.older.append(sumCells(c.older, cat, &oldMissing));
        d.newer.append(sumCells(c.newer, cat, &newMissing));
        if (oldMissing)
            d.missing.append(sideName(c.older, Side::Older) + QStringLiteral("·") + cat.label);
        if (newMissing)
            d.missing.append(sideName(c.newer, Side::Newer) + QStringLiteral("·") + cat.label);
    }
    return d;
}

QList<Category> resultCategories(const QStringList &prefixes)
{
    const QStringList labels = {CompareSession::tr("维持"), CompareSession::tr("纠正"),
                                CompareSession::tr("其他结果"), CompareSession::tr("尚未审结")};
    const QStringList keys = {QStringLiteral("upheld"), QStringLiteral("corrected"), QStringLiteral("other"),
                              QStringLiteral("pending")};
    QList<Category> out;
    for (int i = 0; i < keys.size(); ++i) {
        QStringList ids;
        for (const QString &p : prefixes)
            ids.append(p + QLatin1Char('.') + keys.at(i));
        out.append({labels.at(i), ids, QString()});
    }
    return out;
}

} // namespace

QList<ChartData> comparisonCharts(const Comparison &c)
{
    QList<ChartData> charts;
    // Applications received: the 一、本年新收 row, one category per applicant column.
    QList<Category> applicants;
    const QStringList applicantLabels = {CompareSession::tr("自然人"), CompareSession::tr("商业企业"),
                                         CompareSession::tr("科研机构"), CompareSession::tr("社会公益组织"),
                                         CompareSession::tr("法律服务机构"), CompareSession::tr("其他")};
    const QStringList columns = Schema::applicantColumns();
    for (int i = 0; i < applicantLabels.size() && i < columns.size(); ++i)
        applicants.append({applicantLabels.at(i), {QStringLiteral("apply.new")}, columns.at(i)});
    charts.append(build(c, QStringLiteral("applicants"), CompareSession::tr("收到申请数（按申请人类型）"), applicants));

    // Outcomes: the 总计 column of 三、本年度办理结果, one category per kind (sub-rows summed).
    const QString total = QStringLiteral("total");
    charts.append(build(c, QStringLiteral("outcomes"), CompareSession::tr("办理结果（按类型，总计栏）"),
                        {{CompareSession::tr("予以公开"), {QStringLiteral("apply.granted")}, total},
                         {CompareSession::tr("部分公开"), {QStringLiteral("apply.partial")}, total},
                         {CompareSession::tr("不予公开"), {QStringLiteral("apply.denied")}, total},
                         {CompareSession::tr("无法提供"), {QStringLiteral("apply.unavailable")}, total},
                         {CompareSession::tr("不予处理"), {QStringLiteral("apply.not_processed")}, total},
                         {CompareSession::tr("其他处理"), {QStringLiteral("apply.other_handling")}, total}}));

    charts.append(build(c, QStringLiteral("review"), CompareSession::tr("行政复议结果"),
                        resultCategories({QStringLiteral("review")})));
    charts.append(build(c, QStringLiteral("litigation"),
                        CompareSession::tr("行政诉讼结果（两类合计）"),
                        resultCategories({QStringLiteral("litigation.direct"), QStringLiteral("litigation.after_review")})));
    return charts;
}

} // namespace nianbao::ui
