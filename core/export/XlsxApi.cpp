// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/XlsxApi.h"

#include <QByteArray>

#include <dlfcn.h>

namespace nianbao::xlsx {

namespace {

struct Loaded
{
    Api api;
    QString error;
    bool ok = false;
};

// True when libxlsxwriter was already loaded into the global scope (someone linked it) while the
// process's zipOpen is QuaZip's: its zip calls are then bound to QuaZip and writing would crash.
bool linkedAgainstQuaZipsZip(const char *name)
{
    void *early = dlopen(name, RTLD_NOW | RTLD_NOLOAD);
    if (!early)
        return false;
    dlclose(early);
    Dl_info info = {};
    void *zipOpen = dlsym(RTLD_DEFAULT, "zipOpen");
    return zipOpen && dladdr(zipOpen, &info) && info.dli_fname
           && QByteArray(info.dli_fname).contains("quazip");
}

Loaded load()
{
    Loaded out;
    // The soname of Debian 12's libxlsxwriter4 first; the development link as a fallback.
    const char *names[] = {"libxlsxwriter.so.4", "libxlsxwriter.so.5", "libxlsxwriter.so"};
    void *handle = nullptr;
    QString lastError;
    for (const char *name : names) {
        if (linkedAgainstQuaZipsZip(name)) {
            out.error = QStringLiteral("libxlsxwriter 被直接链接进了程序，它的压缩函数会与 QuaZip 冲突（见 core/export/XlsxApi.h）");
            return out;
        }
        handle = dlopen(name, RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND);
        if (handle)
            break;
        const char *e = dlerror();
        lastError = e ? QString::fromLocal8Bit(e) : QString::fromUtf8(name);
    }
    if (!handle) {
        out.error = QStringLiteral("无法加载 libxlsxwriter（请安装 libxlsxwriter4）：%1").arg(lastError);
        return out;
    }
#define NIANBAO_LXW_RESOLVE(fn)                                                                    \
    out.api.fn = reinterpret_cast<decltype(&::fn)>(dlsym(handle, #fn));                            \
    if (!out.api.fn) {                                                                             \
        out.error = QStringLiteral("libxlsxwriter 缺少函数 %1（版本过旧？）").arg(QStringLiteral(#fn)); \
        return out;                                                                                \
    }
    NIANBAO_LXW_FUNCTIONS(NIANBAO_LXW_RESOLVE)
#undef NIANBAO_LXW_RESOLVE
    out.ok = true; // the handle stays open for the life of the process
    return out;
}

} // namespace

const Api *api(QString *error)
{
    static const Loaded loaded = load();
    if (!loaded.ok) {
        if (error)
            *error = loaded.error;
        return nullptr;
    }
    return &loaded.api;
}

} // namespace nianbao::xlsx
