// SPDX-License-Identifier: GPL-3.0-or-later
// Undo restores values: long seeded random sequences of edits, table fills, confirmations and note
// edits, mixed with undo, redo and jumps along the stack (setIndex). After every step the review
// must equal a fresh replay of the steps still applied: the same cells (value and corrected mark),
// the same findings, the same audit trail (cell, from, to, note, and each entry's time stamp as its
// step first wrote it). A review saved after the sequence reopens to the same values and trail.
#include "core/document/DocumentLoader.h"
#include "core/extract/Extractor.h"
#include "core/review/Review.h"
#include "core/review/ReviewFile.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace nianbao;

namespace {

// One step as the reviewer asked for it, replayable on another review.
struct Op
{
    enum Kind { Edit, Fill, Confirm, Note } kind = Edit;
    QString cell;
    std::optional<double> value;
    QString note;
    TableSection table = TableSection::Active;
    QStringList cells;
    qsizetype index = 0;
};

void apply(Review &review, const Op &op)
{
    switch (op.kind) {
    case Op::Edit: review.setCellValue(op.cell, op.value, op.note); break;
    case Op::Fill: review.fillBlanks(op.table); break;
    case Op::Confirm: review.confirmCells(op.cells, op.note); break;
    case Op::Note: review.setCorrectionNote(op.index, op.note); break;
    }
}

QString describe(const CellValue &c)
{
    return QStringLiteral("%1%2").arg(c.value ? QString::number(*c.value) : QStringLiteral("null"),
                                      c.corrected ? QStringLiteral(" (corrected)") : QString());
}

QString describe(const Correction &c)
{
    return QStringLiteral("%1: %2 -> %3 「%4」")
        .arg(c.cell, c.from ? QString::number(*c.from) : QStringLiteral("null"),
             c.to ? QString::number(*c.to) : QStringLiteral("null"), c.note);
}

// The first difference between two records (cells, trail without time stamps, findings), or empty.
QString difference(const Record &got, const Record &want, bool compareCorrected = true)
{
    if (got.cells.size() != want.cells.size())
        return QStringLiteral("%1 cells, expected %2").arg(got.cells.size()).arg(want.cells.size());
    for (qsizetype i = 0; i < got.cells.size(); ++i) {
        const CellValue &g = got.cells.at(i);
        const CellValue &w = want.cells.at(i);
        if (g.value != w.value || (compareCorrected && g.corrected != w.corrected) || g.raw != w.raw
            || g.source != w.source)
            return QStringLiteral("cell %1 is %2, expected %3").arg(got.schema().at(i).id, describe(g), describe(w));
    }
    if (got.corrections.size() != want.corrections.size())
        return QStringLiteral("%1 trail entries, expected %2").arg(got.corrections.size()).arg(want.corrections.size());
    for (qsizetype i = 0; i < got.corrections.size(); ++i) {
        const Correction &g = got.corrections.at(i);
        const Correction &w = want.corrections.at(i);
        if (g.cell != w.cell || g.from != w.from || g.to != w.to || g.note != w.note)
            return QStringLiteral("trail entry %1 is %2, expected %3").arg(i).arg(describe(g), describe(w));
    }
    if (compareCorrected && got.findings != want.findings)
        return QStringLiteral("%1 findings, expected %2 (or they differ)").arg(got.findings.size()).arg(want.findings.size());
    return {};
}

const char *reports[] = {
    "/input/seed_000_ebc2797f3e368fc1.txt",
    "/input/seed_002_d313710ee9afc711.txt",
    "/input/seed_004_80a41c86f4ba9762.txt",
};

} // namespace

class TestReviewUndo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void randomSequencesMatchReplay_data();
    void randomSequencesMatchReplay();
    void undoRestoresCorrectedMarkOfReopenedReview();
    void noteUndoRestoresWholeEntry();
};

void TestReviewUndo::randomSequencesMatchReplay_data()
{
    QTest::addColumn<QString>("report");
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<bool>("reopened"); // the review starts from saved corrections
    QTest::addColumn<int>("steps");
    const quint32 seeds[] = {1, 7, 2026, 90210};
    for (const char *report : reports) {
        for (quint32 seed : seeds) {
            for (bool reopened : {false, true}) {
                QTest::addRow("%s/seed%u%s", QFileInfo(QString::fromLatin1(report)).baseName().left(8).toLatin1().constData(),
                              seed, reopened ? "/reopened" : "")
                    << QString::fromLatin1(report) << seed << reopened << 300;
            }
        }
    }
}

