// SPDX-License-Identifier: GPL-3.0-or-later
// Saved reviews without the undo stack: writing and reading the file, and replaying it on the
// report (the command line's way; the window builds a Review on the same replay, ReviewFile.h).
#include "core/review/SavedReview.h"

#include "core/export/JsonRecord.h"
#include "core/record/Corrections.h"
#include "core/report/OcrReadingJson.h"
#include "core/report/Report.h"
#include "core/rules/Rules.h"
#include "core/util/FileRead.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace nianbao {

// The review file is the record of RECORD.md with one more member, "review", saying where the
// source was and its hash when the review was saved.
static constexpr auto reviewKey = "review";
static constexpr auto reviewFormat = "nianbao-review/1";

Status saveReview(const Record &record, const Document &document, const QString &path, const OcrReading *ocr)
{
    QJsonObject object = recordToJson(record);
    QJsonObject meta;
    meta.insert(QStringLiteral("format"), QLatin1String(reviewFormat));
    meta.insert(QStringLiteral("source_path"), QFileInfo(document.path).absoluteFilePath());
    meta.insert(QStringLiteral("source_sha256"), QString::fromLatin1(document.sha256));
    meta.insert(QStringLiteral("saved_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    // What OCR read from a scan, when it was read from these bytes (the key: its sha256).
    if (ocr && !ocr->document.sha256.isEmpty() && ocr->document.sha256 == document.sha256)
        meta.insert(QStringLiteral("ocr"), ocrReadingToJson(*ocr));
    object.insert(QLatin1String(reviewKey), meta);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(QStringLiteral("无法写入审核文件 %1：%2").arg(path, file.errorString()));
    file.write(QJsonDocument(object).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Status::failure(QStringLiteral("无法写入审核文件 %1：%2").arg(path, file.errorString()));
    return {};
}

// The source named in the review: its absolute path, or a file of that name next to the review.
static QString locateSource(const QString &reviewPath, const QString &sourcePath, const QString &recordFile)
{
    if (!sourcePath.isEmpty() && QFileInfo(sourcePath).isFile())
        return sourcePath;
    const QDir here = QFileInfo(reviewPath).absoluteDir();
    for (const QString &name : {QFileInfo(sourcePath).fileName(), QFileInfo(recordFile).fileName()}) {
        if (!name.isEmpty() && QFileInfo(here.filePath(name)).isFile())
            return here.filePath(name);
    }
    return {};
}

// A review is a few hundred kilobytes at most: larger files are not reviews.
static constexpr qint64 maxReviewBytes = 16LL * 1024 * 1024;

// A review file's JSON object from its bytes, or a message naming the file.
static Result<QJsonObject> reviewObject(const QByteArray &bytes, const QString &path)
{
    using R = Result<QJsonObject>;
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &parseError);
    if (json.isNull() || !json.isObject())
        return R::failure(QStringLiteral("审核文件 %1 不是有效的 JSON：%2").arg(path, parseError.errorString()));
    QJsonObject object = json.object();
    if (object.value(QLatin1String(reviewKey)).toObject().value(QStringLiteral("format")).toString()
        != QLatin1String(reviewFormat))
        return R::failure(QStringLiteral("%1 不是年报审核的审核文件（缺少 review 信息）").arg(path));
    return object;
}

// The same from the file: a regular file of at most maxReviewBytes (util/FileRead.h).
static Result<QJsonObject> readReviewObject(const QString &path)
{
    auto bytes = readRegularFile(path, maxReviewBytes);
    if (!bytes)
        return Result<QJsonObject>::failure(QStringLiteral("无法打开审核文件 %1").arg(bytes.error()));
    return reviewObject(*bytes, path);
}

bool isReviewFile(const QString &path)
{
    const QFileInfo info(path);
    if (info.suffix().compare(QLatin1String("nianbao"), Qt::CaseInsensitive) == 0)
        return true;
    // Anything not starting with '{' is a report.
    if (!info.isFile() || info.size() > maxReviewBytes)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QByteArray head = file.peek(64);
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    if (!head.trimmed().startsWith('{'))
        return false;
    file.close();
    return bool(readReviewObject(path));
}

static Result<SavedReview> savedReview(Result<QJsonObject> object, const QString &path)
{
    using R = Result<SavedReview>;
    if (!object)
        return R::failure(object.error());
    auto saved = recordFromJson(*object);
    if (!saved)
        return R::failure(QStringLiteral("审核文件 %1 中的记录无法读取：%2").arg(path, saved.error()));
    const QJsonObject meta = object->value(QLatin1String(reviewKey)).toObject();
    SavedReview review;
    review.record = std::move(saved).value();
    review.sourcePath = meta.value(QStringLiteral("source_path")).toString();
    review.sourceSha256 = meta.value(QStringLiteral("source_sha256")).toString();
    if (review.sourceSha256.isEmpty())
        review.sourceSha256 = review.record.sha256;
    review.savedAt = meta.value(QStringLiteral("saved_at")).toString();
    // A reading that does not hold together is left out: the scan is read again.
    if (const QJsonObject ocr = meta.value(QStringLiteral("ocr")).toObject(); !ocr.isEmpty())
        review.ocrReading = ocrReadingFromJson(ocr);
    return review;
}

Result<SavedReview> readReviewFile(const QString &path)
{
    return savedReview(readReviewObject(path), path);
}

Result<SavedReview> readReviewBytes(const QByteArray &bytes, const QString &name)
{
    return savedReview(reviewObject(bytes, name), name);
}

QString locateReviewSource(const QString &reviewPath, const SavedReview &saved)
{
    return locateSource(reviewPath, saved.sourcePath, saved.record.sourceFile);
}

Result<ReplayedReview> replayReview(const QString &path, const LoadOptions &options, const QString &sourceNow)
{
    auto saved = readReviewFile(path);
    if (!saved)
        return Result<ReplayedReview>::failure(saved.error());
    return replayReview(path, *saved, options, sourceNow);
}

Result<ReplayedReview> replayReview(const QString &path, const SavedReview &saved, const LoadOptions &options,
                                    const QString &sourceNow)
{
    using R = Result<ReplayedReview>;
    const QString source = sourceNow.isEmpty() ? locateReviewSource(path, saved) : sourceNow;
    if (source.isEmpty())
        return R::failure(QStringLiteral("找不到审核文件 %1 所对应的报告 %2（既不在原位置，也不在审核文件旁边）")
                              .arg(path, saved.sourcePath.isEmpty() ? saved.record.sourceFile : saved.sourcePath));
    auto report = readReport(source, options, {}, saved.ocrReading ? &*saved.ocrReading : nullptr);
    if (!report)
        return R::failure(report.error());

    ReplayedReview replayed;
    replayed.document = std::move(report->document);
    replayed.extracted = std::move(report->record);
    replayed.corrections = saved.record.corrections;
    replayed.ocrReading = std::move(report->ocrReading);
    // The findings settled without a value changed: kept as saved (they name findings, not
    // values, so they apply to whatever the record's checks find again).
    replayed.extracted.settlements = saved.record.settlements;
    const QString &savedHash = saved.sourceSha256;
    const QString nowHash = QString::fromLatin1(replayed.document.sha256);
    if (!savedHash.isEmpty() && savedHash.compare(nowHash, Qt::CaseInsensitive) != 0)
        replayed.warnings.append(QStringLiteral("报告 %1 在保存审核之后已经改变（SHA-256 不同）：修改已重新套用，请逐项核对。")
                                     .arg(QDir::toNativeSeparators(source)));
    if (saved.record.format != replayed.extracted.format)
        replayed.warnings.append(QStringLiteral("保存时报告按 %1 年格式读取，现在按 %2 年格式读取：部分修改可能无法套用。")
                                     .arg(formatName(saved.record.format), formatName(replayed.extracted.format)));
    QStringList unknown;
    for (const Correction &c : std::as_const(replayed.corrections)) {
        if (replayed.extracted.schema().indexOf(c.cell) < 0)
            unknown.append(c.cell);
    }
    if (!unknown.isEmpty())
        replayed.warnings.append(QStringLiteral("以下修改所指的单元格不存在，未套用：%1").arg(unknown.join(QStringLiteral("、"))));
    return replayed;
}

Record correctedRecord(const ReplayedReview &replayed)
{
    Record record = replayed.extracted;
    applyCorrections(record, replayed.corrections);
    recheck(record);
    return record;
}

} // namespace nianbao
