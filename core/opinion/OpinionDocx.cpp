// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/opinion/OpinionDocx.h"

#include "core/opinion/OpinionLayout.h"

#include <QBuffer>
#include <QSaveFile>
#include <QTimeZone>
#include <functional>
#include <QXmlStreamWriter>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

using Kind = OpinionBlock::Kind;

const QString W = u"http://schemas.openxmlformats.org/wordprocessingml/2006/main"_s;
const QString R = u"http://schemas.openxmlformats.org/officeDocument/2006/relationships"_s;

// A4 in twentieths of a point, and the margins of the page (top, right, bottom, left).
constexpr int kPageWidth = 11906, kPageHeight = 16838;
constexpr int kMarginTop = 1440, kMarginRight = 1418, kMarginBottom = 1440, kMarginLeft = 1588;
constexpr int kTextWidth = kPageWidth - kMarginLeft - kMarginRight;

class Xml
{
public:
    Xml()
        : m_w(&m_bytes)
    {
        m_w.setAutoFormatting(false);
        m_w.writeStartDocument(u"1.0"_s, true);
    }
    QXmlStreamWriter &w() { return m_w; }
    void el(const QString &name) { m_w.writeStartElement(W, name); }
    void end() { m_w.writeEndElement(); }
    void val(const QString &name, const QString &value)
    {
        m_w.writeStartElement(W, name);
        m_w.writeAttribute(W, u"val"_s, value);
        m_w.writeEndElement();
    }
    void attr(const QString &name, const QString &value) { m_w.writeAttribute(W, name, value); }
    QByteArray finish()
    {
        m_w.writeEndDocument();
        return m_bytes;
    }

private:
    QByteArray m_bytes;
    QXmlStreamWriter m_w;
};

// One run of text; '\n' becomes a line break.
void run(Xml &x, const QString &text, bool bold = false, int halfPoints = 0)
{
    x.el(u"r"_s);
    if (bold || halfPoints) {
        x.el(u"rPr"_s);
        if (bold) {
            x.el(u"b"_s);
            x.end();
            x.el(u"bCs"_s);
            x.end();
        }
        if (halfPoints) {
            x.val(u"sz"_s, QString::number(halfPoints));
            x.val(u"szCs"_s, QString::number(halfPoints));
        }
        x.end();
    }
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0) {
            x.el(u"br"_s);
            x.end();
        }
        x.el(u"t"_s);
        x.w().writeAttribute(u"xml:space"_s, u"preserve"_s);
        x.w().writeCharacters(lines.at(i));
        x.end();
    }
    x.end();
}

void paragraph(Xml &x, const QString &style, const QString &align, const std::function<void()> &runs)
{
    x.el(u"p"_s);
    if (!style.isEmpty() || !align.isEmpty()) {
        x.el(u"pPr"_s);
        if (!style.isEmpty())
            x.val(u"pStyle"_s, style);
        if (!align.isEmpty())
            x.val(u"jc"_s, align);
        x.end();
    }
    runs();
    x.end();
}

void border(Xml &x, const QString &side)
{
    x.el(side);
    x.attr(u"val"_s, u"single"_s);
    x.attr(u"sz"_s, u"6"_s);
    x.attr(u"space"_s, u"0"_s);
    x.attr(u"color"_s, u"000000"_s);
    x.end();
}

void tableCell(Xml &x, int width, const QString &text, bool bold, bool centred, bool header)
{
    x.el(u"tc"_s);
    x.el(u"tcPr"_s);
    x.el(u"tcW"_s);
    x.attr(u"w"_s, QString::number(width));
    x.attr(u"type"_s, u"dxa"_s);
    x.end();
    if (header) {
        x.el(u"shd"_s);
        x.attr(u"val"_s, u"clear"_s);
        x.attr(u"color"_s, u"auto"_s);
        x.attr(u"fill"_s, u"EEEEEE"_s);
        x.end();
    }
    x.val(u"vAlign"_s, header ? u"center"_s : u"top"_s);
    x.end();
    paragraph(x, u"TableText"_s, centred || header ? u"center"_s : QString(), [&] {
        const qsizetype nl = text.indexOf(u'\n');
        if (bold && nl > 0) {
            run(x, text.left(nl), true);
            run(x, text.mid(nl), false); // starts with the line break
        } else {
            run(x, text, bold || header);
        }
    });
    x.end();
}

