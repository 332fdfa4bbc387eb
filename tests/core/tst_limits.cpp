// SPDX-License-Identifier: GPL-3.0-or-later
// Reading bounded before parsing (issue 13): only regular files are read (a FIFO, a device, a
// socket is refused at once with a message naming it), reads stop at the size limit whatever stat
// says, HTML nesting is limited before gumbo parses and gumbo's tree is freed without recursion,
// every loader stops at its time budget with a message, and text tables stop at their cell limit.
#include "core/document/DocumentLoader.h"
#include "core/document/HtmlLimits.h"
#include "core/document/TextTableReader.h"
#include "core/review/SavedReview.h"
#include "core/util/FileRead.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace nianbao;
using namespace nianbao::loaders;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(NIANBAO_TEST_DATA "/input/formats/") + name;
}

QByteArray nested(const QByteArray &open, const QByteArray &close, int depth, const QByteArray &inside = "深处")
{
    QByteArray html = "<!DOCTYPE html><html><body>";
    html.reserve(html.size() + depth * (open.size() + close.size()) + 64);
    for (int i = 0; i < depth; ++i)
        html += open;
    html += inside;
    for (int i = 0; i < depth; ++i)
        html += close;
    html += "</body></html>";
    return html;
}

// A Unix socket bound at `path` (closed by the caller).
int bindSocket(const QString &path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address = {};
    address.sun_family = AF_UNIX;
    const QByteArray native = QFile::encodeName(path);
    if (fd < 0 || size_t(native.size()) >= sizeof(address.sun_path))
        return -1;
    std::memcpy(address.sun_path, native.constData(), size_t(native.size()));
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

} // namespace

