// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/season/TrendCharts.h"

#include "ui/compare/ChartsPanel.h"
#include "ui/season/SeasonTableModel.h"

#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>
#include <QVBoxLayout>
#include <algorithm>

namespace nianbao::ui {

namespace {

struct ChartSpec
{
    const char *title;
    QStringList labels; // the 汇总 labels it draws
};

const QList<ChartSpec> &chartSpecs()
{
    static const QList<ChartSpec> specs = {
        {QT_TRANSLATE_NOOP("nianbao::ui::TrendCharts", "依申请公开（件）"),
         {QStringLiteral("本年新收"), QStringLiteral("上年结转"), QStringLiteral("办理结果总计"),
          QStringLiteral("结转下年度")}},
        {QT_TRANSLATE_NOOP("nianbao::ui::TrendCharts", "行政复议、行政诉讼（件）"),
         {QStringLiteral("行政复议总计"), QStringLiteral("行政诉讼总计")}},
        {QT_TRANSLATE_NOOP("nianbao::ui::TrendCharts", "行政事业性收费（万元）"), {QStringLiteral("行政事业性收费")}},
    };
    return specs;
}

// The colours of the lines, one per key total of a chart.
const QList<QColor> kColors = {QColor(0x25, 0x63, 0xeb), QColor(0x94, 0xa3, 0xb8), QColor(0x05, 0x96, 0x69),
                               QColor(0xd9, 0x77, 0x06)};

} // namespace

TrendCharts::TrendCharts(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("trendCharts"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *row = new QHBoxLayout;
    row->setSpacing(4);
    for (int i = 0; i < chartSpecs().size(); ++i) {
        auto *view = new QChartView;
        view->setObjectName(QStringLiteral("trendChart_%1").arg(i));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(i == 0 ? 420 : 260, 280);
        row->addWidget(view, i == 0 ? 3 : 2);
        m_views.append(view);
    }
    layout->addLayout(row, 1);
    m_note = new QLabel;
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color:#92400e"));
    m_note->setObjectName(QStringLiteral("trendNote"));
    layout->addWidget(m_note);
    m_series.resize(keyTotalLabels().size());
    setRows({});
}

QList<int> TrendCharts::chartTotals(int i) const
{
    QList<int> out;
    const QStringList labels = keyTotalLabels();
    if (i < 0 || i >= chartSpecs().size())
        return out;
    for (const QString &label : chartSpecs().at(i).labels)
        if (const qsizetype k = labels.indexOf(label); k >= 0)
            out.append(int(k));
    return out;
}

QList<QLineSeries *> TrendCharts::seriesOf(int total) const
{
    return m_series.value(total);
}

QString TrendCharts::note() const
{
    return m_note->text();
}

void TrendCharts::setRows(const QList<SeasonRow> &rows)
{
    // One point per year: the first report of the year with a readable record.
    m_years.clear();
    QList<const ReportFigures *> figures;
    for (const SeasonRow &r : rows)
        if (r.year > 0 && r.figures && !m_years.contains(r.year)) {
            m_years.append(r.year);
            figures.append(&*r.figures);
        }
    const qsizetype totals = keyTotalLabels().size();
    m_values = QList<QList<std::optional<double>>>(totals);
    QStringList open;
    for (qsizetype k = 0; k < totals; ++k)
        for (qsizetype y = 0; y < m_years.size(); ++y) {
            const std::optional<double> v = figures.at(y)->totals.value(k);
            m_values[k].append(v);
            if (!v)
                open << tr("%1 年·%2").arg(m_years.at(y)).arg(SeasonTableModel::totalLabel(int(k)));
        }
    for (int i = 0; i < m_views.size(); ++i)
        redraw(i);
    QStringList lines;
    if (m_years.isEmpty())
        lines << tr("没有可画的年度（报告没有年度，或记录无法读取）");
    if (!open.isEmpty())
        lines << tr("报告中没有数值，不画点（不按 0 计）：%1").arg(open.join(tr("、")));
    m_note->setText(lines.join(QLatin1Char('\n')));
    m_note->setVisible(!lines.isEmpty());
}

void TrendCharts::redraw(int i)
{
    auto *chart = new QChart;
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() + 1);
    chart->setTitleFont(titleFont);
    chart->setTitle(QCoreApplication::translate("nianbao::ui::TrendCharts", chartSpecs().at(i).title));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 12, 4));

    auto *axisX = new QValueAxis;
    auto *axisY = new QValueAxis;
    const int first = m_years.isEmpty() ? 0 : m_years.first();
    const int last = m_years.isEmpty() ? 0 : m_years.last();
    axisX->setRange(first - 0.5, last + 0.5);
    axisX->setTickType(QValueAxis::TicksDynamic);
    axisX->setTickAnchor(first);
    axisX->setTickInterval(1);
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    axisX->setGridLineVisible(false);
    axisX->setVisible(!m_years.isEmpty());
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);

    double max = 0;
    const QList<int> drawn = chartTotals(i);
    for (int n = 0; n < drawn.size(); ++n) {
        const int k = drawn.at(n);
        const QColor color = kColors.value(n, Qt::darkGray);
        QList<QLineSeries *> &segments = m_series[k];
        segments.clear();
        // A new segment after every open year (and at a gap between years that are not drawn).
        QLineSeries *current = nullptr;
        for (qsizetype y = 0; y < m_years.size(); ++y) {
            const std::optional<double> v = m_values.at(k).at(y);
            if (!v) {
                current = nullptr;
                continue;
            }
            if (!current) {
                current = new QLineSeries;
                current->setName(SeasonTableModel::totalLabel(k));
                QPen pen(color);
                pen.setWidthF(2.2);
                current->setPen(pen);
                current->setColor(color);
                current->setPointsVisible(true);
                current->setMarkerSize(5);
                current->setPointLabelsVisible(true);
                current->setPointLabelsFormat(QStringLiteral("@yPoint"));
                current->setPointLabelsColor(color.darker(140));
                current->setPointLabelsClipping(false);
                chart->addSeries(current);
                current->attachAxis(axisX);
                current->attachAxis(axisY);
                // One legend entry per figure, however many segments it has.
                const auto markers = chart->legend()->markers(current);
                if (!segments.isEmpty())
                    for (QLegendMarker *m : markers)
                        m->setVisible(false);
                segments.append(current);
            }
            current->append(m_years.at(y), *v);
            max = std::max(max, *v);
        }
    }
    axisY->setRange(0, ChartsPanel::niceMax(max));
    axisY->setTickCount(5);
    axisY->setLabelFormat(i == 2 ? QStringLiteral("%.4g") : QStringLiteral("%.0f"));
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignTop);
    QChart *previous = m_views.at(i)->chart();
    m_views.at(i)->setChart(chart);
    delete previous;
}

} // namespace nianbao::ui
