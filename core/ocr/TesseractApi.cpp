// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ocr/TesseractApi.h"

#include <tesseract/capi.h>

#include <QByteArray>

#include <atomic>
#include <memory>
#include <mutex>

#include <dlfcn.h>

#ifndef NIANBAO_TESSERACT_SONAME
#error "NIANBAO_TESSERACT_SONAME: set by core/ocr/CMakeLists.txt from the Tesseract the build found"
#endif

namespace nianbao::ocr::tess {

static_assert(PSM_SINGLE_BLOCK == int(tesseract::PSM_SINGLE_BLOCK) && PSM_SINGLE_LINE == int(tesseract::PSM_SINGLE_LINE)
              && PSM_SINGLE_WORD == int(tesseract::PSM_SINGLE_WORD) && PSM_SINGLE_CHAR == int(tesseract::PSM_SINGLE_CHAR)
              && PSM_RAW_LINE == int(tesseract::PSM_RAW_LINE));
static_assert(RIL_SYMBOL == int(tesseract::RIL_SYMBOL) && OEM_LSTM_ONLY == int(tesseract::OEM_LSTM_ONLY));

namespace {

#define NIANBAO_TESS_FUNCTIONS(X)                                                                  \
    X(TessVersion)                                                                                 \
    X(TessBaseAPICreate)                                                                           \
    X(TessBaseAPIDelete)                                                                           \
    X(TessBaseAPIInit2)                                                                            \
    X(TessBaseAPISetVariable)                                                                      \
    X(TessBaseAPISetPageSegMode)                                                                   \
    X(TessBaseAPISetImage)                                                                         \
    X(TessBaseAPISetSourceResolution)                                                              \
    X(TessBaseAPIGetUTF8Text)                                                                      \
    X(TessBaseAPIMeanTextConf)                                                                     \
    X(TessBaseAPIGetIterator)                                                                      \
    X(TessBaseAPIClear)                                                                            \
    X(TessBaseAPIEnd)                                                                              \
    X(TessResultIteratorDelete)                                                                    \
    X(TessResultIteratorNext)                                                                      \
    X(TessResultIteratorGetUTF8Text)                                                               \
    X(TessResultIteratorConfidence)

struct Api
{
#define NIANBAO_TESS_MEMBER(fn) decltype(&::fn) fn = nullptr;
    NIANBAO_TESS_FUNCTIONS(NIANBAO_TESS_MEMBER)
#undef NIANBAO_TESS_MEMBER
};

std::mutex g_loading;
std::atomic<const Api *> g_api{nullptr}; // set once, never unset: the library stays loaded

const Api *loaded()
{
    return g_api.load(std::memory_order_acquire);
}

QString missing(const QByteArray &file)
{
    return QStringLiteral("找不到文字识别库 %1（安装 Debian 软件包 tesseract-ocr 和 tesseract-ocr-chi-sim，"
                          "前者带来 libtesseract5）")
        .arg(QString::fromLocal8Bit(file));
}

::TessBaseAPI *engine(void *handle)
{
    return static_cast<::TessBaseAPI *>(handle);
}

::TessResultIterator *iterator(void *handle)
{
    return static_cast<::TessResultIterator *>(handle);
}

} // namespace

bool loadLibrary(QString *error)
{
    if (loaded())
        return true;
    std::lock_guard lock(g_loading);
    if (loaded())
        return true;
    const QByteArray file = qEnvironmentVariableIsEmpty("NIANBAO_TESSERACT")
                                ? QByteArray(NIANBAO_TESSERACT_SONAME)
                                : qgetenv("NIANBAO_TESSERACT");
    void *library = dlopen(file.constData(), RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        *error = missing(file);
        return false;
    }
    auto api = std::make_unique<Api>();
#define NIANBAO_TESS_RESOLVE(fn)                                                                   \
    api->fn = reinterpret_cast<decltype(&::fn)>(dlsym(library, #fn));                              \
    if (!api->fn) {                                                                                \
        dlclose(library);                                                                          \
        *error = QStringLiteral("文字识别库 %1 缺少函数 %2（版本过旧？安装 Debian 软件包 tesseract-ocr）") \
                     .arg(QString::fromLocal8Bit(file), QStringLiteral(#fn));                      \
        return false;                                                                              \
    }
    NIANBAO_TESS_FUNCTIONS(NIANBAO_TESS_RESOLVE)
#undef NIANBAO_TESS_RESOLVE
    g_api.store(api.release(), std::memory_order_release); // kept, as the library, for the process
    return true;
}

ResultIterator::~ResultIterator()
{
    if (const Api *api = loaded())
        api->TessResultIteratorDelete(iterator(m_handle));
}

char *ResultIterator::GetUTF8Text(PageIteratorLevel level) const
{
    return loaded()->TessResultIteratorGetUTF8Text(iterator(m_handle), TessPageIteratorLevel(level));
}

float ResultIterator::Confidence(PageIteratorLevel level) const
{
    return loaded()->TessResultIteratorConfidence(iterator(m_handle), TessPageIteratorLevel(level));
}

bool ResultIterator::Next(PageIteratorLevel level)
{
    return loaded()->TessResultIteratorNext(iterator(m_handle), TessPageIteratorLevel(level));
}

TessBaseAPI::~TessBaseAPI()
{
    if (m_handle)
        loaded()->TessBaseAPIDelete(engine(m_handle));
}

void *TessBaseAPI::handle()
{
    if (!m_handle) {
        if (const Api *api = loaded())
            m_handle = api->TessBaseAPICreate();
    }
    return m_handle;
}

const char *TessBaseAPI::Version()
{
    const Api *api = loaded();
    return api ? api->TessVersion() : "";
}

int TessBaseAPI::Init(const char *datapath, const char *language, OcrEngineMode mode)
{
    if (!handle())
        return -1;
    return loaded()->TessBaseAPIInit2(engine(m_handle), datapath, language, TessOcrEngineMode(mode));
}

bool TessBaseAPI::SetVariable(const char *name, const char *value)
{
    return handle() && loaded()->TessBaseAPISetVariable(engine(m_handle), name, value);
}

void TessBaseAPI::SetPageSegMode(PageSegMode mode)
{
    if (handle())
        loaded()->TessBaseAPISetPageSegMode(engine(m_handle), TessPageSegMode(mode));
}

void TessBaseAPI::SetImage(const unsigned char *data, int width, int height, int bytesPerPixel, int bytesPerLine)
{
    if (handle())
        loaded()->TessBaseAPISetImage(engine(m_handle), data, width, height, bytesPerPixel, bytesPerLine);
}

void TessBaseAPI::SetSourceResolution(int ppi)
{
    if (handle())
        loaded()->TessBaseAPISetSourceResolution(engine(m_handle), ppi);
}

char *TessBaseAPI::GetUTF8Text()
{
    return handle() ? loaded()->TessBaseAPIGetUTF8Text(engine(m_handle)) : nullptr;
}

int TessBaseAPI::MeanTextConf()
{
    return handle() ? loaded()->TessBaseAPIMeanTextConf(engine(m_handle)) : 0;
}

ResultIterator *TessBaseAPI::GetIterator()
{
    if (!handle())
        return nullptr;
    ::TessResultIterator *it = loaded()->TessBaseAPIGetIterator(engine(m_handle));
    return it ? new ResultIterator(it) : nullptr;
}

void TessBaseAPI::Clear()
{
    if (handle())
        loaded()->TessBaseAPIClear(engine(m_handle));
}

void TessBaseAPI::End()
{
    if (handle())
        loaded()->TessBaseAPIEnd(engine(m_handle));
}

} // namespace nianbao::ocr::tess