class TestLimits final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // A FIFO (named like a report, no writer: opening it would block), a character device that
    // never ends, one that is empty, a socket: each refused at once, the message naming the file.
    void notRegularFilesAreRefused_data()
    {
        QTest::addColumn<QString>("kind"); // "fifo", "socket", or a device's path
        QTest::addColumn<QString>("says");
        QTest::newRow("FIFO named report.txt") << u"fifo"_s << u"命名管道"_s;
        QTest::newRow("/dev/zero") << u"/dev/zero"_s << u"设备"_s;
        QTest::newRow("/dev/null") << u"/dev/null"_s << u"设备"_s;
        QTest::newRow("socket") << u"socket"_s << u"套接字"_s;
    }
    void notRegularFilesAreRefused()
    {
        QFETCH(QString, kind);
        QFETCH(QString, says);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString path = kind;
        int socketFd = -1;
        if (kind == u"fifo") {
            path = dir.filePath(u"report.txt"_s);
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        } else if (kind == u"socket") {
            path = dir.filePath(u"report.docx"_s);
            socketFd = bindSocket(path);
            QVERIFY(socketFd >= 0);
        }
        const auto doc = loadDocument(path);
        QVERIFY(!doc);
        QVERIFY2(doc.error().startsWith(path + u"："_s), qPrintable(doc.error()));
        QVERIFY2(doc.error().contains(says), qPrintable(doc.error()));
        QVERIFY(!doc.error().contains(u'\n'));
        // A saved review by that name is refused the same way.
        const QString review = dir.filePath(u"r.nianbao"_s);
        QVERIFY(QFile::link(path, review));
        const auto saved = readReviewFile(review);
        QVERIFY(!saved);
        QVERIFY2(saved.error().contains(review) && saved.error().contains(says), qPrintable(saved.error()));
        if (socketFd >= 0)
            ::close(socketFd);
    }

    // stat's size is not believed: a /proc file says 0 bytes and holds more; a file larger than
    // the limit is refused; a file exactly at the limit is read.
    void readsStopAtTheLimit()
    {
        const QString proc = u"/proc/self/maps"_s;
        QCOMPARE(QFileInfo(proc).size(), 0);
        const auto whole = readRegularFile(proc, 64 * 1024 * 1024);
        QVERIFY2(whole && whole->size() > 100, qPrintable(whole ? QString() : whole.error()));
        const auto cut = readRegularFile(proc, 100);
        QVERIFY(!cut);
        QVERIFY2(cut.error().startsWith(proc) && cut.error().contains(u"超过上限"_s), qPrintable(cut.error()));

        QTemporaryDir dir;
        const QString path = dir.filePath(u"report.txt"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'a'));
        file.close();
        QCOMPARE(readRegularFile(path, 4096)->size(), 4096);
        QVERIFY(!readRegularFile(path, 4095));
        LoadOptions options;
        options.maxFileBytes = 4095;
        const auto doc = loadDocument(path, options);
        QVERIFY(!doc);
        QVERIFY(doc.error().contains(path) && doc.error().contains(u"过大"_s));
        QVERIFY(!readRegularFile(dir.filePath(u"missing.txt"_s), 10));
        QVERIFY(readRegularFile(dir.filePath(u"missing.txt"_s), 10).error().contains(u"不存在"_s));
    }

    // The nesting pre-scan: deep pages are refused before gumbo parses them (100,000 nested
    // tables crashed gumbo's recursive free; 100,000 nested <div> took 24 s in its parser);
    // pages whose optional end tags are left out are not taken for deep ones.
    void htmlNesting_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<bool>("refused");
        QTest::newRow("100,000 nested tables") << nested("<table><tr><td>", "</td></tr></table>", 100000) << true;
        QTest::newRow("100,000 nested div") << nested("<div>", "</div>", 100000) << true;
        QTest::newRow("100,000 nested b, never closed") << nested("<b>", "", 100000) << true;
        QTest::newRow("1,001 nested div") << nested("<div>", "</div>", kMaxHtmlNesting + 1) << true;
        QTest::newRow("300 nested div") << nested("<div>", "</div>", 300) << false;
        QTest::newRow("20,000 unclosed p, li, td, tr")
            << nested("<p>a<li>b<table><tr><td>c<tr><td>d</table>", "", 20000) << false;
        QTest::newRow("deep-looking comments and scripts")
            << nested("<!-- <div> --><script>if (a<b) { '<div>' }</script><style>div>p{}</style>", "", 20000) << false;
        QTest::newRow("attributes with '>'") << nested("<div title='a>b'>", "</div>", 500) << false;
        QTest::newRow("void elements") << nested("<br><img src=x><hr/><input>", "", 50000) << false;
        QTest::newRow("self-closed SVG shapes") << nested("<svg><path d='M0 0'/><circle r=1 /></svg>", "", 20000) << false;
        // In HTML "/>" closes nothing: 50,000 <span/> are 50,000 nested spans for the parser.
        QTest::newRow("50,000 <span/>") << nested("<span/>", "", 50000) << true;
    }
    void htmlNesting()
    {
        QFETCH(QByteArray, html);
        QFETCH(bool, refused);
        QCOMPARE(htmlNestingDepth(html) > kMaxHtmlNesting, refused);
        const auto doc = loadDocumentFromBytes(html, u"deep.html"_s);
        if (refused) {
            QVERIFY(!doc);
            QVERIFY2(doc.error().startsWith(u"deep.html："_s) && doc.error().contains(u"嵌套"_s), qPrintable(doc.error()));
        } else {
            QVERIFY2(doc, qPrintable(doc ? QString() : doc.error()));
        }
    }

    // The text inside a page nested within the limit is read.
    void htmlWithinTheLimitIsRead()
    {
        const auto doc = loadDocumentFromBytes(nested("<div>", "</div>", 300, "深处的文字"), u"ok.html"_s);
        QVERIFY(doc);
        QVERIFY(doc->text.contains(u"深处的文字"_s));
    }

    // gumbo's tree of 100,000 nested tables, parsed without the pre-scan, is freed without
    // recursion (gumbo_destroy_output alone overflows the stack on it).
    void gumboTreeFreedWithoutRecursion()
    {
        const QByteArray html = nested("<table><tr><td>", "</td></tr></table>", 100000);
        GumboOptions options = gumboParseOptions();
        options.max_errors = 100;
        GumboOutput *output = gumbo_parse_with_options(&options, html.constData(), size_t(html.size()));
        QVERIFY(output);
        int depth = 0;
        for (const GumboNode *node = output->root; node; ++depth) {
            const GumboVector &children = node->v.element.children;
            const GumboNode *next = nullptr;
            for (unsigned k = 0; k < children.length; ++k) { // the last element: body after head
                auto *child = static_cast<const GumboNode *>(children.data[k]);
                if (child->type == GUMBO_NODE_ELEMENT)
                    next = child;
            }
            node = next;
        }
        QVERIFY2(depth > 300000, qPrintable(QString::number(depth))); // html, body, then 4 per table
        destroyGumboOutput(options, output);
    }

    // Every loader stops at its time budget with a message naming the file (a budget of 0 ms has
    // run out before the loader's first look at it).
    void timeBudget_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *name : {"report.txt", "report.docx", "report.html", "report.pdf", "report.doc"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void timeBudget()
    {
        QFETCH(QString, file);
        if (file.endsWith(u".doc"_s) && QStandardPaths::findExecutable(u"soffice"_s).isEmpty())
            QSKIP("LibreOffice (soffice) is not installed");
        const QString path = fixture(file);
        QVERIFY(loadDocument(path)); // read with the default budget
        LoadOptions options;
        options.timeBudgetMs = 0;
        const auto doc = loadDocument(path, options);
        QVERIFY(!doc);
        QVERIFY2(doc.error().startsWith(path + u"："_s) && doc.error().contains(u"时限"_s), qPrintable(doc.error()));
    }

    // A text of more table cells than a report could hold is refused by the text loader.
    void textCellLimit()
    {
        QByteArray text = "标题\n";
        for (qsizetype i = 0; i < kMaxTextTableCells / 4 + 10; ++i)
            text += "标签\t1\t2\t3\n";
        const auto doc = loadDocumentFromBytes(text, u"cells.txt"_s);
        QVERIFY(!doc);
        QVERIFY2(doc.error().startsWith(u"cells.txt："_s) && doc.error().contains(u"单元格"_s), qPrintable(doc.error()));
    }
};

QTEST_GUILESS_MAIN(TestLimits)
#include "tst_limits.moc"
