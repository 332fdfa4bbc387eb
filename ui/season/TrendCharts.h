// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An agency's key figures across its years (issue 11), as line charts (Qt Charts): the summary
// workbook's key totals in three charts by what they count — applications (本年新收, 上年结转,
// 办理结果总计, 结转下年度), 行政复议 and 行政诉讼, and fees (万元, a scale of their own). One
// point per year (the first report of a year, as the cross-year checks take it). A year whose
// value is open has no point and the line breaks there: an open value is never drawn as 0; the
// note under the charts names them.
#include "core/project/Season.h"

#include <QList>
#include <QWidget>

class QChartView;
class QLabel;
class QLineSeries;

namespace nianbao::ui {

class TrendCharts final : public QWidget
{
    Q_OBJECT
public:
    explicit TrendCharts(QWidget *parent = nullptr);

    // Draws the figures of these rows (an agency's years, oldest first).
    void setRows(const QList<SeasonRow> &rows);

    // The years drawn, ascending.
    const QList<int> &years() const { return m_years; }
    qsizetype chartCount() const { return m_views.size(); }
    QChartView *chartView(int i) const { return m_views.value(i); }
    // The key totals (indices into keyTotalLabels()) drawn in chart i.
    QList<int> chartTotals(int i) const;
    // The line segments of key total `total` (an index into keyTotalLabels()): the points of each
    // (x: the year), in order. Empty when it is not drawn.
    QList<QLineSeries *> seriesOf(int total) const;
    // The line under the charts: the open values by year, or that there is no year to draw.
    QString note() const;

private:
    void redraw(int chart);

    QList<int> m_years;
    // Per key total, its value by year (m_years order).
    QList<QList<std::optional<double>>> m_values;
    QList<QChartView *> m_views;
    QList<QList<QLineSeries *>> m_series; // per key total
    QLabel *m_note = nullptr;
};

} // namespace nianbao::ui
