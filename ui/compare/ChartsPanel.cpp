// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compare/ChartsPanel.h"

#include "ui/compare/CompareSession.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFileDialog>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QToolButton>
#include <QScrollArea>
#include <QTextLayout>
#include <QValueAxis>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace nianbao::ui {

// Older year light, newer year strong: the eye goes to this year.
static const QColor kOlderColor(0x94, 0xa3, 0xb8);
static const QColor kNewerColor(0x25, 0x63, 0xeb);

// A round upper bound for the value axis: four equal whole-number steps (1, 2, 2.5 or 5 × 10^k,
// 2.5 only when the steps stay whole) with room for the value labels at the bar ends.
double ChartsPanel::niceMax(double max)
{
    const double need = std::max(4.0, max * 1.08);
    double magnitude = std::pow(10.0, std::floor(std::log10(need / 4)));
    for (int guard = 0; guard < 4; ++guard, magnitude *= 10)
        for (double step : {1.0, 2.0, 2.5, 5.0})
            if ((step != 2.5 || magnitude >= 10) && step * magnitude * 4 >= need)
                return step * magnitude * 4;
    return need;
}

ChartsPanel::ChartsPanel(CompareSession *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("comparisonCharts"));
    // Applicants and outcomes across the full width; the two short result charts side by side.
    auto *inner = new QWidget;
    auto *grid = new QGridLayout(inner);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(2);
    m_data = comparisonCharts(session->comparison());
    for (int i = 0; i < m_data.size(); ++i) {
        auto *view = new QChartView;
        view->setObjectName(QStringLiteral("chart_") + m_data.at(i).key);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(i < 2 ? 270 : 230);
        view->setMinimumWidth(i < 2 ? 380 : 190);
        auto *exportButton = new QToolButton;
        exportButton->setText(tr("导出 PNG…"));
        exportButton->setAutoRaise(true);
        exportButton->setObjectName(QStringLiteral("exportChart_") + m_data.at(i).key);
        exportButton->setToolTip(tr("把“%1”保存为 PNG 图片").arg(m_data.at(i).title));
        connect(exportButton, &QToolButton::clicked, this, [this, i] { chooseAndExport(i); });
        auto *note = new QLabel;
        note->setWordWrap(true);
        note->setStyleSheet(QStringLiteral("color:#92400e"));
        auto *cell = new QVBoxLayout;
        cell->setSpacing(0);
        auto *row = new QHBoxLayout;
        row->addWidget(note, 1);
        row->addWidget(exportButton, 0, Qt::AlignRight | Qt::AlignTop);
        cell->addWidget(view, 1);
        cell->addLayout(row);
        if (i < 2)
            grid->addLayout(cell, i, 0, 1, 2);
        else
            grid->addLayout(cell, 2, i - 2);
        m_views.append(view);
        m_notes.append(note);
        view->installEventFilter(this); // the title wraps to the chart's width
    }
    grid->setRowStretch(3, 1);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inner);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    connect(session, &CompareSession::comparisonChanged, this, &ChartsPanel::rebuild);
    for (int i = 0; i < m_views.size(); ++i)
        redraw(i);
}

void ChartsPanel::rebuild()
{
    const QList<ChartData> data = comparisonCharts(m_session->comparison());
    for (int i = 0; i < data.size() && i < m_views.size(); ++i) {
        const bool same = m_data.value(i).older == data.at(i).older && m_data.value(i).newer == data.at(i).newer
                          && m_data.value(i).missing == data.at(i).missing;
        m_data[i] = data.at(i);
        if (!same && !updateValues(i))
            redraw(i); // only the charts whose figures moved
    }
}


// New figures into the bars already drawn (a correction): cheaper than a new chart. False when
// the chart's shape does not fit the data.
bool ChartsPanel::updateValues(int i)
{
    const ChartData &d = m_data.at(i);
    QChart *chart = m_views.at(i)->chart();
    auto *series = chart ? qobject_cast<QHorizontalBarSeries *>(chart->series().value(0)) : nullptr;
    if (!series || series->count() != 2 || series->barSets().at(0)->count() != d.categories.size())
        return false;
    QBarSet *newer = series->barSets().at(0);
    QBarSet *older = series->barSets().at(1);
    double max = 0;
    const qsizetype n = d.categories.size();
    for (qsizetype k = 0; k < n; ++k) {
        newer->replace(int(n - 1 - k), d.newer.at(k));
        older->replace(int(n - 1 - k), d.older.at(k));
        max = std::max({max, d.older.at(k), d.newer.at(k)});
    }
    const auto axes = chart->axes(Qt::Horizontal);
    if (auto *axis = axes.isEmpty() ? nullptr : qobject_cast<QValueAxis *>(axes.first()))
        axis->setRange(0, niceMax(max));
    updateNote(i);
    return true;
}

QString ChartsPanel::note(int i) const
{
    return i >= 0 && i < m_notes.size() ? m_notes.at(i)->text() : QString();
}

