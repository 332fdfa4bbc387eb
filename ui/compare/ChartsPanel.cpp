#include "ChartsPanel.h"

#include "CompareSession.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFileDialog>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QPushButton>
#include <QScrollArea>
#include <QValueAxis>
#include <QVBoxLayout>
#include <cmath>

namespace nianbao::ui {

// Older year light, newer year strong: the eye goes to this year.
static const QColor kOlderColor(0x94, 0xa3, 0xb8);
static const QColor kNewerColor(0x25, 0x63, 0xeb);

ChartsPanel::ChartsPanel(CompareSession *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("comparisonCharts"));
    auto *inner = new QWidget;
    auto *grid = new QVBoxLayout(inner);
    grid->setContentsMargins(0, 0, 0, 0);
    m_data = comparisonCharts(session->comparison());
    for (int i = 0; i < m_data.size(); ++i) {
        auto *view = new QChartView;
        view->setObjectName(QStringLiteral("chart_") + m_data.at(i).key);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(i < 2 ? 300 : 230);
        auto *exportButton = new QPushButton(tr("导出 PNG…"));
        exportButton->setObjectName(QStringLiteral("exportChart_") + m_data.at(i).key);
        exportButton->setToolTip(tr("把这张图保存为 PNG 图片"));
        connect(exportButton, &QPushButton::clicked, this, [this, i] { chooseAndExport(i); });
        auto *note = new QLabel;
        note->setWordWrap(true);
        note->setStyleSheet(QStringLiteral("color:#92400e"));
        auto *row = new QHBoxLayout;
        row->addWidget(note, 1);
        row->addWidget(exportButton, 0, Qt::AlignRight | Qt::AlignTop);
        grid->addWidget(view);
        grid->addLayout(row);
        m_views.append(view);
        m_notes.append(note);
    }
    grid->addStretch();
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
        if (!same)
            redraw(i); // only the charts whose figures moved
    }
}

// A round upper bound for the value axis with whole-number ticks.
static double niceMax(double max)
{
    if (max <= 4)
        return 4;
    const double magnitude = std::pow(10.0, std::floor(std::log10(max)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (step * magnitude * 4 >= max * 1.08) // room for the value labels at the bar ends
            return step * magnitude * 4;
    return magnitude * 40;
}

void ChartsPanel::redraw(int i)
{
    const ChartData &d = m_data.at(i);
    const Comparison &c = m_session->comparison();
    auto *chart = new QChart;
    chart->setTitle(d.title);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() + 1);
    chart->setTitleFont(titleFont);
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
    m_notes.at(i)->setText(d.missing.isEmpty() ? QString()
                                               : tr("按 0 画出（报告中没有数值）：%1").arg(d.missing.join(tr("、"))));
    m_notes.at(i)->setVisible(!d.missing.isEmpty());
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
