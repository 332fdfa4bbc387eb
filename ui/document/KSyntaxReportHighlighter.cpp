// SPDX-License-Identifier: GPL-3.0-or-later
// Built only when CMake finds KF6 SyntaxHighlighting: the report is highlighted by
// KSyntaxHighlighting with resources/syntax/nianbao-report.xml (compiled in under
// :/nianbao/ksyntax/syntax/). When the definition cannot be read, our own highlighter is used.
#include "ui/document/ReportHighlighter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

namespace nianbao::ui {

static KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository repo;
    static const bool added = [] {
        // Custom search paths hold a "syntax" folder with the definitions.
        repo.addCustomSearchPath(QStringLiteral(":/nianbao/ksyntax"));
        return true;
    }();
    Q_UNUSED(added);
    return repo;
}

QSyntaxHighlighter *makeReportHighlighter(QTextDocument *document)
{
    KSyntaxHighlighting::Repository &repo = repository();
    const KSyntaxHighlighting::Definition definition = repo.definitionForName(QStringLiteral("Nianbao Report"));
    if (!definition.isValid())
        return new ReportHighlighter(document);
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
    highlighter->setTheme(repo.defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
    highlighter->setDefinition(definition);
    return highlighter;
}

} // namespace nianbao::ui
