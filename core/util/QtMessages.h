// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Qt's own messages (qDebug/qInfo/qWarning from inside Qt and its libraries, e.g. QBuffer::seek
// on a malformed .docx) go to a handler instead of standard error, so that a bad file gives the
// one line that names it. Critical and fatal messages are still printed; with the environment
// variable NIANBAO_QT_MESSAGES=1 every message is (for debugging).
namespace nianbao {

void installQtMessageHandler();

} // namespace nianbao
