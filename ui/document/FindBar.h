// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Ctrl+F over the report's text: a line to type in, previous / next (Shift+Enter / Enter, F3),
// how many hits, Esc closes. Every hit is highlighted in the DocumentView.
#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace nianbao::ui {

class DocumentView;

class FindBar final : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(DocumentView *document, QWidget *parent = nullptr);

    // Shows the bar with the text selected (Ctrl+F).
    void open();
    void next();
    void previous();
    QLineEdit *lineEdit() const { return m_edit; }
    QLabel *countLabel() const { return m_count; }
    void retranslate();

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    void search(const QString &text);
    void showCount(int current);
    void close();

    DocumentView *m_document;
    QLineEdit *m_edit;
    QLabel *m_count;
    QToolButton *m_prev, *m_next, *m_close;
};

} // namespace nianbao::ui
