// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/WindowLauncher.h"

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>
#include <string>
#include <unistd.h>
#include <vector>

#include <QByteArray>

namespace nianbao::app {

namespace {

// The folder of the running executable (symbolic links resolved), without the final slash;
// empty when /proc is not there.
std::string ownDirectory()
{
    char path[PATH_MAX];
    const ssize_t n = readlink("/proc/self/exe", path, sizeof path - 1);
    if (n <= 0)
        return {};
    std::string self(path, size_t(n));
    const size_t slash = self.rfind('/');
    return slash == std::string::npos ? std::string() : self.substr(0, slash);
}

std::string helperPath(const char *name)
{
    const std::string dir = ownDirectory();
    return (dir.empty() ? std::string(".") : dir) + "/" NIANBAO_WINDOW_RELATIVE_DIR "/" + name;
}

std::string windowPath()
{
    return helperPath("nianbao-window");
}

} // namespace

int execWindow(char *argv[])
{
    const std::string path = windowPath();
    execv(path.c_str(), argv);
    const int error = errno;
    std::fprintf(stderr,
                 "nianbao: 无法启动审核窗口程序 %s（%s）。请重新安装 nianbao；命令行子命令 check、export、"
                 "compare 不需要它，仍可使用（nianbao --help）。\n"
                 "nianbao: cannot start the review window %s (%s); the sub-commands still work.\n",
                 path.c_str(), std::strerror(error), path.c_str(), std::strerror(error));
    return 2;
}

int execOpinion(const QStringList &arguments)
{
    const std::string path = helperPath("nianbao-opinion");
    std::vector<QByteArray> bytes;
    for (const QString &a : arguments)
        bytes.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &b : bytes)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    std::fflush(stdout);
    std::fflush(stderr);
    execv(path.c_str(), argv.data());
    const int error = errno;
    std::fprintf(stderr,
                 "nianbao export: 无法启动生成 PDF 的程序 %s（%s）。请重新安装 nianbao；--format docx 不需要它。\n"
                 "nianbao export: cannot start %s (%s); --format docx still works.\n",
                 path.c_str(), std::strerror(error), path.c_str(), std::strerror(error));
    return 2;
}

} // namespace nianbao::app
