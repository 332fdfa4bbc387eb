// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/FileRead.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace nianbao {

namespace {

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// Closes the descriptor on every way out.
struct Descriptor
{
    int fd = -1;
    ~Descriptor()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

QString notRegularMessage(const QString &path, mode_t mode)
{
    const char *what = S_ISFIFO(mode) ? "命名管道"
                       : S_ISSOCK(mode) ? "套接字"
                       : (S_ISCHR(mode) || S_ISBLK(mode)) ? "设备" : "特殊文件";
    return QStringLiteral("%1：不是普通文件（这是%2），拒绝读取").arg(path, QString::fromUtf8(what));
}

} // namespace

QString fileTooLargeMessage(const QString &path, qint64 size, qint64 maxBytes)
{
    return QStringLiteral("%1：文件过大（%2 MB），超过上限 %3 MB")
        .arg(path).arg(size / (1024 * 1024)).arg(maxBytes / (1024 * 1024));
}

Result<QByteArray> readRegularFile(const QString &path, qint64 maxBytes)
{
    using R = Result<QByteArray>;
    const QByteArray native = QFile::encodeName(path);
    // O_NONBLOCK: opening a FIFO without a writer returns at once instead of waiting for one (the
    // file is refused below, before anything is read); O_NOCTTY: a terminal never becomes ours.
    Descriptor file;
    file.fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    struct stat st = {};
    if (file.fd < 0) {
        const int error = errno;
        if (error == ENOENT)
            return R::failure(QStringLiteral("%1：文件不存在").arg(path));
        // A socket cannot be opened at all (ENXIO): say what it is.
        if (::stat(native.constData(), &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode))
            return R::failure(notRegularMessage(path, st.st_mode));
        return R::failure(QStringLiteral("%1：无法读取（%2）").arg(path, systemError(error)));
    }
    if (::fstat(file.fd, &st) != 0)
        return R::failure(QStringLiteral("%1：无法读取（%2）").arg(path, systemError(errno)));
    if (S_ISDIR(st.st_mode))
        return R::failure(QStringLiteral("%1：这是一个文件夹，不是文件").arg(path));
    if (!S_ISREG(st.st_mode))
        return R::failure(notRegularMessage(path, st.st_mode));
    if (st.st_size > maxBytes)
        return R::failure(fileTooLargeMessage(path, st.st_size, maxBytes));
    const int flags = ::fcntl(file.fd, F_GETFL);
    if (flags >= 0)
        ::fcntl(file.fd, F_SETFL, flags & ~O_NONBLOCK);

    // The buffer is sized once from stat (a regular file's size is its length) and grows only if
    // the file grows while it is read; one byte past the limit is enough to know it is too large.
    QByteArray bytes;
    bytes.resize(qsizetype(std::min<qint64>(st.st_size, maxBytes) + 1));
    qint64 have = 0;
    for (;;) {
        if (have == bytes.size()) {
            if (have > maxBytes)
                break;
            bytes.resize(qsizetype(std::min<qint64>(have * 2 + 4096, maxBytes + 1)));
        }
        const ssize_t n = ::read(file.fd, bytes.data() + have, size_t(bytes.size() - have));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return R::failure(QStringLiteral("%1：无法读取（%2）").arg(path, systemError(errno)));
        }
        if (n == 0)
            break;
        have += n;
    }
    if (have > maxBytes)
        return R::failure(fileTooLargeMessage(path, have, maxBytes));
    bytes.truncate(qsizetype(have));
    return bytes;
}

} // namespace nianbao
