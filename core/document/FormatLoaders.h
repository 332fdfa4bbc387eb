// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One loader per file format, each producing the common Document (internal to core).
#include "core/document/Document.h"
#include "core/document/DocumentLoader.h"

#include <QDeadlineTimer>

namespace nianbao::loaders {

// The time one load may take (LoadOptions::timeBudgetMs, negative: no limit), looked at between
// the steps of a loader: a decoded text, a page, a table, a few thousand XML tokens, the HTML
// parse. Overrun is a message naming the file.
class LoadClock
{
public:
    explicit LoadClock(int budgetMs)
        : m_budgetMs(budgetMs)
        , m_deadline(budgetMs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(budgetMs))
    {
    }
    bool expired() const { return m_budgetMs >= 0 && m_deadline.hasExpired(); }
    // Milliseconds left (for a child process's wait), -1 when there is no limit.
    int remainingMs() const { return m_budgetMs < 0 ? -1 : int(m_deadline.remainingTime()); }
    QString message(const QString &name) const
    {
        return QStringLiteral("%1：读取超过时限（%2 秒），已中止：文件过于复杂或已损坏")
            .arg(name).arg(m_budgetMs / 1000.0, 0, 'g', 3);
    }

private:
    int m_budgetMs;
    QDeadlineTimer m_deadline;
};

// `bytes` by value: the text loader lets go of them once decoded (the caller that moved its copy
// in gives the memory back before the tables are read).
Result<Document> loadText(QByteArray bytes, const QString &name, bool markdown, const LoadClock &clock);
Result<Document> loadDocx(const QByteArray &bytes, const QString &name, const LoadOptions &options,
                          const LoadClock &clock);
Result<Document> loadHtml(const QByteArray &bytes, const QString &name, const LoadOptions &options,
                          const LoadClock &clock);
Result<Document> loadPdf(const QByteArray &bytes, const QString &name, const LoadOptions &options,
                         const LoadClock &clock);
// .doc, .wps, .rtf, .odt: converted to .docx by LibreOffice, then read as .docx.
Result<Document> loadViaLibreOffice(const QByteArray &bytes, const QString &name,
                                    const QString &kind, const LoadOptions &options, const LoadClock &clock);
// What LibreOffice wrote (a .docx), read as the document of kind `kind` (also a newer .wps that
// is an OOXML package already).
Result<Document> loadConvertedDocx(const QByteArray &docx, const QString &name, const QString &kind,
                                   const LoadOptions &options, const LoadClock &clock);

} // namespace nianbao::loaders
