// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON record of RECORD.md: the exact field names, every cell, integers without ".0", table
// order, a round trip that keeps every cell, finding and correction, and clear failures.
#include "tests/core/RecordFixture.h"
#include "core/export/JsonRecord.h"
#include "core/rules/Rules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace nianbao;
using namespace fixture;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(nianbao::FormatVersion)

namespace {

void setSource(Record &r, const QString &id, CellSource source, const QString &raw)
{
    CellValue *c = r.cell(id);
    c->value.reset();
    c->source = source;
    c->raw = raw;
}

// A record with every kind of cell, a reviewer's corrections, findings and facts.
Record richRecord(FormatVersion f)
{
    Record r = makeRecord(f);
    r.agency = u"某市\"司法局\"\n（试）\t\u0001𠮷"_s; // quotes, controls, a surrogate pair
    setSource(r, u"apply.granted.research"_s, CellSource::Text, u"/"_s);
    setSource(r, u"review.pending"_s, CellSource::Blank, QString());
    setSource(r, u"apply.partial.social"_s, CellSource::Invalid, u"3件"_s);
    setSource(r, u"apply.denied.query.other"_s, CellSource::NotFound, QString());
    r.cell(u"apply.new.natural")->inferred = true;
    // A run of digits the report did not settle: null cells, the run in raw, two readings.
    const QStringList normative = r.schema().columnKeys(u"active.normative");
    const QList<QList<double>> readings = {{12, 1}, {5, 25}, {17, 17}};
    for (qsizetype i = 0; i < normative.size(); ++i) {
        CellValue *c = r.cell(QString(u"active.normative."_s + normative[i]));
        setSource(r, u"active.normative."_s + normative[i], CellSource::Invalid, u"12517"_s);
        c->inferred = true;
        c->alternatives = readings[i];
    }
    // The reviewer changed one value and emptied another.
    CellValue *total = r.cell(u"apply.total.natural");
    const double before = *total->value;
    total->value = before + 1;
    total->corrected = true;
    r.corrections.append({u"apply.total.natural"_s, before, before + 1, u"核对原文，\"第3页\""_s,
                          QDateTime(QDate(2026, 11, 23), QTime(10, 0, 0, 123), Qt::UTC)});
    CellValue *carried = r.cell(u"apply.carried_over.legal");
    r.corrections.append({u"apply.carried_over.legal"_s, carried->value, std::nullopt, QString(),
                          QDateTime(QDate(2026, 11, 23), QTime(10, 5, 0), Qt::UTC)});
    carried->value.reset();
    carried->corrected = true;
    r.facts.claims.append({u"applications"_s, 7, {}, u"共收到申请7件"_s});
    r.facts.sectionsFound.removeAll(u"other"_s);
    recheck(r);
    // A comparison finding, to carry previous_cells.
    r.findings.append({FindingKind::Warning, u"cross_year.carried"_s, {u"apply.carried_over.total"_s},
                       {u"apply.carried_forward.total"_s}, u"上年结转与上年报告的结转下年度不一致"_s});
    return r;
}

QJsonObject parseObject(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("JSON does not parse: %s", qPrintable(error.errorString()));
    return doc.object();
}

} // namespace

