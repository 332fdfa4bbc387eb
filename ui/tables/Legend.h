// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which colour is which cell state, as a row of swatches.
#include <QWidget>

class QLabel;

namespace nianbao::ui {

class Legend final : public QWidget
{
    Q_OBJECT
public:
    explicit Legend(QWidget *parent = nullptr);
    void retranslate();

private:
    QList<QLabel *> m_labels;
};

} // namespace nianbao::ui
