# SPDX-License-Identifier: GPL-3.0-or-later
# The walls of the house (docs/architecture.md): every core folder is one static library, added in
# the order of the graph, and a library sees only the headers of the libraries it links.
#
#   nianbao_core_library(FOLDER
#     PUBLIC_HEADERS …   headers other libraries may include as "core/FOLDER/X.h"
#     PRIVATE_HEADERS …  headers only this library (and the tests) may include
#     SOURCES …
#     PUBLIC …  PRIVATE …   what it links (libraries below it in the graph, Qt, system libraries))
#
# How the build refuses a back edge:
#  - a library may link only nianbao_* libraries that already exist, i.e. that core/CMakeLists.txt
#    added before it: linking one above it is a configure error naming both;
#  - headers are not found through the source tree: each library's headers are linked (symlinks)
#    into an include root of its own under the build tree, public and private apart, and a library
#    gets the public roots of the libraries it links and nothing else. An #include of a folder
#    above it (or of another library's private header) fails to compile.
set(NIANBAO_INCLUDE_ROOT ${CMAKE_BINARY_DIR}/include)
file(REMOVE_RECURSE ${NIANBAO_INCLUDE_ROOT}) # links of headers removed since the last configure

add_library(nianbao_options INTERFACE)
target_compile_features(nianbao_options INTERFACE cxx_std_20)
target_compile_definitions(nianbao_options INTERFACE
  NIANBAO_VERSION="${PROJECT_VERSION}"
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_NARROWING_CONVERSIONS_IN_CONNECT)

# Every library's private include root, for the tests (which may look inside any library).
add_library(nianbao_private_headers INTERFACE)

function(_nianbao_link_headers root folder)
  foreach(header IN LISTS ARGN)
    get_filename_component(dir ${header} DIRECTORY)
    file(MAKE_DIRECTORY ${root}/core/${folder}/${dir})
    file(CREATE_LINK ${CMAKE_CURRENT_SOURCE_DIR}/${header} ${root}/core/${folder}/${header} SYMBOLIC)
  endforeach()
endfunction()

function(nianbao_core_library folder)
  cmake_parse_arguments(ARG "" "" "PUBLIC_HEADERS;PRIVATE_HEADERS;SOURCES;PUBLIC;PRIVATE" ${ARGN})
  set(target nianbao_${folder})
  foreach(dep IN LISTS ARG_PUBLIC ARG_PRIVATE)
    if(dep MATCHES "^nianbao_" AND NOT TARGET ${dep})
      message(FATAL_ERROR "${target} links ${dep}, which is not below it in the graph of core "
        "libraries (core/CMakeLists.txt adds them in order): a back edge. Move the code instead.")
    endif()
  endforeach()
  add_library(${target} STATIC ${ARG_SOURCES} ${ARG_PUBLIC_HEADERS} ${ARG_PRIVATE_HEADERS})
  set(public_root ${NIANBAO_INCLUDE_ROOT}/${target})
  set(private_root ${NIANBAO_INCLUDE_ROOT}/${target}-private)
  file(MAKE_DIRECTORY ${public_root} ${private_root})
  _nianbao_link_headers(${public_root} ${folder} ${ARG_PUBLIC_HEADERS})
  _nianbao_link_headers(${private_root} ${folder} ${ARG_PUBLIC_HEADERS} ${ARG_PRIVATE_HEADERS})
  target_include_directories(${target}
    PUBLIC $<BUILD_INTERFACE:${public_root}>
    PRIVATE ${private_root})
  target_link_libraries(${target} PUBLIC nianbao_options ${ARG_PUBLIC} PRIVATE ${ARG_PRIVATE})
  target_include_directories(nianbao_private_headers INTERFACE ${private_root})
  # The core never reaches the window's toolkit.
  foreach(dep IN LISTS ARG_PUBLIC ARG_PRIVATE)
    if(dep MATCHES "Widgets|Charts|OpenGL|nianbao_ui")
      message(FATAL_ERROR "${target} must not link ${dep}: core is free of the window's libraries")
    endif()
  endforeach()
  set_property(GLOBAL APPEND PROPERTY NIANBAO_CORE_LIBRARIES ${target})
endfunction()

