// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The comparison's charts (Qt Charts): one horizontal bar per year and category, so the Chinese
// category labels read across instead of being rotated or clipped; a legend naming the years;
// each chart exportable as PNG. Redrawn after every recomputation of the comparison.
#include "ui/compare/ChartData.h"

#include <QList>
#include <QWidget>

class QChartView;
class QLabel;

namespace nianbao::ui {

class CompareSession;

class ChartsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ChartsPanel(CompareSession *session, QWidget *parent = nullptr);

    qsizetype chartCount() const { return m_views.size(); }
    QChartView *chartView(int i) const { return m_views.value(i); }
    const QList<ChartData> &data() const { return m_data; }
    // The line under chart i: the values drawn as 0 for want of a number, or that all are 0.
    QString note(int i) const;
    // Writes chart i as a PNG (the chart as shown, at least 720×420). False when it fails.
    bool exportPng(int i, const QString &path) const;
    // A chart title broken into lines (rich text, <br>) that each fit `width` pixels in `font`:
    // a chart elides a long title, a wrapped one it shows whole.
    static QString wrappedTitle(const QString &title, const QFont &font, int width);
    // A round upper bound for a value axis from 0: four equal whole-number steps with room for
    // the value labels (also the trend charts of an agency's years, ui/season).
    static double niceMax(double max);

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    void rebuild();
    void redraw(int i);
    bool updateValues(int i);
    void updateNote(int i);
    void chooseAndExport(int i);
    int titleWidth(int i) const;

    CompareSession *m_session;
    QList<ChartData> m_data;
    QList<QChartView *> m_views;
    QList<QLabel *> m_notes;
};

} // namespace nianbao::ui
