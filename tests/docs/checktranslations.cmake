# Fails when translations/*.ts no longer lists every tr() text of the sources: a text added
# without `cmake --build <dir> --target update_translations` would stay English in every
# translation, and tst_translation (which reads the .ts) could not notice.
#
#   cmake -DLUPDATE=... -DPROJECT=<.lupdate/*_project.json> -DTS=<file.ts> -DWORK=<dir> -P ...
file(MAKE_DIRECTORY "${WORK}")
get_filename_component(name "${TS}" NAME)
configure_file("${TS}" "${WORK}/${name}" COPYONLY)
# The same options as qt_add_translations' LUPDATE_OPTIONS (src/gui/CMakeLists.txt).
execute_process(
    COMMAND "${LUPDATE}" -project "${PROJECT}" -ts "${WORK}/${name}" -no-obsolete
            -locations none -silent
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${result})")
endif()
file(READ "${TS}" before)
file(READ "${WORK}/${name}" after)
if(NOT before STREQUAL after)
    execute_process(COMMAND diff -u "${TS}" "${WORK}/${name}")
    message(FATAL_ERROR "${TS} is out of date: run `cmake --build <build dir> --target "
                        "update_translations` and translate the new texts")
endif()
