# Windows deployment: makes the installed bin\ folder self-contained, so `cmake --install` and
# `cpack -G NSIS` produce a Taktline that runs on a PC without Qt or vcpkg.
#
# At install time, after taktline.exe is installed:
#   1. windeployqt copies the Qt DLLs, plugins (platforms, styles, imageformats, sqldrivers,
#      multimedia, ...), Qt's en + zh_CN translations and the Visual C++ redistributable;
#   2. the qsqlite and qsqlpsql driver plugins are checked, and copied if windeployqt left them out;
#   3. every non-system DLL that the program or any deployed DLL/plugin needs (ZXing,
#      xlsxwriter, libsodium, libpq and its OpenSSL, zlib, ...) is copied from the vcpkg/Qt bin
#      folders, found with file(GET_RUNTIME_DEPENDENCIES);
#   4. if no redistributable was copied, the MSVC runtime DLLs are put next to the program.
#
# This file is used twice: included from Packaging.cmake at configure time (inside if(WIN32)) it
# finds the tools and registers an install step; that step includes it again with
# TAKTLINE_WINDEPLOY_RUN set and does the work. DESTDIR is not supported (CPack does not use it).

if(NOT TAKTLINE_WINDEPLOY_RUN)
    # ------------------------------------------------------------------ configure time
    if(NOT WIN32 OR NOT TARGET taktline)
        return()
    endif()
    include(GNUInstallDirs)

    # windeployqt lives with the Qt host tools, next to qmake (vcpkg: <installed>/<triplet>/tools/Qt6/bin).
    set(_taktline_qt_hints "")
    foreach(_tool Qt6::windeployqt Qt6::qmake)
        if(TARGET ${_tool})
            foreach(_prop IMPORTED_LOCATION IMPORTED_LOCATION_RELEASE IMPORTED_LOCATION_RELWITHDEBINFO
                          IMPORTED_LOCATION_MINSIZEREL IMPORTED_LOCATION_DEBUG IMPORTED_LOCATION_NOCONFIG)
                get_target_property(_loc ${_tool} ${_prop})
                if(_loc)
                    get_filename_component(_dir "${_loc}" DIRECTORY)
                    list(APPEND _taktline_qt_hints "${_dir}")
                endif()
            endforeach()
        endif()
    endforeach()
    if(QT6_INSTALL_PREFIX)
        list(APPEND _taktline_qt_hints "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}"
                                       "${QT6_INSTALL_PREFIX}/tools/Qt6/bin")
    endif()
    find_program(TAKTLINE_WINDEPLOYQT NAMES windeployqt windeployqt6
                 HINTS ${_taktline_qt_hints} DOC "Qt's windeployqt, run at install time")
    if(NOT TAKTLINE_WINDEPLOYQT)
        message(WARNING "windeployqt not found (looked in: ${_taktline_qt_hints}); "
                        "the installed program will not be self-contained. Set TAKTLINE_WINDEPLOYQT.")
        return()
    endif()
    message(STATUS "Packaging: windeployqt: ${TAKTLINE_WINDEPLOYQT}")

    # Both SQL drivers must ship: SQLite is the local database, PostgreSQL is sync.
    set(_taktline_sql_plugins "")
    foreach(_plugin Qt6::QSQLiteDriverPlugin Qt6::QPSQLDriverPlugin)
        if(NOT TARGET ${_plugin} AND Qt6Sql_DIR)
            # Normally imported by find_package(Qt6 COMPONENTS Sql); load the package directly if not.
            string(REPLACE "Qt6::" "Qt6" _plugin_pkg "${_plugin}")
            find_package(${_plugin_pkg} CONFIG QUIET PATHS "${Qt6Sql_DIR}" NO_DEFAULT_PATH)
        endif()
        if(TARGET ${_plugin})
            list(APPEND _taktline_sql_plugins "$<TARGET_FILE:${_plugin}>")
        else()
            message(WARNING "Packaging: Qt plugin target ${_plugin} not found; "
                            "is qtbase built with sql-sqlite and sql-psql?")
        endif()
    endforeach()

    # Where third-party DLLs are found at install time.
    set(_taktline_dll_dirs "$<TARGET_FILE_DIR:Qt6::Core>")
    if(VCPKG_INSTALLED_DIR AND VCPKG_TARGET_TRIPLET)
        list(APPEND _taktline_dll_dirs
             "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}$<$<CONFIG:Debug>:/debug>/bin")
    endif()
    foreach(_lib ZXing::ZXing)
        if(TARGET ${_lib})
            get_target_property(_type ${_lib} TYPE)
            if(_type STREQUAL "SHARED_LIBRARY")
                list(APPEND _taktline_dll_dirs "$<TARGET_FILE_DIR:${_lib}>")
            endif()
        endif()
    endforeach()

    # The MSVC runtime DLLs (only listed here; copied at install time when windeployqt did not
    # bring the redistributable).
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_LIBS_SKIP TRUE)
    include(InstallRequiredSystemLibraries)
    set(_taktline_runtime_libs ${CMAKE_INSTALL_SYSTEM_RUNTIME_LIBS})

    # Tool that reads DLL imports: dumpbin sits next to cl.exe; objdump for MinGW.
    set(_taktline_rdeps_tool "")
    set(_taktline_rdeps_command "")
    if(MSVC)
        get_filename_component(_cl_dir "${CMAKE_CXX_COMPILER}" DIRECTORY)
        find_program(TAKTLINE_DUMPBIN dumpbin HINTS "${_cl_dir}")
        if(TAKTLINE_DUMPBIN)
            set(_taktline_rdeps_tool dumpbin)
            set(_taktline_rdeps_command "${TAKTLINE_DUMPBIN}")
        endif()
    elseif(CMAKE_OBJDUMP)
        set(_taktline_rdeps_tool objdump)
        set(_taktline_rdeps_command "${CMAKE_OBJDUMP}")
    endif()

    install(CODE "
set(TAKTLINE_WINDEPLOY_RUN ON)
set(TAKTLINE_WINDEPLOYQT [==[${TAKTLINE_WINDEPLOYQT}]==])
set(TAKTLINE_DEPLOY_CONFIG [==[$<CONFIG>]==])
set(TAKTLINE_EXE_NAME [==[$<TARGET_FILE_NAME:taktline>]==])
set(TAKTLINE_BINDIR [==[${CMAKE_INSTALL_BINDIR}]==])
set(TAKTLINE_SQL_PLUGINS [==[${_taktline_sql_plugins}]==])
set(TAKTLINE_DLL_DIRS [==[${_taktline_dll_dirs}]==])
set(TAKTLINE_RUNTIME_LIBS [==[${_taktline_runtime_libs}]==])
set(TAKTLINE_RDEPS_TOOL [==[${_taktline_rdeps_tool}]==])
set(TAKTLINE_RDEPS_COMMAND [==[${_taktline_rdeps_command}]==])
include([==[${CMAKE_CURRENT_LIST_FILE}]==])
")
    return()
endif()

# ---------------------------------------------------------------------- install time
set(_bindir "${CMAKE_INSTALL_PREFIX}/${TAKTLINE_BINDIR}")
set(_exe "${_bindir}/${TAKTLINE_EXE_NAME}")
if(NOT EXISTS "${_exe}")
    message(FATAL_ERROR "windeploy: ${_exe} is not installed")
endif()

# 1. windeployqt. A vcpkg Debug build needs the .debug.bat wrapper, which points at debug Qt.
set(_windeployqt "${TAKTLINE_WINDEPLOYQT}")
get_filename_component(_windeployqt_dir "${_windeployqt}" DIRECTORY)
if(TAKTLINE_DEPLOY_CONFIG STREQUAL "Debug" AND EXISTS "${_windeployqt_dir}/windeployqt.debug.bat")
    set(_windeployqt "${_windeployqt_dir}/windeployqt.debug.bat")
endif()
message(STATUS "windeploy: ${_windeployqt} ${_exe}")
# The compiler runtime is left at windeployqt's default (deployed for MSVC and MinGW).
execute_process(
    COMMAND "${_windeployqt}" --verbose 1 --translations en,zh_CN "${_exe}"
    RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "windeploy: windeployqt failed (${_rc})")
endif()

# 2. SQL drivers: qsqlite (local database) and qsqlpsql (sync) must be there.
foreach(_plugin IN LISTS TAKTLINE_SQL_PLUGINS)
    get_filename_component(_name "${_plugin}" NAME)
    if(NOT EXISTS "${_bindir}/sqldrivers/${_name}")
        if(NOT EXISTS "${_plugin}")
            message(FATAL_ERROR "windeploy: SQL driver ${_plugin} does not exist")
        endif()
        file(INSTALL "${_plugin}" DESTINATION "${_bindir}/sqldrivers")
    endif()
endforeach()

# 3. Non-Qt DLLs needed by the program and by everything windeployqt deployed (libpq for
#    qsqlpsql, ZXing, xlsxwriter, libsodium, ...). System DLLs stay where they are.
if(TAKTLINE_RDEPS_TOOL)
    set(CMAKE_GET_RUNTIME_DEPENDENCIES_PLATFORM "windows+pe")
    set(CMAKE_GET_RUNTIME_DEPENDENCIES_TOOL "${TAKTLINE_RDEPS_TOOL}")
    set(CMAKE_GET_RUNTIME_DEPENDENCIES_COMMAND "${TAKTLINE_RDEPS_COMMAND}")
endif()
file(TO_CMAKE_PATH "$ENV{SystemRoot}" _sysroot)
string(TOLOWER "${_sysroot}/" _sysroot)
# Repeat until nothing new is copied: a DLL copied in one round may need others.
foreach(_round RANGE 1 4)
    file(GLOB_RECURSE _deployed_dlls "${_bindir}/*.dll")
    file(GET_RUNTIME_DEPENDENCIES
        EXECUTABLES "${_exe}"
        LIBRARIES ${_deployed_dlls}
        DIRECTORIES "${_bindir}" ${TAKTLINE_DLL_DIRS}
        RESOLVED_DEPENDENCIES_VAR _resolved
        UNRESOLVED_DEPENDENCIES_VAR _unresolved
        CONFLICTING_DEPENDENCIES_PREFIX _conflict
        PRE_EXCLUDE_REGEXES "^api-ms-.*" "^ext-ms-.*"
    )
    set(_copied 0)
    foreach(_dep IN LISTS _resolved)
        file(TO_CMAKE_PATH "${_dep}" _dep)
        string(TOLOWER "${_dep}" _dep_lower)
        get_filename_component(_dep_name "${_dep}" NAME)
        string(FIND "${_dep_lower}" "${_sysroot}" _in_sysroot)
        if(_sysroot STREQUAL "/" OR NOT _in_sysroot EQUAL 0)
            if(NOT EXISTS "${_bindir}/${_dep_name}")
                file(INSTALL "${_dep}" DESTINATION "${_bindir}")
                math(EXPR _copied "${_copied} + 1")
            endif()
        endif()
    endforeach()
    if(_copied EQUAL 0)
        break()
    endif()
endforeach()
foreach(_name IN LISTS _conflict_FILENAMES)
    message(STATUS "windeploy: ${_name} found in several places (${_conflict_${_name}}); used the first")
endforeach()
if(_unresolved)
    message(WARNING "windeploy: DLLs not found (expected only for OS-provided ones): ${_unresolved}")
endif()

# 4. MSVC runtime next to the program when no redistributable installer was deployed.
file(GLOB _redist "${_bindir}/vc_redist*.exe")
if(NOT _redist AND TAKTLINE_RUNTIME_LIBS)
    file(INSTALL ${TAKTLINE_RUNTIME_LIBS} DESTINATION "${_bindir}")
endif()