void TestReviewUndo::randomSequencesMatchReplay()
{
    QFETCH(QString, report);
    QFETCH(quint32, seed);
    QFETCH(bool, reopened);
    QFETCH(int, steps);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString source = dir.filePath(QStringLiteral("report.txt"));
    QVERIFY(QFile::copy(QStringLiteral(NIANBAO_TEST_DATA) + report, source));
    auto doc = loadDocument(source);
    QVERIFY2(doc, qPrintable(doc.error()));
    const Document document = *doc;
    const Record extracted = extractRecord(document);
    const Schema &schema = extracted.schema();
    QRandomGenerator rng(seed ^ quint32(qHash(report)));

    // A reopened review starts from saved corrections, some of which put a value back as printed
    // (corrected by the saved review, though equal to the report).
    QList<Correction> saved;
    if (reopened) {
        const QDateTime then = QDateTime::fromString(QStringLiteral("2026-11-30T08:00:00Z"), Qt::ISODate);
        for (int i = 0; i < 6; ++i) {
            const int index = int(rng.bounded(int(schema.size())));
            const std::optional<double> printed = extracted.cells.at(index).value;
            const std::optional<double> to = double(100 + rng.bounded(40));
            saved.append({schema.at(index).id, printed, to, QStringLiteral("上次的修改 %1").arg(i), then});
            if (i % 2) // and put back
                saved.append({schema.at(index).id, to, printed, QStringLiteral("改回 %1").arg(i), then});
        }
    }
    const auto fresh = [&] {
        auto r = std::make_unique<Review>(document, extracted);
        if (reopened)
            r->applySavedCorrections(saved);
        return r;
    };

    std::unique_ptr<Review> review = fresh();
    QUndoStack *stack = review->undoStack();
    QList<Op> ops;                     // ops[i] made command i of the stack
    QList<QList<QDateTime>> stamps;    // the time stamps of the entries command i appended
    const QList<QDateTime> baseStamps = [&] {
        QList<QDateTime> s;
        for (const Correction &c : review->record().corrections)
            s.append(c.at);
        return s;
    }();
    const QStringList notes = {QString(), QStringLiteral("核对原文"), QStringLiteral("电话确认"), QStringLiteral("按附表")};
    int pushed = 0, undos = 0, redos = 0, jumps = 0, maxDepth = 0;

    for (int step = 0; step < steps; ++step) {
        const int dice = int(rng.bounded(100));
        const int before = stack->index();
        const qsizetype trailBefore = review->record().corrections.size();
        Op op;
        bool isOp = true;
        if (dice < 34) {
            op.kind = Op::Edit;
            // a quarter of the edits go to the cells the saved review corrected
            op.cell = !saved.isEmpty() && rng.bounded(4) == 0 ? saved.at(int(rng.bounded(int(saved.size())))).cell
                                                             : schema.at(int(rng.bounded(int(schema.size())))).id;
            if (rng.bounded(10) > 0)
                op.value = double(rng.bounded(60));
            op.note = notes.at(int(rng.bounded(int(notes.size()))));
        } else if (dice < 40) {
            op.kind = Op::Fill;
            op.table = TableSection(rng.bounded(3));
        } else if (dice < 50) {
            op.kind = Op::Confirm;
            for (int n = 1 + int(rng.bounded(4)); n > 0; --n)
                op.cells.append(schema.at(int(rng.bounded(int(schema.size())))).id);
            op.note = notes.at(int(rng.bounded(int(notes.size()))));
        } else if (dice < 60) {
            op.kind = Op::Note;
            const qsizetype n = review->record().corrections.size();
            op.index = n ? qsizetype(rng.bounded(int(n))) : 0;
            op.note = QStringLiteral("备注 %1").arg(step);
            isOp = n > 0;
        } else if (dice < 74) {
            isOp = false;
            stack->undo();
            ++undos;
        } else if (dice < 86) {
            isOp = false;
            stack->redo();
            ++redos;
        } else {
            isOp = false;
            const int target = stack->index() - 6 + int(rng.bounded(13)); // a few steps either way
            stack->setIndex(qBound(0, target, stack->count()));
            ++jumps;
        }
        if (isOp) {
            apply(*review, op);
            if (stack->index() == before + 1) { // a command was pushed (those above `before` dropped)
                ops.resize(before);
                stamps.resize(before);
                ops.append(op);
                QList<QDateTime> s;
                for (qsizetype i = trailBefore; i < review->record().corrections.size(); ++i)
                    s.append(review->record().corrections.at(i).at);
                stamps.append(s);
                ++pushed;
            } else {
                QCOMPARE(stack->index(), before); // refused or nothing to change: no step
            }
        }
        QCOMPARE(stack->count(), int(ops.size()));
        maxDepth = qMax(maxDepth, stack->count());

        std::unique_ptr<Review> replay = fresh();
        for (int i = 0; i < stack->index(); ++i)
            apply(*replay, ops.at(i));
        QCOMPARE(replay->undoStack()->count(), stack->index());
        const QString diff = difference(review->record(), replay->record());
        QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("step %1 (index %2): %3").arg(step).arg(stack->index()).arg(diff)));

        QList<QDateTime> wantStamps = baseStamps;
        for (int i = 0; i < stack->index(); ++i)
            wantStamps.append(stamps.at(i));
        QList<QDateTime> gotStamps;
        for (const Correction &c : review->record().corrections)
            gotStamps.append(c.at);
        QVERIFY2(gotStamps == wantStamps, qPrintable(QStringLiteral("step %1: time stamps differ").arg(step)));
    }
    QVERIFY2(pushed > steps / 4 && undos > 0 && redos > 0 && jumps > 0 && maxDepth > 5,
             qPrintable(QStringLiteral("sequence too tame: %1 pushed, %2 undos, %3 redos, %4 jumps, depth %5")
                            .arg(pushed).arg(undos).arg(redos).arg(jumps).arg(maxDepth)));

    qInfo("%d steps: %d pushed, %d undos, %d redos, %d jumps, deepest stack %d, trail %d entries", steps, pushed,
          undos, redos, jumps, maxDepth, int(review->record().corrections.size()));

    // Saved after the sequence, the review reopens to the same values and audit trail.
    const QString path = dir.filePath(QStringLiteral("review.nianbao"));
    QVERIFY(saveReview(*review, path));
    auto back = openReview(path);
    QVERIFY2(back, qPrintable(back.error()));
    QVERIFY(back->warnings.isEmpty());
    const Record &again = back->review->record();
    // Values and trail only: the corrected marks (and the findings that follow them) of a reopened
    // review still come from SavedReview's applyCorrections, which marks every named cell, while
    // the review unmarks a cell put back to the printed value (issue 9's "two definitions of
    // corrected", fixed with its one home).
    const QString diff = difference(again, review->record(), false);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    for (qsizetype i = 0; i < again.corrections.size(); ++i)
        QCOMPARE(again.corrections.at(i).at, review->record().corrections.at(i).at);
}

