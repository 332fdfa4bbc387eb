// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/project/ProjectReviewLink.h"

#include "ui/project/ProjectListModel.h"
#include "ui/project/ProjectReviewWriter.h"
#include "ui/project/ProjectSession.h"
#include "ui/session/ReportSession.h"

#include "core/document/DocumentLoader.h"
#include "core/report/Report.h"
#include "core/review/Review.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QThread>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

namespace nianbao::ui {

// A report being opened: what the project gave (on the GUI thread) and the document (read on a
// worker thread).
struct ProjectReviewLink::Load
{
    qint64 id = 0;
    QString path;
    Record record;
    QList<Correction> corrections;
    QList<Settlement> settlements;
    Document document;
    QString documentError;
    QElapsedTimer timer;
    // A scan read by OCR when the project read it: what OCR read, kept in the project. When the
    // scan is unchanged it gives the document its text and boxes (OCR does not run again).
    std::optional<OcrReading> reading;
    bool fromReading = false;
    QList<CellValue> readCells; // as the reading gives them: their places in its text (the project's record keeps none)
};

ProjectReviewLink::ProjectReviewLink(ProjectSession *project, ReportSession *reports, QObject *parent)
    : QObject(parent), m_project(project), m_reports(reports)
{
    connect(m_reports, &ReportSession::reviewChanged, this, &ProjectReviewLink::onReviewChanged);
    // A comparison wrote to the report on show: read it again from the project (nothing of this
    // view is unsaved: its steps are in the project already), so both go on from the same values.
    connect(ProjectWrites::instance(), &ProjectWrites::written, this,
            [this](const QString &path, qint64 id, const QObject *writer) {
                if (!m_id || id != m_id || writer == m_writer.data() || m_loading || path != m_project->projectPath())
                    return;
                if (startLoad(id))
                    Q_EMIT message(tr("这份报告在对比窗口中作了修改，已从项目重新读取"), 8000);
            }, Qt::QueuedConnection);
    connect(m_project, &ProjectSession::closed, this, [this] {
        m_queued = 0;
        if (m_id && m_writer)
            m_reports->setReview(nullptr); // its corrections have nowhere to go now
        delete m_writer;
        m_id = 0;
    });
}

ProjectReviewLink::~ProjectReviewLink() = default;

bool ProjectReviewLink::openReport(qint64 id)
{
    Project *project = m_project->project();
    if (!project || id <= 0)
        return false;
    if (m_loading) {
        m_queued = id; // shown when the one loading has arrived
        return true;
    }
    if (m_reports->isLoading()) {
        Q_EMIT message(tr("正在读取另一个文件，请稍候"), 4000);
        return false;
    }
    if (!m_id && !m_reports->maybeDiscard())
        return false; // a single report's unsaved corrections kept
    return startLoad(id);
}

bool ProjectReviewLink::startLoad(qint64 id)
{
    Project *project = m_project->project();
    auto load = std::make_shared<Load>();
    load->timer.start();
    load->id = id;
    const auto report = project->report(id);
    auto record = project->extractedRecord(id);
    auto corrections = project->corrections(id);
    auto settlements = project->settlements(id);
    if (!report || !record || !corrections || !settlements) {
        Q_EMIT message(!report        ? report.error()
                       : !record      ? record.error()
                       : !corrections ? corrections.error()
                                      : settlements.error(),
                       8000);
        return false;
    }
    load->path = report->path;
    load->record = std::move(*record);
    load->record.settlements = std::move(*settlements); // applied when the review checks it
    load->corrections = std::move(*corrections);
    load->reading = project->ocrReading(id);
    m_loading = true;
    m_loadingId = id;
    auto readDocument = [load] {
        if (!QFileInfo::exists(load->path)) {
            load->documentError = tr("报告文件已不在原处（%1），显示的是项目中保存的记录").arg(QDir::toNativeSeparators(load->path));
            return;
        }
        auto document = loadDocument(load->path);
        if (!document) {
            load->documentError = document.error();
            return;
        }
        if (document->imageOnly && load->reading) {
            // The scan's text and boxes from the reading kept in the project (when these bytes are
            // the ones it was read from), as readReport gives them from a kept reading.
            if (auto report = reportFromReading(*document, *load->reading)) {
                load->document = std::move(report->document);
                load->readCells = std::move(report->record.cells);
                load->fromReading = true;
                return;
            }
            load->reading.reset(); // read from other bytes: of no use now
        }
        load->document = std::move(*document);
    };
    // A plain-text report of ordinary size reads in a millisecond: here, without the hop to a
    // worker thread and back (which costs more than the reading). Anything else (PDF, Word,
    // conversions) is read on a worker thread, the window live meanwhile.
    const QFileInfo info(load->path);
    static const QStringList light{QStringLiteral("txt"), QStringLiteral("md"), QStringLiteral("htm"),
                                   QStringLiteral("html")};
    if (light.contains(info.suffix().toLower()) && info.size() < 2 * 1024 * 1024) {
        readDocument();
        onLoaded(load);
        return true;
    }
    auto *watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher, load] {
        watcher->deleteLater();
        onLoaded(load);
    });
    watcher->setFuture(QtConcurrent::run(readDocument));
    return true;
}

