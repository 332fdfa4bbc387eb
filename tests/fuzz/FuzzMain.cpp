// SPDX-License-Identifier: GPL-3.0-or-later
// One libFuzzer program per target of FuzzTargets.h: NIANBAO_FUZZ_TARGET names it
// (tests/fuzz/CMakeLists.txt builds fuzz_text, fuzz_docx, …).
#include "tests/fuzz/FuzzEntry.h"

#include <cstddef>
#include <cstdint>

#define NIANBAO_STRING(x) #x
#define NIANBAO_NAME(x) NIANBAO_STRING(x)

extern "C" int LLVMFuzzerInitialize(int *, char ***argv)
{
    nianbaoFuzzInit((*argv)[0]);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    nianbaoFuzzRun(NIANBAO_NAME(NIANBAO_FUZZ_TARGET), data, size);
    return 0;
}
