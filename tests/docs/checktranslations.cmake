# Fails when translations/*.ts no longer lists every tr() text of the sources: a text added
# without `cmake --build <dir> --target update_translations` would stay English in every
# translation, and tst_translation (which reads the .ts) could not notice.
#
#   cmake -DLUPDATE=... -DGENERATE=<Qt6LinguistTools/GenerateLUpdateProject.cmake>
#         -DPROJECT=<.lupdate/*_project.cmake> -DTS=<file.ts> -DWORK=<dir>
#         [-DOPTIONS=-pluralonly] [-DUPDATE=ON] -P ...
#
# With UPDATE=ON it writes the refreshed file over TS instead (update_plural_translations).
file(MAKE_DIRECTORY "${WORK}")
# The lupdate project file, as the update_translations target makes it before lupdate runs.
execute_process(
    COMMAND "${CMAKE_COMMAND}" -DIN_FILE=${PROJECT} -DOUT_FILE=${WORK}/project.json
            -P "${GENERATE}"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "could not write the lupdate project from ${PROJECT} (${result})")
endif()
get_filename_component(name "${TS}" NAME)
configure_file("${TS}" "${WORK}/${name}" COPYONLY)
# The same options as qt_add_translations' LUPDATE_OPTIONS (src/gui/CMakeLists.txt).
execute_process(
    COMMAND "${LUPDATE}" -project "${WORK}/project.json" -ts "${WORK}/${name}" -no-obsolete
            -locations none -silent ${OPTIONS}
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${result})")
endif()
if(UPDATE)
    configure_file("${WORK}/${name}" "${TS}" COPYONLY)
    return()
endif()
file(READ "${TS}" before)
file(READ "${WORK}/${name}" after)
if(NOT before STREQUAL after)
    execute_process(COMMAND diff -u "${TS}" "${WORK}/${name}")
    message(FATAL_ERROR "${TS} is out of date: run `cmake --build <build dir> --target "
                        "update_translations` and translate the new texts")
endif()