void ProjectReviewLink::onLoaded(const std::shared_ptr<Load> &load)
{
    m_loading = false;
    m_loadingId = 0;
    const qint64 next = m_queued;
    m_queued = 0;
    if (next && next != load->id) {
        startLoad(next); // the reviewer moved on meanwhile
        return;
    }
    if (!m_project->project())
        return;
    Document document = std::move(load->document);
    QString warning = load->documentError;
    if (warning.isEmpty() && QString::fromLatin1(document.sha256) != load->record.sha256)
        warning = tr("报告文件在上次扫描后改变了：显示的是项目中保存的记录，原文位置可能对不上（按 F5 重新读取）");
    if (!warning.isEmpty() && document.text.isEmpty()) {
        document = Document{};
        document.path = load->path;
        document.kind = QFileInfo(load->path).suffix().toLower();
    }
    if (!warning.isEmpty())
        for (CellValue &c : load->record.cells)
            c.span = {}; // the record's places in a text it was not read from
    if (load->fromReading && warning.isEmpty()) {
        load->record.facts.ocr.fromReview = true; // the values as the project keeps them, not read again
        // Each value where the reading has it: its text in the pane, its box on the page.
        for (qsizetype i = 0; i < load->record.cells.size() && i < load->readCells.size(); ++i)
            if (load->record.cells.at(i).raw == load->readCells.at(i).raw)
                load->record.cells[i].span = load->readCells.at(i).span;
    }
    auto review = std::make_unique<Review>(std::move(document), std::move(load->record));
    if (load->fromReading && warning.isEmpty())
        review->setOcrReading(std::move(load->reading)); // saved with a review written from here
    review->applySavedCorrections(load->corrections);
    m_id = load->id;
    delete m_writer;
    m_writer = new ProjectReviewWriter(m_project->project(), m_id, review.get(), int(load->corrections.size()), this);
    connect(m_writer, &ProjectReviewWriter::written, this, &ProjectReviewLink::publishCounts);
    connect(m_writer, &ProjectReviewWriter::failed, this,
            [this](const QString &error) { Q_EMIT message(tr("修改没能保存到项目：%1").arg(error), 0); });
    m_expected = review.get();
    m_reports->setReview(std::move(review));
    m_expected = nullptr;
    publishCounts();
    if (!warning.isEmpty())
        Q_EMIT message(warning, 10000);
    Q_EMIT reportShown(m_id, load->timer.elapsed());
}

void ProjectReviewLink::onReviewChanged(Review *review)
{
    if (!review || review != m_expected) {
        // A report on its own (or none): the session's files and autosave look after it.
        delete m_writer;
        m_id = 0;
    }
}

void ProjectReviewLink::publishCounts()
{
    if (!m_writer || !m_writer->review() || !m_id)
        return;
    const Record &r = m_writer->review()->record();
    int inferred = 0;
    for (const Finding &f : r.findings)
        if (f.rule == u"inferred" || f.rule.startsWith(u"inferred."))
            inferred += int(f.cells.size());
    m_project->model()->setLiveCounts(m_id, int(r.count(FindingKind::Violation)), int(r.count(FindingKind::Missing)),
                                      inferred, m_writer->projectCorrections());
}

} // namespace nianbao::ui
