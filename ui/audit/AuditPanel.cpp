// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/audit/AuditPanel.h"

#include "ui/audit/CorrectionsModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace nianbao::ui {

AuditPanel::AuditPanel(CorrectionsModel *model, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_noteLabel = new QLabel(this);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("correctionNote"));
    m_note->setClearButtonEnabled(true);
    m_noteLabel->setBuddy(m_note);
    bar->addWidget(m_noteLabel);
    bar->addWidget(m_note, 1);
    layout->addLayout(bar);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("correctionsView"));
    m_view->setModel(model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Only the note column is editable (the model says so): F2 or a double click rewrites a note.
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(CorrectionsModel::TimeColumn, 150);
    m_view->setColumnWidth(CorrectionsModel::CellColumn, 220);
    layout->addWidget(m_view, 1);
    connect(m_note, &QLineEdit::textChanged, this, &AuditPanel::noteChanged);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT correctionActivated(index.data(CorrectionsModel::CellIdRole).toString());
    });
    connect(m_view, &QTableView::clicked, this, [this](const QModelIndex &index) {
        Q_EMIT correctionActivated(index.data(CorrectionsModel::CellIdRole).toString());
    });
    retranslate();
}

void AuditPanel::retranslate()
{
    m_noteLabel->setText(tr("修改备注(&N)："));
    m_note->setPlaceholderText(tr("可选：写明修改依据，记入接下来的每一处修改"));
}

} // namespace nianbao::ui
