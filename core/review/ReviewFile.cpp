#include "ReviewFile.h"

#include "export/JsonRecord.h"

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

Status saveReview(const Review &review, const QString &path)
{
    QJsonObject object = recordToJson(review.record());
    QJsonObject meta;
    meta.insert(QStringLiteral("format"), QLatin1String(reviewFormat));
    meta.insert(QStringLiteral("source_path"), QFileInfo(review.document().path).absoluteFilePath());
    meta.insert(QStringLiteral("source_sha256"), QString::fromLatin1(review.document().sha256));
    meta.insert(QStringLiteral("saved_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
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

Result<OpenedReview> openReview(const QString &path)
{
    using R = Result<OpenedReview>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(QStringLiteral("无法打开审核文件 %1：%2").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (json.isNull() || !json.isObject())
        return R::failure(QStringLiteral("审核文件 %1 不是有效的 JSON：%2").arg(path, parseError.errorString()));
    const QJsonObject object = json.object();
    const QJsonObject meta = object.value(QLatin1String(reviewKey)).toObject();
    if (meta.value(QStringLiteral("format")).toString() != QLatin1String(reviewFormat))
        return R::failure(QStringLiteral("%1 不是年报审核的审核文件（缺少 review 信息）").arg(path));

    auto saved = recordFromJson(object);
    if (!saved)
        return R::failure(QStringLiteral("审核文件 %1 中的记录无法读取：%2").arg(path, saved.error()));

    const QString sourcePath = meta.value(QStringLiteral("source_path")).toString();
    const QString source = locateSource(path, sourcePath, saved->sourceFile);
    if (source.isEmpty())
        return R::failure(QStringLiteral("找不到审核文件 %1 所对应的报告 %2（既不在原位置，也不在审核文件旁边）")
                              .arg(path, sourcePath.isEmpty() ? saved->sourceFile : sourcePath));

    auto review = Review::open(source);
    if (!review)
        return R::failure(review.error());

    OpenedReview opened;
    opened.review = std::move(review).value();
    QString savedHash = meta.value(QStringLiteral("source_sha256")).toString();
    if (savedHash.isEmpty())
        savedHash = saved->sha256;
    const QString nowHash = QString::fromLatin1(opened.review->document().sha256);
    if (!savedHash.isEmpty() && savedHash.compare(nowHash, Qt::CaseInsensitive) != 0)
        opened.warnings.append(QStringLiteral("报告 %1 在保存审核之后已经改变（SHA-256 不同）：修改已重新套用，请逐项核对。")
                                   .arg(QDir::toNativeSeparators(source)));
    if (saved->format != opened.review->record().format)
        opened.warnings.append(QStringLiteral("保存时报告按 %1 年格式读取，现在按 %2 年格式读取：部分修改可能无法套用。")
                                   .arg(formatName(saved->format), formatName(opened.review->record().format)));
    const QStringList skipped = opened.review->applySavedCorrections(saved->corrections);
    if (!skipped.isEmpty())
        opened.warnings.append(QStringLiteral("以下修改所指的单元格不存在，未套用：%1").arg(skipped.join(QStringLiteral("、"))));
    return opened;
}

} // namespace nianbao