void table(Xml &x, const OpinionBlock &b)
{
    QList<int> widths;
    for (qsizetype c = 0; c < b.header.size(); ++c)
        widths.append(kTextWidth * b.widths.value(c, 10) / 100);
    x.el(u"tbl"_s);
    x.el(u"tblPr"_s);
    x.el(u"tblW"_s);
    x.attr(u"w"_s, QString::number(kTextWidth));
    x.attr(u"type"_s, u"dxa"_s);
    x.end();
    x.el(u"tblBorders"_s);
    for (const QString &side : {u"top"_s, u"left"_s, u"bottom"_s, u"right"_s, u"insideH"_s, u"insideV"_s})
        border(x, side);
    x.end();
    x.el(u"tblLayout"_s);
    x.attr(u"type"_s, u"fixed"_s);
    x.end();
    x.el(u"tblCellMar"_s);
    for (const QString &side : {u"left"_s, u"right"_s}) {
        x.el(side);
        x.attr(u"w"_s, u"80"_s);
        x.attr(u"type"_s, u"dxa"_s);
        x.end();
    }
    x.end();
    x.end(); // tblPr
    x.el(u"tblGrid"_s);
    for (int w : widths) {
        x.el(u"gridCol"_s);
        x.attr(u"w"_s, QString::number(w));
        x.end();
    }
    x.end();
    // The header row, repeated on every page the table runs over.
    x.el(u"tr"_s);
    x.el(u"trPr"_s);
    x.el(u"tblHeader"_s);
    x.end();
    x.end();
    for (qsizetype c = 0; c < b.header.size(); ++c)
        tableCell(x, widths.at(c), b.header.at(c), true, true, true);
    x.end();
    for (const QStringList &row : b.rows) {
        x.el(u"tr"_s); // a long row may run over a page break, as in the PDF
        for (qsizetype c = 0; c < b.header.size(); ++c)
            tableCell(x, widths.at(c), row.value(c), b.boldFirstLine.value(c), b.centred.value(c), false);
        x.end();
    }
    x.end();
}

QByteArray documentXml(const OpinionDocument &document)
{
    Xml x;
    x.w().writeNamespace(W, u"w"_s);
    x.w().writeNamespace(R, u"r"_s);
    x.el(u"document"_s);
    x.el(u"body"_s);
    for (const OpinionBlock &b : opinionBlocks(document)) {
        switch (b.kind) {
        case Kind::PageBreak:
            paragraph(x, {}, {}, [&] {
                x.el(u"r"_s);
                x.el(u"br"_s);
                x.attr(u"type"_s, u"page"_s);
                x.end();
                x.end();
            });
            break;
        case Kind::Title: paragraph(x, u"Title"_s, u"center"_s, [&] { run(x, b.text); }); break;
        case Kind::Subtitle: paragraph(x, u"Subtitle"_s, u"center"_s, [&] { run(x, b.text); }); break;
        case Kind::Fields:
            for (const auto &field : b.fields) // not a structured binding: clang 14 lambdas cannot capture one
                paragraph(x, u"Field"_s, {}, [&] {
                    run(x, field.first + u"："_s, true);
                    run(x, field.second);
                });
            break;
        case Kind::Heading: paragraph(x, u"Heading1"_s, {}, [&] { run(x, b.text); }); break;
        case Kind::Paragraph: paragraph(x, u"BodyText"_s, {}, [&] { run(x, b.text); }); break;
        case Kind::Table:
            table(x, b);
            paragraph(x, u"TableAfter"_s, {}, [] {});
            break;
        case Kind::Signature:
            for (const auto &field : b.fields)
                paragraph(x, u"Signature"_s, u"right"_s, [&] { run(x, field.first + u"："_s + field.second); });
            break;
        }
    }
    x.el(u"sectPr"_s);
    x.el(u"footerReference"_s);
    x.attr(u"type"_s, u"default"_s);
    x.w().writeAttribute(R, u"id"_s, u"rIdFooter"_s);
    x.end();
    x.el(u"pgSz"_s);
    x.attr(u"w"_s, QString::number(kPageWidth));
    x.attr(u"h"_s, QString::number(kPageHeight));
    x.end();
    x.el(u"pgMar"_s);
    x.attr(u"top"_s, QString::number(kMarginTop));
    x.attr(u"right"_s, QString::number(kMarginRight));
    x.attr(u"bottom"_s, QString::number(kMarginBottom));
    x.attr(u"left"_s, QString::number(kMarginLeft));
    x.attr(u"header"_s, u"720"_s);
    x.attr(u"footer"_s, u"720"_s);
    x.attr(u"gutter"_s, u"0"_s);
    x.end();
    x.end(); // sectPr
    x.end(); // body
    x.end(); // document
    return x.finish();
}

