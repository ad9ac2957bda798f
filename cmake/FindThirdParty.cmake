# Locates libxlsxwriter, libzip, libsodium and SQLite: CMake packages on Windows (vcpkg),
# pkg-config on Linux. They end up as the imported targets Taktline::xlsxwriter, Taktline::zip
# (reads .xlsx for import), Taktline::sodium and Taktline::sqlite3 (the backup engine calls SQLite's backup API on Qt's connection, so this
# must be the SQLite library the Qt SQLite driver uses).

find_package(xlsxwriter CONFIG QUIET)
if(TARGET xlsxwriter::xlsxwriter)
    add_library(Taktline::xlsxwriter ALIAS xlsxwriter::xlsxwriter)
else()
    find_package(PkgConfig REQUIRED)
    pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)
    add_library(Taktline::xlsxwriter ALIAS PkgConfig::XLSXWRITER)
endif()

# Debian's libzip CMake package names tools (zipcmp …) that only libzip-tools installs, so
# Linux asks pkg-config.
if(WIN32)
    find_package(libzip CONFIG REQUIRED)
    add_library(Taktline::zip ALIAS libzip::zip)
else()
    find_package(PkgConfig REQUIRED)
    pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip)
    add_library(Taktline::zip ALIAS PkgConfig::LIBZIP)
endif()

find_package(unofficial-sodium CONFIG QUIET)
if(TARGET unofficial-sodium::sodium)
    add_library(Taktline::sodium ALIAS unofficial-sodium::sodium)
else()
    find_package(PkgConfig REQUIRED)
    pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
    add_library(Taktline::sodium ALIAS PkgConfig::SODIUM)
endif()

find_package(unofficial-sqlite3 CONFIG QUIET)
if(TARGET unofficial::sqlite3::sqlite3)
    add_library(Taktline::sqlite3 ALIAS unofficial::sqlite3::sqlite3)
else()
    find_package(PkgConfig REQUIRED)
    pkg_check_modules(SQLITE3 REQUIRED IMPORTED_TARGET sqlite3)
    add_library(Taktline::sqlite3 ALIAS PkgConfig::SQLITE3)
endif()
