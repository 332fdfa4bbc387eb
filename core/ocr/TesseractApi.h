// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to ocr/: libtesseract loaded at run time, when the first scan is read.
//
// Why not linked: libtesseract brings 45 more libraries into every run of nianbao (leptonica,
// libarchive, libcurl with gnutls, krb5, ldap, ssh2, nghttp2, libtiff, webp, openjp2, …), and their
// symbol relocations were most of the dynamic loader's work: 80% of the instructions of
// `nianbao --version` and a fifth of a text PDF's `check`, for a library only a scanned report
// uses. Loaded with dlopen, through its C API (tesseract/capi.h: plain functions, stable across
// releases), it is mapped only when OCR runs; and nianbao runs, OCR aside, on a machine without
// tesseract-ocr, where a scan says which package to install (as without its models).
//
// The classes below are the part of tesseract::TessBaseAPI the cell reader uses, with the same
// names, so that its code reads as Tesseract's documentation; the header of the C API is used for
// the signatures and the constants (TesseractApi.cpp checks them against it).
#include <QString>

namespace nianbao::ocr::tess {

// tesseract::PageSegMode, tesseract::PageIteratorLevel, tesseract::OcrEngineMode (the values used).
enum PageSegMode { PSM_SINGLE_BLOCK = 6, PSM_SINGLE_LINE = 7, PSM_SINGLE_WORD = 8, PSM_SINGLE_CHAR = 10, PSM_RAW_LINE = 13 };
enum PageIteratorLevel { RIL_SYMBOL = 4 };
enum OcrEngineMode { OEM_LSTM_ONLY = 1 };

// Loads libtesseract (once a process; retried after a failure). False with *error (Chinese) naming
// the Debian package when the library, or one of its functions, cannot be found. The file is the
// soname the build found (libtesseract.so.5), or the one the environment variable NIANBAO_TESSERACT
// names (a Tesseract installed elsewhere).
bool loadLibrary(QString *error);

class ResultIterator
{
public:
    ~ResultIterator();
    ResultIterator(const ResultIterator &) = delete;
    ResultIterator &operator=(const ResultIterator &) = delete;

    char *GetUTF8Text(PageIteratorLevel level) const; // new[]: the caller deletes it with delete[]
    float Confidence(PageIteratorLevel level) const;
    bool Next(PageIteratorLevel level);

private:
    friend class TessBaseAPI;
    explicit ResultIterator(void *handle) : m_handle(handle) { }
    void *m_handle;
};

// One engine. Every call before loadLibrary() succeeded does nothing and fails (Init returns -1).
class TessBaseAPI
{
public:
    TessBaseAPI() = default;
    ~TessBaseAPI();
    TessBaseAPI(const TessBaseAPI &) = delete;
    TessBaseAPI &operator=(const TessBaseAPI &) = delete;

    static const char *Version(); // "5.3.0"; "" before the library is loaded

    int Init(const char *datapath, const char *language, OcrEngineMode mode); // 0: ready
    bool SetVariable(const char *name, const char *value);
    void SetPageSegMode(PageSegMode mode);
    void SetImage(const unsigned char *data, int width, int height, int bytesPerPixel, int bytesPerLine);
    void SetSourceResolution(int ppi);
    char *GetUTF8Text(); // new[]: the caller deletes it with delete[]
    int MeanTextConf();
    ResultIterator *GetIterator(); // the caller deletes it; nullptr without a result
    void Clear();
    void End();

private:
    void *handle(); // the engine, made at the first call once the library is loaded
    void *m_handle = nullptr;
};

} // namespace nianbao::ocr::tess
