# The layers inside taktline_models, checked on the sources: a folder includes only its own
# headers and those of the folders below it, by their path below models/ (or ui/).
#   domain   <- barcode, storage, formats <- services <- demo, item <- io
# formats/ reads and writes spreadsheet files (sheet/, report/) and builds on domain/ only, so
# services/ and everything above may read and write workbooks.
# Run as: cmake -DSOURCE_DIR=<project root> -P check_includes.cmake
cmake_minimum_required(VERSION 3.21)
set(allowed_domain   domain)
set(allowed_barcode  domain barcode)
set(allowed_storage  domain storage sync)
# sync/ is the storage side of sync (allow-list, outbox, applier): the same layer as storage.
set(allowed_sync     domain storage sync)
set(allowed_formats  domain formats)
set(allowed_services domain barcode storage sync formats services)
set(allowed_demo     domain barcode storage sync formats services demo)
set(allowed_item     domain barcode storage sync formats services item)
set(allowed_io       domain barcode storage sync formats services item io)

set(problems "")
file(GLOB_RECURSE model_sources RELATIVE ${SOURCE_DIR}/models ${SOURCE_DIR}/models/*.h ${SOURCE_DIR}/models/*.cpp)
foreach(source IN LISTS model_sources)
    string(REGEX MATCH "^[a-z]+" layer "${source}")
    if(NOT DEFINED allowed_${layer})
        string(APPEND problems "\n  models/${source}: models/${layer}/ is no known layer")
        continue()
    endif()
    file(STRINGS ${SOURCE_DIR}/models/${source} includes REGEX "^#include \"")
    foreach(line IN LISTS includes)
        string(REGEX REPLACE "^#include \"([^\"]+)\".*" "\\1" header "${line}")
        if(NOT header MATCHES "/")
            string(APPEND problems "\n  models/${source}: include \"${header}\" by its path below models/")
            continue()
        endif()
        string(REGEX MATCH "^[a-z]+" target "${header}")
        if(NOT target IN_LIST allowed_${layer})
            string(APPEND problems "\n  models/${source}: ${layer}/ may not include ${header}")
        endif()
    endforeach()
endforeach()

file(GLOB_RECURSE ui_sources RELATIVE ${SOURCE_DIR}/ui ${SOURCE_DIR}/ui/*.h ${SOURCE_DIR}/ui/*.cpp)
foreach(source IN LISTS ui_sources)
    file(STRINGS ${SOURCE_DIR}/ui/${source} includes REGEX "^#include \"")
    foreach(line IN LISTS includes)
        string(REGEX REPLACE "^#include \"([^\"]+)\".*" "\\1" header "${line}")
        if(NOT header MATCHES "/" AND NOT header MATCHES "\\.moc$")
            string(APPEND problems "\n  ui/${source}: include \"${header}\" by its path below ui/ or models/")
        endif()
    endforeach()
endforeach()

if(problems)
    message(FATAL_ERROR "Includes that cross the layers of models/ or name no path:${problems}")
endif()
