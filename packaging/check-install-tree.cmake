# Installs the build into a scratch root and checks what a desktop would see there.
#   cmake -DSOURCE_DIR=... -DBUILD_DIR=... -DPREFIX=... -DAPP_ID=... -DICON_SIZES=16;22;... \
#         -DAPPSTREAMCLI=... -DDESKTOP_FILE_VALIDATE=... -P check-install-tree.cmake
# PREFIX is the root of the tree; files go to PREFIX/usr like in the Debian package, which is
# the layout `appstreamcli validate-tree` expects.
cmake_minimum_required(VERSION 3.25)

set(failures "")
macro(fail message)
  list(APPEND failures "${message}")
endmacro()

file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}/usr"
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "cmake --install failed (${result}):\n${output}")
endif()

set(usr "${PREFIX}/usr")
set(expected
    bin/podwright
    share/applications/${APP_ID}.desktop
    share/metainfo/${APP_ID}.metainfo.xml
    share/icons/hicolor/scalable/apps/${APP_ID}.svg
    share/doc/podwright/copyright)
foreach(size IN LISTS ICON_SIZES)
  list(APPEND expected share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png)
endforeach()
foreach(relative IN LISTS expected)
  if(NOT EXISTS "${usr}/${relative}")
    fail("missing from the installed tree: ${relative}")
  endif()
endforeach()

# The run module, in <libdir>/podwright (lib/ or lib/<multiarch>/ depending on the prefix).
file(GLOB_RECURSE run_module "${usr}/lib/*/podwright-run.so")
if(NOT run_module)
  fail("missing from the installed tree: lib/.../podwright/podwright-run.so")
endif()

# A PNG stores its width and height as big-endian 32-bit numbers right after the 8-byte
# signature and the IHDR chunk header, at byte 16.
foreach(size IN LISTS ICON_SIZES)
  set(png "${usr}/share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png")
  if(EXISTS "${png}")
    file(READ "${png}" header OFFSET 16 LIMIT 8 HEX)
    string(SUBSTRING "${header}" 0 8 width_hex)
    string(SUBSTRING "${header}" 8 8 height_hex)
    math(EXPR width "0x${width_hex}")
    math(EXPR height "0x${height_hex}")
    if(NOT width EQUAL size OR NOT height EQUAL size)
      fail("${size}x${size} icon is ${width}x${height}")
    endif()
  endif()
endforeach()

# The window icon compiled into the binary is a copy of the packaged icon; they must not drift.
execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${SOURCE_DIR}/resources/icons/podwright.svg"
                        "${usr}/share/icons/hicolor/scalable/apps/${APP_ID}.svg"
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  fail("resources/icons/podwright.svg differs from packaging/icons/${APP_ID}.svg")
endif()

execute_process(COMMAND "${DESKTOP_FILE_VALIDATE}" "${usr}/share/applications/${APP_ID}.desktop"
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0 OR NOT output STREQUAL "")
  fail("desktop-file-validate on the installed entry (${result}):\n${output}")
endif()

# validate-tree cross-checks the metainfo against the installed .desktop file and icons.
execute_process(COMMAND "${APPSTREAMCLI}" validate-tree --no-net "${PREFIX}"
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
  fail("appstreamcli validate-tree (${result}):\n${output}")
endif()

if(failures)
  list(JOIN failures "\n" text)
  message(FATAL_ERROR "${text}")
endif()
file(REMOVE_RECURSE "${PREFIX}")
message(STATUS "installed tree under ${PREFIX} is complete and valid")