class TestJsonRecord final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fieldNames()
    {
        const Record r = richRecord(FormatVersion::V2021);
        const QByteArray bytes = recordsToJsonBytes({r});
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(doc.isObject());
        const QJsonObject o = doc.object();
        for (const char *key : {"schema", "source", "format", "agency", "year", "cells", "raw", "inferred",
                                "findings", "corrections"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(u"schema"_s).toString(), u"nianbao-record/1"_s);
        const QJsonObject source = o.value(u"source"_s).toObject();
        QCOMPARE(source.value(u"file"_s).toString(), r.sourceFile);
        QCOMPARE(source.value(u"sha256"_s).toString(), r.sha256);
        QCOMPARE(source.value(u"kind"_s).toString(), u"txt"_s);
        QCOMPARE(o.value(u"format"_s).toString(), u"2021"_s);
        QCOMPARE(o.value(u"agency"_s).toString(), r.agency);
        QCOMPARE(o.value(u"year"_s).toInt(), 2023);

        const QJsonObject cells = o.value(u"cells"_s).toObject();
        QCOMPARE(cells.size(), 200);
        const QJsonObject raw = o.value(u"raw"_s).toObject();
        for (qsizetype i = 0; i < r.schema().size(); ++i) {
            const QString &id = r.schema().at(i).id;
            QVERIFY2(cells.contains(id), qPrintable(id));
            const CellValue &c = r.cells.at(i);
            if (c.value)
                QCOMPARE(cells.value(id).toDouble(), *c.value);
            else
                QVERIFY2(cells.value(id).isNull(), qPrintable(id));
            QCOMPARE(raw.contains(id), c.source != CellSource::NotFound);
            if (raw.contains(id))
                QCOMPARE(raw.value(id).toString(), c.raw);
        }
        QCOMPARE(raw.value(u"review.pending"_s).toString(), QString()); // blank: ""
        QCOMPARE(raw.value(u"apply.granted.research"_s).toString(), u"/"_s);
        QVERIFY(!raw.contains(u"apply.denied.query.other"_s));
        const QJsonArray inferred = o.value(u"inferred"_s).toArray();
        QCOMPARE(inferred.size(), 4);
        QVERIFY(inferred.contains(u"apply.new.natural"_s));
        // The readings of the unsettled run, aligned across its cells: {id: [values…]}.
        const QJsonObject alternatives = o.value(u"alternatives"_s).toObject();
        QCOMPARE(alternatives.size(), 3);
        const QString issued = u"active.normative."_s + r.schema().columnKeys(u"active.normative").first();
        QCOMPARE(alternatives.value(issued).toArray(), (QJsonArray{12, 1}));
        QVERIFY(cells.value(issued).isNull());
        QCOMPARE(raw.value(issued).toString(), u"12517"_s);

        const QJsonArray findings = o.value(u"findings"_s).toArray();
        QCOMPARE(findings.size(), r.findings.size());
        for (qsizetype i = 0; i < findings.size(); ++i) {
            const QJsonObject f = findings.at(i).toObject();
            QCOMPARE(f.value(u"kind"_s).toString(), findingKindName(r.findings.at(i).kind));
            QCOMPARE(f.value(u"rule"_s).toString(), r.findings.at(i).rule);
            QVERIFY(f.value(u"cells"_s).isArray());
            QCOMPARE(f.value(u"message"_s).toString(), r.findings.at(i).message);
            QCOMPARE(f.contains(u"previous_cells"_s), !r.findings.at(i).previousCells.isEmpty());
        }
        QVERIFY(findings.last().toObject().value(u"previous_cells"_s).isArray());

        const QJsonArray corrections = o.value(u"corrections"_s).toArray();
        QCOMPARE(corrections.size(), 2);
        const QJsonObject c0 = corrections.at(0).toObject();
        QCOMPARE(QStringList(c0.keys()), (QStringList{u"at"_s, u"cell"_s, u"from"_s, u"note"_s, u"to"_s}));
        QCOMPARE(c0.value(u"cell"_s).toString(), u"apply.total.natural"_s);
        QCOMPARE(c0.value(u"to"_s).toDouble(), c0.value(u"from"_s).toDouble() + 1);
        QCOMPARE(c0.value(u"at"_s).toString(), u"2026-11-23T10:00:00.123Z"_s);
        const QJsonObject c1 = corrections.at(1).toObject();
        QVERIFY(c1.value(u"to"_s).isNull());
        QCOMPARE(c1.value(u"at"_s).toString(), u"2026-11-23T10:05:00Z"_s);
    }

    void numbersAndOrder()
    {
        const Record r = richRecord(FormatVersion::V2021);
        const QByteArray bytes = recordsToJsonBytes({r});
        const QString text = QString::fromUtf8(bytes);
        // Integers print without ".0"; decimals as they are.
        QVERIFY(text.contains(u"\"apply.new.natural\": %1,"_s.arg(qint64(*r.value(u"apply.new.natural")))));
        QVERIFY(text.contains(u"\"active.fees.amount\": 40.51,"_s));
        QVERIFY(!text.contains(QRegularExpression(u"\\d\\.0[,\\n\\]]"_s)));
        // "schema" first, the cells in the order of the table, UTF-8 as is.
        QVERIFY(text.startsWith(u"{\n  \"schema\": \"nianbao-record/1\",\n  \"source\": {"_s));
        QVERIFY(text.indexOf(u"\"apply.new.natural\""_s) < text.indexOf(u"\"apply.carried_over.natural\""_s));
        QVERIFY(text.indexOf(u"\"apply.total.total\""_s) < text.indexOf(u"\"apply.carried_forward.natural\""_s));
        QVERIFY(text.contains(u"某市\\\"司法局\\\"\\n（试）\\t\\u0001𠮷"_s));
        QVERIFY(bytes.endsWith("}\n"));
    }

    void roundTrip_data()
    {
        QTest::addColumn<FormatVersion>("format");
        QTest::newRow("2021") << FormatVersion::V2021;
        QTest::newRow("2019") << FormatVersion::V2019;
    }
    void roundTrip()
    {
        QFETCH(FormatVersion, format);
        const Record r = richRecord(format);
        const auto back = recordFromJson(parseObject(recordsToJsonBytes({r})));
        QVERIFY2(back.ok(), qPrintable(back.error()));
        const Record &b = *back;
        QCOMPARE(b.format, r.format);
        QCOMPARE(b.sourceFile, r.sourceFile);
        QCOMPARE(b.sha256, r.sha256);
        QCOMPARE(b.kind, r.kind);
        QCOMPARE(b.agency, r.agency);
        QCOMPARE(b.year, r.year);
        QCOMPARE(b.cells.size(), r.cells.size());
        for (qsizetype i = 0; i < r.cells.size(); ++i) {
            const QString &id = r.schema().at(i).id;
            QVERIFY2(b.cells.at(i).value == r.cells.at(i).value, qPrintable(id));
            QCOMPARE(b.cells.at(i).raw, r.cells.at(i).raw);
            QVERIFY2(b.cells.at(i).source == r.cells.at(i).source, qPrintable(id));
            QCOMPARE(b.cells.at(i).inferred, r.cells.at(i).inferred);
            QCOMPARE(b.cells.at(i).corrected, r.cells.at(i).corrected);
            QCOMPARE(b.cells.at(i).alternatives, r.cells.at(i).alternatives);
        }
        QCOMPARE(b.findings, r.findings);
        QCOMPARE(b.corrections, r.corrections);
        QCOMPARE(b.facts.titleYear, r.facts.titleYear);
        QCOMPARE(b.facts.periodYear, r.facts.periodYear);
        QCOMPARE(b.facts.sectionsFound, r.facts.sectionsFound);
        QCOMPARE(b.facts.tablesFound, r.facts.tablesFound);
        QCOMPARE(b.facts.claims.size(), r.facts.claims.size());
        QCOMPARE(b.facts.claims.first().quote, r.facts.claims.first().quote);
        // Checked again, the record read back finds what the original found.
        QCOMPARE(checkRecord(b), checkRecord(r));
        // And writing it again gives the same bytes.
        QCOMPARE(recordsToJsonBytes({b}), recordsToJsonBytes({r}));
    }

    void severalRecords()
    {
        const QList<Record> records = {richRecord(FormatVersion::V2021), makeRecord(FormatVersion::V2019)};
        const QByteArray bytes = recordsToJsonBytes(records);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(doc.isArray());
        QCOMPARE(doc.array().size(), 2);
        QCOMPARE(doc.array().at(0).toObject().value(u"format"_s).toString(), u"2021"_s);
        QCOMPARE(doc.array().at(1).toObject().value(u"format"_s).toString(), u"2019"_s);
        QCOMPARE(doc.array().at(1).toObject().value(u"cells"_s).toObject().size(), 198);
        for (int i = 0; i < 2; ++i) {
            const auto back = recordFromJson(doc.array().at(i).toObject());
            QVERIFY2(back.ok(), qPrintable(back.error()));
            QCOMPARE(back->cells.size(), records.at(i).cells.size());
        }
        QCOMPARE(QJsonDocument::fromJson(recordsToJsonBytes({})).array().size(), 0);
        // The 2019 record keeps its own table order inside the array.
        const QString text = QString::fromUtf8(bytes);
        const qsizetype second = text.indexOf(u"\"format\": \"2019\""_s);
        QVERIFY(second > 0);
        QVERIFY(text.indexOf(u"\"active.regulations.made\""_s, second)
                < text.indexOf(u"\"apply.new.natural\""_s, second));
        QVERIFY(text.indexOf(u"\"active.procurement.amount\""_s, second)
                < text.indexOf(u"\"apply.new.natural\""_s, second));
    }

    void comparisonLayout()
    {
        const QJsonObject comparison{{u"old"_s, recordToJson(makeRecord(FormatVersion::V2019))},
                                     {u"new"_s, recordToJson(makeRecord(FormatVersion::V2021))},
                                     {u"findings"_s, QJsonArray{}}};
        const QByteArray bytes = recordJsonBytes(comparison);
        QCOMPARE(QJsonDocument::fromJson(bytes).object(), comparison);
        QVERIFY(bytes.startsWith("{\n  \"old\": {\n    \"schema\": \"nianbao-record/1\",\n"));
        QVERIFY(bytes.indexOf("\n  \"new\": {") > 0);
        QVERIFY(bytes.indexOf("\n  \"new\": {") < bytes.lastIndexOf("\n  \"findings\": []"));
    }

    void unknownYearIsNull()
    {
        Record r = makeRecord(FormatVersion::V2021);
        r.year = 0;
        const QJsonObject o = recordToJson(r);
        QVERIFY(o.value(u"year"_s).isNull());
        QCOMPARE(recordFromJson(o)->year, 0);
    }

    // facts.scanned: written only for a scan, read back.
    void scannedFlag()
    {
        Record r = makeRecord(FormatVersion::V2021);
        QVERIFY(!recordToJson(r).value(u"facts"_s).toObject().contains(u"scanned"_s));
        r.facts.scanned = true;
        const QJsonObject o = recordToJson(r);
        QCOMPARE(o.value(u"facts"_s).toObject().value(u"scanned"_s), QJsonValue(true));
        QVERIFY(recordFromJson(o)->facts.scanned);
    }

    // A record written by another program: no "sources", no "facts", cells partly absent.
    void outsideRecord()
    {
        const QByteArray json = R"({"schema": "nianbao-record/1", "format": "2021", "agency": "甲", "year": 2022,
            "cells": {"apply.new.natural": 5, "apply.new.commercial": null, "apply.new.research": null,
                      "apply.new.social": null, "review.total": 2},
            "raw": {"apply.new.natural": "5", "apply.new.commercial": "/", "apply.new.research": "",
                    "apply.new.social": "3件", "review.total": "2"},
            "inferred": [], "findings": [],
            "corrections": [{"cell": "review.total", "from": 1, "to": 2, "note": "", "at": "2026-01-02T03:04:05Z"}]})";
        const auto back = recordFromJson(parseObject(json));
        QVERIFY2(back.ok(), qPrintable(back.error()));
        const Record &r = *back;
        QCOMPARE(r.cell(u"apply.new.natural")->source, CellSource::Read);
        QCOMPARE(r.cell(u"apply.new.commercial")->source, CellSource::Text);
        QCOMPARE(r.cell(u"apply.new.research")->source, CellSource::Blank);
        QCOMPARE(r.cell(u"apply.new.social")->source, CellSource::Invalid);
        QCOMPARE(r.cell(u"apply.new.legal")->source, CellSource::NotFound);
        QVERIFY(!r.cell(u"apply.new.legal")->value);
        QVERIFY(r.cell(u"review.total")->corrected);
        QCOMPARE(r.corrections.first().at, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
        // Without facts the structure is assumed whole: checking judges the tables only.
        for (const Finding &f : checkRecord(r))
            QVERIFY2(f.kind != FindingKind::Warning, qPrintable(f.rule));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        const QByteArray cells = R"("cells": {"apply.new.natural": 1})";
        QTest::newRow("wrong schema") << QByteArray(R"({"schema": "other/2", "format": "2021", )" + cells + "}")
                                      << "schema";
        QTest::newRow("no schema") << QByteArray(R"({"format": "2021", )" + cells + "}") << "schema";
        QTest::newRow("bad format") << QByteArray(R"({"schema": "nianbao-record/1", "format": "2020", )" + cells + "}")
                                    << "format";
        QTest::newRow("no cells") << QByteArray(R"({"schema": "nianbao-record/1", "format": "2021"})") << "cells";
        QTest::newRow("cell as text")
            << QByteArray(R"({"schema": "nianbao-record/1", "format": "2021", "cells": {"apply.new.natural": "3"}})")
            << "apply.new.natural";
        QTest::newRow("unknown cell")
            << QByteArray(R"({"schema": "nianbao-record/1", "format": "2021", "cells": {"no.such.cell": 3}})")
            << "no.such.cell";
        QTest::newRow("2019 cell in 2021")
            << QByteArray(R"({"schema": "nianbao-record/1", "format": "2021", "cells": {"active.fees.change": 3}})")
            << "active.fees.change";
        QTest::newRow("year as text")
            << QByteArray(R"({"schema": "nianbao-record/1", "format": "2021", "year": "2023", )" + cells + "}") << "year";
        QTest::newRow("raw number")
            << QByteArray(R"({"schema": "nianbao-record/1", "format": "2021", "raw": {"apply.new.natural": 3}, )" + cells + "}")
            << "raw";
        QTest::newRow("bad source")
            << QByteArray(R"({"schema": "nianbao-record/1", "format": "2021", "sources": {"apply.new.natural": "weird"}, )"
                          + cells + "}")
            << "weird";
        QTest::newRow("bad finding kind")
            << QByteArray(R"({"schema": "nianbao-record/1", "format": "2021", )" + cells
                          + R"(, "findings": [{"kind": "error", "rule": "x", "cells": [], "message": ""}]})")
            << "kind";
        QTest::newRow("finding cells not array")
            << QByteArray(R"({"schema": "nianbao-record/1", "format": "2021", )" + cells
                          + R"(, "findings": [{"kind": "missing", "rule": "blank", "cells": "a", "message": ""}]})")
            << "findings";
        QTest::newRow("bad time")
            << QByteArray(R"({"schema": "nianbao-record/1", "format": "2021", )" + cells
                          + R"(, "corrections": [{"cell": "apply.new.natural", "from": 1, "to": 2, "note": "", "at": "昨天"}]})")
            << "昨天";
        QTest::newRow("correction of unknown cell")
            << QByteArray(R"({"schema": "nianbao-record/1", "format": "2021", )" + cells
                          + R"(, "corrections": [{"cell": "x.y", "from": 1, "to": 2, "note": "", "at": "2026-01-01T00:00:00Z"}]})")
            << "x.y";
        QTest::newRow("correction value text")
            << QByteArray(R"({"schema": "nianbao-record/1", "format": "2021", )" + cells
                          + R"(, "corrections": [{"cell": "apply.new.natural", "from": "1", "to": 2, "note": "", "at": "2026-01-01T00:00:00Z"}]})")
            << "from";
        QTest::newRow("alternatives not numbers")
            << QByteArray(R"({"schema": "nianbao-record/1", "format": "2021", "alternatives": {"apply.new.natural": ["1"]}, )"
                          + cells + "}")
            << "alternatives";
        QTest::newRow("alternatives of unknown cell")
            << QByteArray(R"({"schema": "nianbao-record/1", "format": "2021", "alternatives": {"x.y": [1, 2]}, )" + cells + "}")
            << "x.y";
        QTest::newRow("not an object") << QByteArray("[1, 2]") << "schema";
    }
    void malformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        const auto r = recordFromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(!r.ok());
        QVERIFY2(r.error().startsWith(u"年报记录 JSON 有误"_s), qPrintable(r.error()));
        QVERIFY2(r.error().contains(mentions), qPrintable(r.error()));
    }
};

QTEST_GUILESS_MAIN(TestJsonRecord)
#include "tst_jsonrecord.moc"
