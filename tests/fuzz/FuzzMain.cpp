// One libFuzzer program per target of FuzzTargets.h: NIANBAO_FUZZ_TARGET names the function
// (tests/fuzz/CMakeLists.txt builds fuzz_text, fuzz_docx, …).
#include "core/util/QtMessages.h"
#include "tests/fuzz/FuzzTargets.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static int qtArgc = 1;
    static char *qtArgv[] = {(*argv)[0], nullptr};
    (void)argc;
    static QCoreApplication app(qtArgc, qtArgv);
    nianbao::installQtMessageHandler(); // as the programs do: Qt's warnings are not findings
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    nianbao::fuzz::NIANBAO_FUZZ_TARGET(bytes);
    return 0;
}
