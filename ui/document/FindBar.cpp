// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/FindBar.h"

#include "ui/document/DocumentView.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace nianbao::ui {

FindBar::FindBar(DocumentView *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("findBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("findText"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("findCount"));
    m_prev = new QToolButton(this);
    m_prev->setArrowType(Qt::UpArrow);
    m_next = new QToolButton(this);
    m_next->setArrowType(Qt::DownArrow);
    m_close = new QToolButton(this);
    m_close->setText(QStringLiteral("✕"));
    m_close->setAutoRaise(true);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_prev);
    layout->addWidget(m_next);
    layout->addWidget(m_close);
    connect(m_edit, &QLineEdit::textChanged, this, &FindBar::search);
    connect(m_prev, &QToolButton::clicked, this, &FindBar::previous);
    connect(m_next, &QToolButton::clicked, this, &FindBar::next);
    connect(m_close, &QToolButton::clicked, this, &FindBar::close);
    retranslate();
    hide();
}

void FindBar::retranslate()
{
    m_edit->setPlaceholderText(tr("在报告原文中查找"));
    m_prev->setToolTip(tr("上一处（Shift+F3）"));
    m_next->setToolTip(tr("下一处（F3）"));
    m_close->setToolTip(tr("关闭查找（Esc）"));
    showCount(0);
}

void FindBar::open()
{
    show();
    m_edit->setFocus();
    m_edit->selectAll();
    if (!m_edit->text().isEmpty())
        m_document->setSearchText(m_edit->text());
}

void FindBar::search(const QString &text)
{
    m_document->setSearchText(text);
    showCount(text.isEmpty() ? 0 : m_document->findNext());
}

void FindBar::next()
{
    if (m_document->searchText() != m_edit->text())
        m_document->setSearchText(m_edit->text());
    showCount(m_document->findNext());
}

void FindBar::previous()
{
    if (m_document->searchText() != m_edit->text())
        m_document->setSearchText(m_edit->text());
    showCount(m_document->findPrevious());
}

void FindBar::showCount(int current)
{
    if (m_edit->text().isEmpty())
        m_count->clear();
    else if (m_document->searchHits() == 0)
        m_count->setText(tr("没有找到"));
    else
        m_count->setText(tr("%1/%2").arg(current).arg(m_document->searchHits()));
}

void FindBar::close()
{
    m_document->setSearchText(QString());
    hide();
    m_document->setFocus();
}

bool FindBar::eventFilter(QObject *object, QEvent *event)
{
    if (object == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            key->modifiers() & Qt::ShiftModifier ? previous() : next();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
    }
    return QWidget::eventFilter(object, event);
}

} // namespace nianbao::ui
