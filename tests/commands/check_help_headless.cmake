# Asking any command for help or the version prints it and exits 0 on a machine without a
# display: no X server, no Wayland and no QT_QPA_PLATFORM telling Qt where to draw.
foreach(args "--help" "--version" "-h" "demo;--help" "workorders;--help" "trace;--help"
        "identifiers;--help" "oee;--help" "sampling;--help" "import;--help" "report;--help" "station;--help" "board;--help" "label;--help" "screenshot;--help" "backup;--help"
        "restore;--help" "cloud;--help" "cloud;init;--help" "cloud;add-device;--help"
        "cloud;revoke-device;--help")
    execute_process(
        COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY
                --unset=QT_QPA_PLATFORM ${TAKTLINE} ${args}
        RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
    string(REPLACE ";" " " shown "${args}")
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "taktline ${shown} exits with ${result} without a display:\n${out}${err}")
    endif()
    if(out STREQUAL "")
        message(FATAL_ERROR "taktline ${shown} printed nothing:\n${err}")
    endif()
endforeach()
