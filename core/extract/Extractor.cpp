#include "Extractor.h"

namespace nianbao {

// Placeholder until the extraction lands (issue 2, extraction work item): every cell NotFound.
Record extractRecord(const Document &doc)
{
    Record r;
    r.sourceFile = doc.path;
    r.sha256 = QString::fromLatin1(doc.sha256);
    r.kind = doc.kind;
    r.resetCells();
    return r;
}

bool looksLikeReport(const Document &, const Record &extracted)
{
    return extracted.facts.tablesFound;
}

} // namespace nianbao
