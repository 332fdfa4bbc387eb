# SPDX-License-Identifier: GPL-3.0-or-later
# ctest packaging_install_layout: installs the build into a scratch prefix (what the .deb holds)
# and runs the installed `nianbao`: the command line, the findings report's PDF and the window it
# starts from libexec/nianbao/ (a screenshot of the review window on REPORT).
#   cmake -DBUILD_DIR=… -DPREFIX=… -DBINDIR=bin -DLIBEXECDIR=libexec -DREPORT=… -P InstallCheck.cmake
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed (${rc})")
endif()
set(nianbao "${PREFIX}/${BINDIR}/nianbao")
foreach(file "${nianbao}" "${PREFIX}/${LIBEXECDIR}/nianbao/nianbao-window"
             "${PREFIX}/${LIBEXECDIR}/nianbao/nianbao-opinion")
  if(NOT EXISTS "${file}")
    message(FATAL_ERROR "not installed: ${file}")
  endif()
endforeach()

execute_process(COMMAND "${nianbao}" check "${REPORT}" RESULT_VARIABLE rc OUTPUT_VARIABLE out)
if(NOT rc EQUAL 0 OR NOT out MATCHES "== ")
  message(FATAL_ERROR "installed nianbao check: exit ${rc}\n${out}")
endif()

# The findings report as PDF: `nianbao` hands it to libexec/nianbao/nianbao-opinion.
set(pdf "${PREFIX}/opinion.pdf")
execute_process(COMMAND "${nianbao}" export --format pdf -o "${pdf}" "${REPORT}"
                RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT EXISTS "${pdf}")
  message(FATAL_ERROR "installed nianbao export --format pdf: exit ${rc}\n${err}")
endif()
file(READ "${pdf}" head LIMIT 5)
if(NOT head MATCHES "^%PDF-")
  message(FATAL_ERROR "${pdf}: not a PDF")
endif()

set(png "${PREFIX}/review-window.png")
execute_process(COMMAND "${nianbao}" --screenshot "${png}" "${REPORT}"
                RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT err MATCHES "loaded: yes" OR NOT EXISTS "${png}")
  message(FATAL_ERROR "installed nianbao did not show the window: exit ${rc}\n${err}")
endif()
file(SIZE "${png}" size)
if(size LESS 10000)
  message(FATAL_ERROR "${png}: ${size} bytes, not a window")
endif()
file(REMOVE_RECURSE "${PREFIX}")
message(STATUS "installed layout: command line, PDF and window work (${size} byte screenshot)")
