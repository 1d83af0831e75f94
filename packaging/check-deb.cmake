# Builds the .deb from a built tree and checks its control fields and contents, so a lost
# runtime dependency or a file missing from the package fails CI in a few seconds (the full
# install into a clean Debian root is check-package.sh).
#   cmake -DCPACK=... -DBUILD_DIR=... -DWORK_DIR=... -DAPP_ID=... -DVERSION=... -P check-deb.cmake
cmake_minimum_required(VERSION 3.25)

set(failures "")
macro(fail message)
  list(APPEND failures "${message}")
endmacro()

file(REMOVE_RECURSE "${WORK_DIR}")
execute_process(COMMAND "${CPACK}" -G DEB -B "${WORK_DIR}" --config "${BUILD_DIR}/CPackConfig.cmake"
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
# DEB-DEFAULT file name: <package>_<version>_<architecture>.deb
execute_process(COMMAND dpkg --print-architecture OUTPUT_VARIABLE arch
                OUTPUT_STRIP_TRAILING_WHITESPACE)
set(debs "${WORK_DIR}/podwright_${VERSION}_${arch}.deb")
if(NOT result EQUAL 0 OR NOT EXISTS "${debs}")
  message(FATAL_ERROR "cpack -G DEB did not make ${debs} (${result}):\n${output}")
endif()

function(control_field field out)
  execute_process(COMMAND dpkg-deb -f "${debs}" ${field} OUTPUT_VARIABLE value
                  OUTPUT_STRIP_TRAILING_WHITESPACE)
  set(${out} "${value}" PARENT_SCOPE)
endfunction()
control_field(Package package)
control_field(Section section)
control_field(Depends depends)
control_field(Recommends recommends)
if(NOT package STREQUAL "podwright")
  fail("Package is '${package}'")
endif()
if(NOT section STREQUAL "devel")
  fail("Section is '${section}'")
endif()
# Plugins Qt loads at run time (explicit) and libraries dpkg-shlibdeps found (generated).
# libqt6network6 and libqt6charts6 come from the run module (podwright-run.so), which the
# executable loads when first needed.
foreach(dependency qt6-qpa-plugins libqt6svg6 libqt6core6 libqt6gui6 libqt6widgets6
        libqt6network6 libqt6charts6)
  if(NOT depends MATCHES "(^|, )${dependency}( |,|$)")
    fail("Depends lacks ${dependency}: ${depends}")
  endif()
endforeach()
foreach(recommendation podman catatonit "runc | crun")
  string(FIND "${recommends}" "${recommendation}" at)
  if(at EQUAL -1)
    fail("Recommends lacks ${recommendation}: ${recommends}")
  endif()
endforeach()

execute_process(COMMAND dpkg-deb -c "${debs}" OUTPUT_VARIABLE listing)
foreach(path
    ./usr/bin/podwright
    ./usr/share/applications/${APP_ID}.desktop
    ./usr/share/metainfo/${APP_ID}.metainfo.xml
    ./usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg
    ./usr/share/icons/hicolor/48x48/apps/${APP_ID}.png
    ./usr/share/icons/hicolor/512x512/apps/${APP_ID}.png
    ./usr/share/doc/podwright/copyright)
  string(FIND "${listing}" " ${path}\n" at)
  if(at EQUAL -1)
    fail("the package lacks ${path}")
  endif()
endforeach()
# The run module, in <libdir>/podwright, where the executable looks for it once installed.
if(NOT listing MATCHES " \\./usr/lib/([^/\n]+/)?podwright/podwright-run\\.so\n")
  fail("the package lacks usr/lib/.../podwright/podwright-run.so")
endif()
# The installed (stripped) executable finds the module and the module binds to it: a runtime
# command runs. No PODWRIGHT_MODULE_DIR: the installed location is what is checked.
execute_process(COMMAND dpkg-deb -x "${debs}" "${WORK_DIR}/root" RESULT_VARIABLE result)
execute_process(COMMAND "${CMAKE_COMMAND}" -E env --unset=PODWRIGHT_MODULE_DIR
                        "${WORK_DIR}/root/usr/bin/podwright" ps --help
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0 OR NOT output MATCHES "^Usage: podwright ps")
  fail("the packaged podwright cannot run `ps --help` through its run module (${result}):\n${output}")
endif()

# Nothing may land outside /usr (a stray absolute install path would).
string(REGEX MATCHALL " \\./[^\n]*" paths "${listing}")
foreach(path IN LISTS paths)
  if(NOT path MATCHES "^ \\./(usr/.*)?$")
    fail("file outside /usr:${path}")
  endif()
endforeach()

if(failures)
  list(JOIN failures "\n" text)
  message(FATAL_ERROR "${text}")
endif()
file(REMOVE_RECURSE "${WORK_DIR}")
message(STATUS "${debs}: control fields and contents are right")
