// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SHA-256 of a file's bytes, as the record's source.sha256 holds it (lower-case hex). Nettle's
// implementation uses the CPU's SHA instructions: a tenth of the time of QCryptographicHash's,
// which was a sixth of a whole `nianbao check` on a 400 kB PDF.
#include <QByteArray>
#include <QByteArrayView>

namespace nianbao {

QByteArray sha256Hex(QByteArrayView bytes);

} // namespace nianbao
