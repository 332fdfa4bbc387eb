// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reading a file into a Document. The kind is chosen by the file's content first (zip, PDF, OLE,
// HTML signatures) and its suffix second. Every failure is a message naming the file and saying
// what is wrong; nothing throws.
#include "core/document/Document.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QString>
#include <functional>

namespace nianbao {

struct LoadOptions
{
    qint64 maxFileBytes = 200LL * 1024 * 1024;     // refuse larger inputs
    qint64 maxUnpackedBytes = 100LL * 1024 * 1024; // zip bombs
    int maxPages = 500;
    int conversionTimeoutMs = 60000;               // LibreOffice
    // The whole load (conversion included); past it the load stops with a message. Negative: none.
    int timeBudgetMs = 120000;
    std::function<void(int percent)> progress;     // optional, for long loads
    // PDF: the boxes of the table cells on the pages (Document::pageBoxes), for the page view. The
    // command line, which shows no page, does without them.
    bool cellBoxes = true;
};

Result<Document> loadDocument(const QString &path, const LoadOptions &options = {});

// From bytes already in memory; `name` is used for messages and for the suffix.
Result<Document> loadDocumentFromBytes(const QByteArray &bytes, const QString &name,
                                       const LoadOptions &options = {});

} // namespace nianbao
