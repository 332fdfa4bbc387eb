// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The audit-trail panel: the corrections made so far and the note that goes with the next ones.
#include <QWidget>

class QLineEdit;
class QLabel;
class QTableView;

namespace nianbao::ui {

class CorrectionsModel;

class AuditPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit AuditPanel(CorrectionsModel *model, QWidget *parent = nullptr);
    QTableView *view() const { return m_view; }
    QLineEdit *noteEdit() const { return m_note; }
    void retranslate();

Q_SIGNALS:
    void noteChanged(const QString &note);
    void correctionActivated(const QString &cellId);

private:
    QLabel *m_noteLabel;
    QLineEdit *m_note;
    QTableView *m_view;
};

} // namespace nianbao::ui