QByteArray footerXml()
{
    Xml x;
    x.w().writeNamespace(W, u"w"_s);
    x.el(u"ftr"_s);
    paragraph(x, u"Footer"_s, u"center"_s, [&] {
        run(x, u"第 "_s);
        x.el(u"fldSimple"_s);
        x.attr(u"instr"_s, u" PAGE "_s);
        run(x, u"1"_s);
        x.end();
        run(x, u" 页"_s);
    });
    x.end();
    return x.finish();
}

// A paragraph style: font size in half-points, bold, alignment, spacing (twips) and indent.
struct Style
{
    QString id, name;
    int halfPoints = 24;
    bool bold = false;
    QString align;
    int before = 0, after = 0, firstLineChars = 0; // firstLineChars: hundredths of a character
};

QByteArray stylesXml()
{
    Xml x;
    x.w().writeNamespace(W, u"w"_s);
    x.el(u"styles"_s);
    x.el(u"docDefaults"_s);
    x.el(u"rPrDefault"_s);
    x.el(u"rPr"_s);
    x.el(u"rFonts"_s);
    x.attr(u"ascii"_s, u"Times New Roman"_s);
    x.attr(u"hAnsi"_s, u"Times New Roman"_s);
    x.attr(u"eastAsia"_s, u"宋体"_s);
    x.attr(u"cs"_s, u"Times New Roman"_s);
    x.end();
    x.val(u"sz"_s, u"24"_s);
    x.val(u"szCs"_s, u"24"_s);
    x.el(u"lang"_s);
    x.attr(u"val"_s, u"en-US"_s);
    x.attr(u"eastAsia"_s, u"zh-CN"_s);
    x.end();
    x.end();
    x.end(); // rPrDefault
    x.el(u"pPrDefault"_s);
    x.el(u"pPr"_s);
    x.el(u"spacing"_s);
    x.attr(u"after"_s, u"0"_s);
    x.attr(u"line"_s, u"300"_s);
    x.attr(u"lineRule"_s, u"auto"_s);
    x.end();
    x.end();
    x.end();
    x.end(); // docDefaults

    const QList<Style> styles = {
        {u"Normal"_s, u"Normal"_s, 24, false, {}, 0, 0, 0},
        {u"Title"_s, u"Title"_s, 36, true, u"center"_s, 240, 240, 0},
        {u"Subtitle"_s, u"Subtitle"_s, 21, false, u"center"_s, 0, 200, 0},
        {u"Field"_s, u"Field"_s, 24, false, {}, 0, 40, 0},
        {u"Heading1"_s, u"heading 1"_s, 28, true, {}, 240, 120, 0},
        {u"BodyText"_s, u"Body Text"_s, 24, false, u"both"_s, 60, 60, 200},
        {u"TableText"_s, u"Table Text"_s, 20, false, {}, 0, 0, 0},
        {u"TableAfter"_s, u"Table After"_s, 12, false, {}, 0, 0, 0},
        {u"Signature"_s, u"Signature"_s, 24, false, u"right"_s, 120, 0, 0},
        {u"Footer"_s, u"footer"_s, 18, false, u"center"_s, 0, 0, 0},
    };
    for (const Style &s : styles) {
        x.el(u"style"_s);
        x.attr(u"type"_s, u"paragraph"_s);
        x.attr(u"styleId"_s, s.id);
        if (s.id == u"Normal")
            x.attr(u"default"_s, u"1"_s);
        x.val(u"name"_s, s.name);
        if (s.id != u"Normal")
            x.val(u"basedOn"_s, u"Normal"_s);
        x.el(u"qFormat"_s);
        x.end();
        x.el(u"pPr"_s);
        if (s.id == u"Title" || s.id == u"Heading1") {
            x.el(u"keepNext"_s);
            x.end();
        }
        x.el(u"spacing"_s);
        x.attr(u"before"_s, QString::number(s.before));
        x.attr(u"after"_s, QString::number(s.after));
        x.end();
        if (s.firstLineChars) {
            x.el(u"ind"_s);
            x.attr(u"firstLineChars"_s, QString::number(s.firstLineChars));
            x.attr(u"firstLine"_s, QString::number(s.halfPoints * 10 * s.firstLineChars / 100));
            x.end();
        }
        if (!s.align.isEmpty())
            x.val(u"jc"_s, s.align);
        if (s.id == u"Heading1")
            x.val(u"outlineLvl"_s, u"0"_s);
        x.end(); // pPr
        x.el(u"rPr"_s);
        if (s.bold) {
            x.el(u"b"_s);
            x.end();
        }
        x.val(u"sz"_s, QString::number(s.halfPoints));
        x.val(u"szCs"_s, QString::number(s.halfPoints));
        x.end();
        x.end(); // style
    }
    x.end();
    return x.finish();
}

