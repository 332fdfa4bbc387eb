// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A season's folder (issue 10): check and export over many reports at once. Folders are walked
// (core/util/ReportFiles.h), the reports are read on `--jobs` threads and come out in path
// order, a few at a time, so memory stays bounded; the same agency's consecutive years are
// checked against each other (core/compare/Series.h) and those findings go with the newer report.
#include <QString>
#include <QStringList>
#include <optional>

namespace nianbao::cli {

// The value of --jobs: a count from 1 to 256; "0" or empty is the number of cores. nullopt when
// it is not a number.
std::optional<int> parseJobs(const QString &value);

// `nianbao check [--jobs N] FILE|FOLDER...`; returns the exit code.
int runSeasonCheck(const QStringList &args);

// `nianbao export` after its options were read: `inputs` as given (files and folders).
int runSeasonExport(const QStringList &inputs, const QString &format, const QString &output, int jobs);

// `nianbao compare` when OLD or NEW is a folder: each report of NEW compared with the report of the
// same agency in OLD (its previous year when OLD holds several years); JSON only, an array of
// comparisons in NEW's path order. Exit 2 when a file could not be read, else 1 when any
// comparison has cross-year findings, else 0.
int runSeasonCompare(const QString &older, const QString &newer, const QString &format, const QString &output,
                     int jobs);

} // namespace nianbao::cli
