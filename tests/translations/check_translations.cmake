# Runs lupdate over every layer into a copy of the zh_CN catalogue and fails if any entry is
# unfinished: a string added to the code without its Chinese translation fails this test.
file(COPY_FILE "${TS_FILE}" "${WORK_DIR}/taktline_zh_CN.ts")
execute_process(
    COMMAND "${LUPDATE}" -silent -no-obsolete -locations none
            "${SOURCE_DIR}/models" "${SOURCE_DIR}/ui" "${SOURCE_DIR}/app"
            -ts "${WORK_DIR}/taktline_zh_CN.ts"
    RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${status})")
endif()
file(READ "${WORK_DIR}/taktline_zh_CN.ts" catalogue)
string(REGEX MATCHALL "<source>[^<]*</source>[ \n\r\t]*(<comment>[^<]*</comment>[ \n\r\t]*)?<translation type=\"unfinished\"" unfinished "${catalogue}")
list(LENGTH unfinished count)
string(REGEX MATCHALL "<message" messages "${catalogue}")
list(LENGTH messages total)
if(count GREATER 0)
    string(REPLACE ";" "\n" unfinished "${unfinished}")
    message(FATAL_ERROR "${count} of ${total} zh_CN entries are unfinished (run the update_translations target and translate them):\n${unfinished}")
endif()
if(total LESS 100)
    message(FATAL_ERROR "only ${total} messages found: lupdate did not scan the sources")
endif()
message(STATUS "all ${total} zh_CN entries are translated")
