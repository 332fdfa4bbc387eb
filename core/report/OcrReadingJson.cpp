// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/OcrReadingJson.h"

#include <QJsonArray>

#include <cmath>

namespace nianbao {

using namespace Qt::StringLiterals;

namespace {

QJsonArray spanJson(const Span &s)
{
    return QJsonArray{qint64(s.start), qint64(s.length)};
}

// A span read back: [start, length] inside a text of `size` characters, or [-1, 0] (nowhere).
bool spanFrom(const QJsonValue &v, qsizetype size, Span *out)
{
    const QJsonArray a = v.toArray();
    if (a.size() != 2 || !a.at(0).isDouble() || !a.at(1).isDouble())
        return false;
    const double start = a.at(0).toDouble(), length = a.at(1).toDouble();
    if (start == -1 && length == 0) {
        *out = Span{};
        return true;
    }
    if (start < 0 || length < 0 || start + length > double(size) || start != std::floor(start)
        || length != std::floor(length))
        return false;
    *out = Span{qsizetype(start), qsizetype(length)};
    return true;
}

bool intFrom(const QJsonValue &v, int low, int high, int *out)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (d != std::floor(d) || d < low || d > high)
        return false;
    *out = int(d);
    return true;
}

constexpr int kMaxGrid = 1'000'000;

} // namespace

QJsonObject ocrReadingToJson(const OcrReading &reading)
{
    QJsonArray tables;
    for (const Table &t : reading.document.tables) {
        QJsonArray rows;
        for (const TableRow &r : t.rows) {
            QJsonArray cells;
            for (const TableCell &c : r.cells)
                cells.append(QJsonArray{c.text, qint64(c.span.start), qint64(c.span.length), c.column, c.colSpan,
                                        c.rowSpan, int(c.continuation), int(c.inferred), c.alternatives});
            rows.append(QJsonObject{{u"span"_s, spanJson(r.span)}, {u"cells"_s, cells}});
        }
        tables.append(QJsonObject{{u"page"_s, t.page}, {u"span"_s, spanJson(t.span)}, {u"rows"_s, rows}});
    }
    QJsonArray boxes;
    for (const OcrCellBox &b : reading.boxes)
        boxes.append(QJsonArray{qint64(b.span.start), qint64(b.span.length), b.page, b.box.x(), b.box.y(),
                                b.box.width(), b.box.height(), b.confidence, int(b.number)});
    return QJsonObject{{u"source_sha256"_s, QString::fromLatin1(reading.document.sha256)},
                       {u"engine"_s, reading.engine},
                       {u"pages"_s, reading.pages},
                       {u"pages_left"_s, reading.pagesLeft},
                       {u"seconds"_s, reading.seconds},
                       {u"text"_s, reading.document.text},
                       {u"tables"_s, tables},
                       {u"boxes"_s, boxes}};
}

std::optional<OcrReading> ocrReadingFromJson(const QJsonObject &o)
{
    OcrReading r;
    const QString sha = o.value(u"source_sha256"_s).toString();
    if (sha.isEmpty() || !o.value(u"text"_s).isString() || !o.value(u"tables"_s).isArray()
        || !o.value(u"boxes"_s).isArray())
        return std::nullopt;
    r.document.sha256 = sha.toLatin1();
    r.document.kind = u"pdf"_s;
    r.document.imageOnly = true;
    r.document.text = o.value(u"text"_s).toString();
    r.engine = o.value(u"engine"_s).toString();
    r.seconds = o.value(u"seconds"_s).toDouble();
    if (!intFrom(o.value(u"pages"_s), 0, kMaxGrid, &r.pages) || !intFrom(o.value(u"pages_left"_s), 0, kMaxGrid, &r.pagesLeft)
        || !std::isfinite(r.seconds) || r.engine.isEmpty())
        return std::nullopt;
    const qsizetype size = r.document.text.size();
    for (const QJsonValue &tv : o.value(u"tables"_s).toArray()) {
        const QJsonObject to = tv.toObject();
        Table table;
        if (!intFrom(to.value(u"page"_s), -1, kMaxGrid, &table.page) || !spanFrom(to.value(u"span"_s), size, &table.span))
            return std::nullopt;
        for (const QJsonValue &rv : to.value(u"rows"_s).toArray()) {
            const QJsonObject ro = rv.toObject();
            TableRow row;
            if (!spanFrom(ro.value(u"span"_s), size, &row.span))
                return std::nullopt;
            for (const QJsonValue &cv : ro.value(u"cells"_s).toArray()) {
                const QJsonArray a = cv.toArray();
                TableCell cell;
                int continuation = 0, inferred = 0;
                if (a.size() != 9 || !a.at(0).isString()
                    || !spanFrom(QJsonArray{a.at(1), a.at(2)}, size, &cell.span)
                    || !intFrom(a.at(3), 0, kMaxGrid, &cell.column) || !intFrom(a.at(4), 1, kMaxGrid, &cell.colSpan)
                    || !intFrom(a.at(5), 1, kMaxGrid, &cell.rowSpan) || !intFrom(a.at(6), 0, 1, &continuation)
                    || !intFrom(a.at(7), 0, 1, &inferred) || !intFrom(a.at(8), 0, kMaxGrid, &cell.alternatives))
                    return std::nullopt;
                cell.text = a.at(0).toString();
                // A cell's text is where its span says (the extractor reads both).
                if (cell.span.isValid() && QStringView(r.document.text).mid(cell.span.start, cell.span.length) != cell.text)
                    return std::nullopt;
                cell.continuation = continuation;
                cell.inferred = inferred;
                row.cells.append(cell);
            }
            table.rows.append(row);
        }
        r.document.tables.append(table);
    }
    for (const QJsonValue &bv : o.value(u"boxes"_s).toArray()) {
        const QJsonArray a = bv.toArray();
        OcrCellBox box;
        int number = 0;
        if (a.size() != 9 || !spanFrom(QJsonArray{a.at(0), a.at(1)}, size, &box.span) || !box.span.isValid()
            || !intFrom(a.at(2), 1, kMaxGrid, &box.page) || !intFrom(a.at(7), 0, 100, &box.confidence)
            || !intFrom(a.at(8), 0, 1, &number))
            return std::nullopt;
        double g[4];
        for (int k = 0; k < 4; ++k) {
            if (!a.at(3 + k).isDouble() || !std::isfinite(a.at(3 + k).toDouble()))
                return std::nullopt;
            g[k] = a.at(3 + k).toDouble();
        }
        if (g[2] < 0 || g[3] < 0)
            return std::nullopt;
        box.box = QRectF(g[0], g[1], g[2], g[3]);
        box.number = number;
        r.boxes.append(box);
    }
    return r;
}

} // namespace nianbao
