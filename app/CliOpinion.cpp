// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/CliOpinion.h"

#include "core/opinion/OpinionDocx.h"
#include "core/opinion/OpinionSources.h"
#include "core/project/Project.h"
#include "core/review/SavedReview.h"
#include "core/util/ReportFiles.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace nianbao::cli {

namespace {

QTextStream &errStream()
{
    static QTextStream s(stderr);
    return s;
}

void complain(const QString &message)
{
    errStream() << "nianbao: " << message << Qt::endl;
}

void usageError(const QString &message)
{
    errStream() << "nianbao export: " << message << Qt::endl;
}

// The reports of one input, appended to `out`; false (the reasons said) when some could not be read.
bool collect(const QString &input, QList<OpinionReport> &out)
{
    const QFileInfo info(input);
    if (info.isDir()) {
        const QStringList files = findReportFiles(input, [](const QString &path) {
            return path.endsWith(u".json"_s, Qt::CaseInsensitive) && isReviewFile(path);
        });
        if (files.isEmpty()) {
            complain(u"%1：文件夹中没有年度报告或审核文件"_s.arg(input));
            return false;
        }
        bool ok = true;
        for (const QString &file : files)
            ok = collect(file, out) && ok;
        return ok;
    }
    if (Project::isProjectFile(input)) {
        auto project = Project::open(input, Project::Access::Read);
        if (!project) {
            complain(project.error());
            return false;
        }
        QStringList skipped;
        auto reports = opinionsFromProject(*project, &skipped);
        if (!reports) {
            complain(reports.error());
            return false;
        }
        for (const QString &why : std::as_const(skipped))
            complain(why);
        if (reports->isEmpty() && skipped.isEmpty()) {
            complain(u"%1：项目中没有报告"_s.arg(input));
            return false;
        }
        out += *reports;
        return skipped.isEmpty();
    }
    QStringList warnings;
    auto report = opinionFromFile(input, &warnings);
    for (const QString &w : std::as_const(warnings))
        complain(w);
    if (!report) {
        complain(report.error());
        return false;
    }
    out.append(std::move(*report));
    return true;
}

Status write(const OpinionDocument &document, const QString &path, const QString &format, OpinionPdfWriter pdf)
{
    if (format == u"docx")
        return writeOpinionDocx(document, path);
    return pdf(document, path);
}

} // namespace

bool isOpinionFormat(const QString &format)
{
    return format == u"pdf" || format == u"docx";
}

int runOpinionExport(const QStringList &args, OpinionPdfWriter pdf)
{
    QCommandLineParser p;
    p.addOption({u"format"_s, u"pdf or docx"_s, u"format"_s});
    p.addOption({{u"o"_s, u"output"_s}, u"output file (a folder with --split)"_s, u"file"_s});
    p.addOption({u"split"_s, u"one document per report, into the folder -o"_s});
    p.addOption({u"date"_s, u"the document's date, YYYY-MM-DD (default: today)"_s, u"date"_s});
    p.addOption({u"reviewer"_s, u"who signs"_s, u"name"_s});
    p.addOption({u"office"_s, u"the reviewing office"_s, u"name"_s});
    p.addOption({{u"j"_s, u"jobs"_s}, u"threads (accepted; the reports are read one after another)"_s, u"N"_s});
    p.addPositionalArgument(u"files"_s, u"reports, saved reviews, projects or folders"_s);
    if (!p.parse(QStringList{u"nianbao-export"_s} + args)) {
        usageError(p.errorText());
        return 2;
    }
    const QString format = p.value(u"format"_s).toLower();
    const QString output = p.value(u"output"_s);
    const QStringList inputs = p.positionalArguments();
    const bool split = p.isSet(u"split"_s);
    if (!isOpinionFormat(format) || inputs.isEmpty()) {
        usageError(u"审核意见书需要 --format pdf|docx、-o 和至少一个文件"_s);
        return 2;
    }
    if (output.isEmpty() || output == u"-") {
        usageError(split ? u"--split 需要用 -o 指定输出文件夹"_s : u"%1 需要用 -o 指定输出文件"_s.arg(format));
        return 2;
    }
    OpinionOptions options;
    if (p.isSet(u"date"_s)) {
        options.date = QDate::fromString(p.value(u"date"_s), Qt::ISODate);
        if (!options.date.isValid()) {
            usageError(u"--date 需要 YYYY-MM-DD 形式的日期：%1"_s.arg(p.value(u"date"_s)));
            return 2;
        }
    }
    options.reviewer = p.value(u"reviewer"_s);
    options.office = p.value(u"office"_s);
    if (!pdf && format == u"pdf") {
        usageError(u"这个版本没有 PDF 输出（需要审核窗口的程序 nianbao-opinion）；请改用 --format docx"_s);
        return 2;
    }
    // The place to write, before a single report is read.
    if (split) {
        if (QFileInfo(output).exists() && !QFileInfo(output).isDir()) {
            complain(u"%1：不是文件夹（--split 把每份报告的审核意见书写入这个文件夹）"_s.arg(output));
            return 2;
        }
        if (!QDir().mkpath(output)) {
            complain(u"%1：无法创建文件夹"_s.arg(output));
            return 2;
        }
    } else if (QFileInfo(output).isDir()) {
        complain(u"%1：是文件夹；一份审核意见书需要文件名（逐份导出请加 --split）"_s.arg(output));
        return 2;
    } else if (!QFileInfo(QFileInfo(output).absolutePath()).isDir()) {
        complain(u"%1：无法写入（文件夹 %2 不存在）"_s.arg(output, QDir::toNativeSeparators(QFileInfo(output).absolutePath())));
        return 2;
    }

    QList<OpinionReport> reports;
    bool failed = false;
    for (const QString &input : inputs)
        failed = !collect(input, reports) || failed;
    if (reports.isEmpty())
        return 2; // each input's reason is out already

    bool violations = false;
    for (const OpinionReport &r : std::as_const(reports))
        violations = violations || r.violations;
    if (!split) {
        OpinionDocument document;
        document.options = options;
        document.reports = reports;
        if (const Status s = write(document, output, format, pdf); !s) {
            complain(s.error());
            return 2;
        }
    } else {
        const QStringList names = opinionFileNames(reports, format);
        QTextStream out(stdout);
        for (qsizetype i = 0; i < reports.size(); ++i) {
            OpinionDocument document;
            document.options = options;
            document.reports.append(reports.at(i));
            const QString path = QDir(output).filePath(names.at(i));
            if (const Status s = write(document, path, format, pdf); !s) {
                complain(s.error());
                return 2;
            }
            out << QDir::toNativeSeparators(path) << Qt::endl;
        }
    }
    return failed ? 2 : violations ? 1 : 0;
}

} // namespace nianbao::cli
