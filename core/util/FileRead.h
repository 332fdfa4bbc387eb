// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reading a whole input file, bounded before anything parses it: only a regular file is read (a
// FIFO, a device or a socket is refused without blocking on it), and the read stops at the size
// limit whatever stat said (a file that grows while it is read is refused too). Every failure is
// one message naming the file.
#include "core/util/Result.h"

#include <QByteArray>
#include <QString>

namespace nianbao {

Result<QByteArray> readRegularFile(const QString &path, qint64 maxBytes);

// The message for a file over the size limit (shared by the callers that know the size already).
QString fileTooLargeMessage(const QString &path, qint64 size, qint64 maxBytes);

} // namespace nianbao
