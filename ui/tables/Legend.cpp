// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tables/Legend.h"

#include "ui/tables/CellStyle.h"

#include <QHBoxLayout>
#include <QLabel>

namespace nianbao::ui {

Legend::Legend(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("legend"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(10);
    for (CellState state : allCellStates) {
        auto *swatch = new QLabel(this);
        swatch->setFixedSize(16, 16);
        swatch->setStyleSheet(QStringLiteral("background: %1; border: 1px solid #9aa0a6;")
                                  .arg(cellStateBackground(state).name()));
        auto *text = new QLabel(this);
        text->setProperty("cellState", int(state));
        m_labels.append(text);
        layout->addWidget(swatch);
        layout->addWidget(text);
    }
    layout->addStretch(1);
    retranslate();
}

void Legend::retranslate()
{
    for (QLabel *l : std::as_const(m_labels))
        l->setText(cellStateLabel(CellState(l->property("cellState").toInt())));
}

} // namespace nianbao::ui
