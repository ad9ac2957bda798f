# Locates libxlsxwriter and libsodium: CMake packages on Windows (vcpkg), pkg-config on Linux.
# Both end up as the imported targets Taktline::xlsxwriter and Taktline::sodium.

find_package(xlsxwriter CONFIG QUIET)
if(TARGET xlsxwriter::xlsxwriter)
    add_library(Taktline::xlsxwriter ALIAS xlsxwriter::xlsxwriter)
else()
    find_package(PkgConfig REQUIRED)
    pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)
    add_library(Taktline::xlsxwriter ALIAS PkgConfig::XLSXWRITER)
endif()

find_package(unofficial-sodium CONFIG QUIET)
if(TARGET unofficial-sodium::sodium)
    add_library(Taktline::sodium ALIAS unofficial-sodium::sodium)
else()
    find_package(PkgConfig REQUIRED)
    pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
    add_library(Taktline::sodium ALIAS PkgConfig::SODIUM)
endif()