// A saved review's correction may put a value back as printed: reopened, that cell counts as
// corrected. Editing it and undoing the edit gives the cell back as it was, mark included.
void TestReviewUndo::undoRestoresCorrectedMarkOfReopenedReview()
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("report.txt"));
    QVERIFY(QFile::copy(QStringLiteral(NIANBAO_TEST_DATA) + QLatin1String(reports[2]), source));
    auto review = Review::open(source);
    QVERIFY2(review, qPrintable(review.error()));
    Review &r = **review;
    const Schema &schema = r.record().schema();
    int index = -1;
    for (qsizetype i = 0; i < schema.size() && index < 0; ++i) {
        if (r.record().cells.at(i).value)
            index = int(i);
    }
    QVERIFY(index >= 0);
    const QString id = schema.at(index).id;
    const std::optional<double> printed = r.record().cells.at(index).value;
    const QDateTime then = QDateTime::currentDateTimeUtc().addDays(-1);
    r.applySavedCorrections({{id, printed, *printed + 5, QStringLiteral("改"), then},
                             {id, *printed + 5, printed, QStringLiteral("改回"), then}});
    const CellValue saved = r.record().cells.at(index);
    // Corrected and put back to the printed value: not corrected (core/record/Corrections.h).
    QVERIFY(!saved.corrected);
    const QList<Correction> trail = r.record().corrections;
    const QList<Finding> findings = r.record().findings;

    QVERIFY(r.setCellValue(id, *printed + 1));
    QVERIFY(r.record().cells.at(index).corrected);
    QVERIFY(r.setCellValue(id, printed));
    r.undoStack()->undo();
    r.undoStack()->undo();
    QCOMPARE(r.record().cells.at(index).value, saved.value);
    QCOMPARE(r.record().cells.at(index).corrected, saved.corrected);
    QCOMPARE(r.record().corrections, trail);
    QCOMPARE(r.record().findings, findings);
}

// Undoing a note edit puts back the entry as it stood (and redo the rewritten one), wherever the
// entry stands in the trail.
void TestReviewUndo::noteUndoRestoresWholeEntry()
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("report.txt"));
    QVERIFY(QFile::copy(QStringLiteral(NIANBAO_TEST_DATA) + QLatin1String(reports[0]), source));
    auto review = Review::open(source);
    QVERIFY2(review, qPrintable(review.error()));
    Review &r = **review;
    const Schema &schema = r.record().schema();
    QVERIFY(r.setCellValue(schema.at(0).id, 11, QStringLiteral("一")));
    QVERIFY(r.setCellValue(schema.at(1).id, 12, QStringLiteral("二")));
    QVERIFY(r.setCellValue(schema.at(2).id, 13, QStringLiteral("三")));
    const QList<Correction> before = r.record().corrections;
    QVERIFY(r.setCorrectionNote(0, QStringLiteral("一（改）")));
    QVERIFY(r.setCorrectionNote(2, QStringLiteral("三（改）")));
    QList<Correction> after = before;
    after[0].note = QStringLiteral("一（改）");
    after[2].note = QStringLiteral("三（改）");
    QCOMPARE(r.record().corrections, after);
    r.undoStack()->setIndex(3);
    QCOMPARE(r.record().corrections, before);
    r.undoStack()->setIndex(5);
    QCOMPARE(r.record().corrections, after);
    r.undoStack()->setIndex(0);
    QVERIFY(r.record().corrections.isEmpty());
    r.undoStack()->setIndex(5);
    QCOMPARE(r.record().corrections, after);
}

QTEST_GUILESS_MAIN(TestReviewUndo)
#include "tst_reviewundo.moc"