void ChartsPanel::updateNote(int i)
{
    const ChartData &d = m_data.at(i);
    QStringList lines;
    if (!d.missing.isEmpty())
        lines << tr("按 0 画出（报告中没有数值）：%1").arg(d.missing.join(tr("、")));
    const auto zero = [](double v) { return v == 0; };
    if (std::all_of(d.older.cbegin(), d.older.cend(), zero) && std::all_of(d.newer.cbegin(), d.newer.cend(), zero))
        lines << tr("两个年度都是 0");
    m_notes.at(i)->setText(lines.join(QLatin1Char('\n')));
    m_notes.at(i)->setVisible(!lines.isEmpty());
}

QString ChartsPanel::wrappedTitle(const QString &title, const QFont &font, int width)
{
    QTextLayout layout(title, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(qMax(40, width));
        lines.append(title.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    if (lines.size() <= 1)
        return title;
    for (QString &l : lines)
        l = l.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

// The width a chart's title may take: the view's, less the chart's margins and a little air.
int ChartsPanel::titleWidth(int i) const
{
    const QChartView *view = m_views.at(i);
    return qMax(view->width(), view->minimumWidth()) - 32;
}

bool ChartsPanel::eventFilter(QObject *object, QEvent *event)
{
    if (event->type() == QEvent::Resize)
        for (int i = 0; i < m_views.size(); ++i)
            if (object == m_views.at(i) && m_views.at(i)->chart() && i < m_data.size()) {
                QChart *chart = m_views.at(i)->chart();
                const QString title = wrappedTitle(m_data.at(i).title, chart->titleFont(), titleWidth(i));
                if (chart->title() != title)
                    chart->setTitle(title);
            }
    return QWidget::eventFilter(object, event);
}

void ChartsPanel::redraw(int i)
{
    const ChartData &d = m_data.at(i);
    const Comparison &c = m_session->comparison();
    auto *chart = new QChart;
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() + 1);
    chart->setTitleFont(titleFont);
    chart->setTitle(wrappedTitle(d.title, titleFont, titleWidth(i)));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 12, 4));

    // Horizontal bars list the categories top-down in reverse order; feed them reversed so the
    // chart reads in the table's order (自然人 first).
    auto *series = new QHorizontalBarSeries;
    auto *older = new QBarSet(sideName(c.older, Side::Older));
    auto *newer = new QBarSet(sideName(c.newer, Side::Newer));
    older->setColor(kOlderColor);
    older->setBorderColor(kOlderColor);
    newer->setColor(kNewerColor);
    newer->setBorderColor(kNewerColor);
    QStringList categories;
    double max = 0;
    for (qsizetype k = d.categories.size() - 1; k >= 0; --k) {
        categories.append(d.categories.at(k));
        older->append(d.older.at(k));
        newer->append(d.newer.at(k));
        max = std::max({max, d.older.at(k), d.newer.at(k)});
    }
    // The newer year is appended first so that it is drawn below the older one in each group
    // (horizontal bar sets stack bottom-up), and the legend lists them older first by marker order.
    series->append(newer);
    series->append(older);
    series->setBarWidth(0.8);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    older->setLabelColor(QColor(0x33, 0x41, 0x55));
    newer->setLabelColor(QColor(0x1e, 0x3a, 0x8a));
    chart->addSeries(series);

    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, niceMax(max));
    axisX->setTickCount(5);
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);

    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->legend()->setReverseMarkers(true); // older year first
    QChart *previous = m_views.at(i)->chart();
    m_views.at(i)->setChart(chart);
    delete previous;
    updateNote(i);
}

bool ChartsPanel::exportPng(int i, const QString &path) const
{
    if (i < 0 || i >= m_views.size() || path.isEmpty())
        return false;
    // The chart as shown (QChartView::grab()), or redrawn at a readable size when the panel is
    // narrow, so the file does not depend on how the window was laid out.
    QChartView *view = m_views.at(i);
    const QSize minimum(720, 420);
    if (view->width() >= minimum.width() && view->height() >= minimum.height()) {
        const QPixmap pixmap = view->grab();
        return !pixmap.isNull() && pixmap.save(path, "PNG");
    }
    QChart *chart = view->chart();
    const QSizeF shown = chart->size();
    const QSize size = view->size().expandedTo(minimum);
    QPixmap pixmap(size * 2);
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::white);
    chart->resize(size);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    chart->scene()->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), QRectF(chart->pos(), QSizeF(size)));
    painter.end();
    chart->resize(shown);
    return pixmap.save(path, "PNG");
}

void ChartsPanel::chooseAndExport(int i)
{
    QString path = QFileDialog::getSaveFileName(this, tr("导出图表"), m_data.at(i).title + QStringLiteral(".png"),
                                                tr("PNG 图片 (*.png)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        path += QStringLiteral(".png");
    exportPng(i, path);
}

} // namespace nianbao::ui