QByteArray contentTypesXml()
{
    return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>
)";
}

QByteArray packageRelsXml()
{
    return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>
)";
}

QByteArray documentRelsXml()
{
    return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>
)";
}

QByteArray corePropertiesXml(const OpinionDocument &document)
{
    QByteArray bytes;
    QXmlStreamWriter x(&bytes);
    const QString cp = u"http://schemas.openxmlformats.org/package/2006/metadata/core-properties"_s;
    const QString dc = u"http://purl.org/dc/elements/1.1/"_s;
    const QString dcterms = u"http://purl.org/dc/terms/"_s;
    const QString xsi = u"http://www.w3.org/2001/XMLSchema-instance"_s;
    x.writeStartDocument(u"1.0"_s, true);
    x.writeNamespace(cp, u"cp"_s);
    x.writeNamespace(dc, u"dc"_s);
    x.writeNamespace(dcterms, u"dcterms"_s);
    x.writeNamespace(xsi, u"xsi"_s);
    x.writeStartElement(cp, u"coreProperties"_s);
    x.writeTextElement(dc, u"title"_s, OpinionDocument::title());
    x.writeTextElement(dc, u"creator"_s, u"年报审核 Nianbao"_s);
    x.writeStartElement(dcterms, u"created"_s);
    x.writeAttribute(xsi, u"type"_s, u"dcterms:W3CDTF"_s);
    x.writeCharacters(document.date().startOfDay(Qt::UTC).toString(Qt::ISODate));
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndDocument();
    return bytes;
}

} // namespace

Result<QByteArray> opinionDocxBytes(const OpinionDocument &document)
{
    using R = Result<QByteArray>;
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    {
        QuaZip zip(&buffer);
        zip.setUtf8Enabled(true);
        if (!zip.open(QuaZip::mdCreate))
            return R::failure(u"无法生成 docx（zip 错误 %1）"_s.arg(zip.getZipError()));
        // The same bytes for the same document: every entry carries the document's date.
        const QDateTime stamp = document.date().startOfDay();
        const QList<QPair<QString, QByteArray>> parts = {
            {u"[Content_Types].xml"_s, contentTypesXml()},
            {u"_rels/.rels"_s, packageRelsXml()},
            {u"word/document.xml"_s, documentXml(document)},
            {u"word/styles.xml"_s, stylesXml()},
            {u"word/footer1.xml"_s, footerXml()},
            {u"word/_rels/document.xml.rels"_s, documentRelsXml()},
            {u"docProps/core.xml"_s, corePropertiesXml(document)},
        };
        for (const auto &[name, bytes] : parts) {
            QuaZipFile file(&zip);
            QuaZipNewInfo info(name);
            info.dateTime = stamp;
            if (!file.open(QIODevice::WriteOnly, info) || file.write(bytes) != bytes.size()) {
                const int error = file.getZipError();
                return R::failure(u"无法生成 docx（%1：zip 错误 %2）"_s.arg(name).arg(error));
            }
            file.close();
            if (file.getZipError() != 0)
                return R::failure(u"无法生成 docx（%1：zip 错误 %2）"_s.arg(name).arg(file.getZipError()));
        }
        zip.close();
        if (zip.getZipError() != 0)
            return R::failure(u"无法生成 docx（zip 错误 %1）"_s.arg(zip.getZipError()));
    }
    return buffer.data();
}

Status writeOpinionDocx(const OpinionDocument &document, const QString &path)
{
    auto bytes = opinionDocxBytes(document);
    if (!bytes)
        return Status::failure(u"%1：%2"_s.arg(path, bytes.error()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        return Status::failure(u"%1：无法写入（%2）"_s.arg(path, file.errorString()));
    return {};
}

} // namespace nianbao
