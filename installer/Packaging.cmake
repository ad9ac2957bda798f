# Install rules and CPack configuration for Taktline.
#
# Included last by the top-level CMakeLists.txt (include(installer/Packaging.cmake OPTIONAL)),
# after the taktline target exists.
#   Linux:   cpack -G DEB   -> taktline_<version>_<arch>.deb   (dependencies from dpkg-shlibdeps + list below)
#            cpack -G TGZ   -> taktline-<version>-Linux.tar.gz
#   Windows: cpack -G NSIS  -> taktline-<version>-win64.exe    (windeployqt runs at install time)

if(NOT TARGET taktline)
    message(WARNING "Packaging: target 'taktline' does not exist; no install rules or packages")
    return()
endif()

include(GNUInstallDirs)

get_filename_component(TAKTLINE_SOURCE_ROOT "${CMAKE_CURRENT_LIST_DIR}/.." ABSOLUTE)

# ---------------------------------------------------------------------------------------------
# Install rules
# ---------------------------------------------------------------------------------------------
install(TARGETS taktline RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# Documents go to share/doc/taktline on Linux (lower case, as Debian expects; CMAKE_INSTALL_DOCDIR
# would use the project name "Taktline") and to doc\ next to bin\ on Windows.
if(WIN32)
    set(TAKTLINE_INSTALL_DOCDIR doc)
else()
    set(TAKTLINE_INSTALL_DOCDIR ${CMAKE_INSTALL_DATADIR}/doc/taktline)
endif()
foreach(_doc README.md LICENSE LICENSE.txt)
    if(EXISTS "${TAKTLINE_SOURCE_ROOT}/${_doc}")
        install(FILES "${TAKTLINE_SOURCE_ROOT}/${_doc}" DESTINATION ${TAKTLINE_INSTALL_DOCDIR})
    endif()
endforeach()

if(UNIX AND NOT APPLE)
    install(FILES "${CMAKE_CURRENT_LIST_DIR}/taktline.desktop"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES "${TAKTLINE_SOURCE_ROOT}/resources/icons/taktline.svg"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
endif()

if(WIN32)
    # Qt runtime, SQL drivers, translations, third-party DLLs and the MSVC runtime.
    include("${CMAKE_CURRENT_LIST_DIR}/windeploy.cmake")
endif()

# ---------------------------------------------------------------------------------------------
# CPack: common settings
# ---------------------------------------------------------------------------------------------
set(TAKTLINE_PACKAGE_VENDOR "Taktline project" CACHE STRING "Vendor name written into packages")
set(TAKTLINE_PACKAGE_CONTACT "Taktline maintainers <maintainers@taktline.example>"
    CACHE STRING "Package maintainer (name <email>)")

# Values are written into CPackConfig.cmake exactly as set here (no second round of escaping),
# so NSIS paths below use single backslashes.
set(CPACK_VERBATIM_VARIABLES ON)

set(CPACK_PACKAGE_NAME "taktline")
set(CPACK_PACKAGE_VENDOR "${TAKTLINE_PACKAGE_VENDOR}")
set(CPACK_PACKAGE_CONTACT "${TAKTLINE_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Production management for small factories")
set(CPACK_PACKAGE_DESCRIPTION
"Taktline is a desktop application for small factories: work orders and machine
planning, progress reporting from shop-floor tablets by barcode scanning, part and
lot traceability, and daily reports exported to Excel. Data is kept in a local
SQLite database; several devices can optionally synchronise through a PostgreSQL
server. The user interface is available in English and Simplified Chinese.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Taktline")
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)
if(EXISTS "${TAKTLINE_SOURCE_ROOT}/LICENSE")
    set(CPACK_RESOURCE_FILE_LICENSE "${TAKTLINE_SOURCE_ROOT}/LICENSE")
endif()

# Start-menu entry (NSIS): executable name without .exe, then the label.
set(CPACK_PACKAGE_EXECUTABLES "taktline" "Taktline")

# `cpack --config CPackSourceConfig.cmake` makes a clean source tarball.
set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_IGNORE_FILES
    "/\\.git/" "/build/" "/build-.*/" "/out/" "/\\.vs/" "/\\.vscode/" "/\\.cache/"
    "/vcpkg_installed/" "/CMakeUserPresets\\.json$" "\\.swp$" "~$")

# ---------------------------------------------------------------------------------------------
# Linux: .deb and .tar.gz
# ---------------------------------------------------------------------------------------------
if(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR "DEB;TGZ")

    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)              # taktline_<version>_<arch>.deb
    set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

    # Shared libraries the binary links (Qt modules, ZXing, libxlsxwriter, libsodium, ...) are
    # found by dpkg-shlibdeps. It cannot see what Qt loads at run time, so those are listed:
    #   libqt6sql6-sqlite      QSQLITE driver plugin: the local database
    #   qt6-qpa-plugins        xcb/wayland platform plugins: without them no window opens
    #   libqt6svg6             SVG icon engine + image format plugins: the icons are SVG, and
    #                          QIcon loads them through plugins even when QtSvg is not linked
    #   qt6-translations-l10n  Qt's own zh_CN strings (standard dialogs, buttons)
    #   fonts-noto-cjk         Chinese glyphs for the zh_CN user interface and labels
    #   libqt6multimedia6      Qt Multimedia with its backend plugins (GStreamer, used by Qt 6.4
    #                          on Linux, and FFmpeg): camera scanning
    #   gstreamer1.0-plugins-base  videoconvert/videoscale: without them no video pipeline is built
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS
        "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6, qt6-translations-l10n, fonts-noto-cjk, libqt6multimedia6, gstreamer1.0-plugins-base")
    # Optional at run time:
    #   libqt6sql6-psql             QPSQL driver: sync through a PostgreSQL server
    #   gstreamer1.0-plugins-good   v4l2 camera source for camera barcode scanning (Qt 6.4 on
    #                               Linux uses the GStreamer multimedia backend)
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql, gstreamer1.0-plugins-good")
endif()

# ---------------------------------------------------------------------------------------------
# Windows: NSIS installer
# ---------------------------------------------------------------------------------------------
if(WIN32)
    set(CPACK_GENERATOR "NSIS")

    set(CPACK_NSIS_PACKAGE_NAME "Taktline")
    set(CPACK_NSIS_DISPLAY_NAME "Taktline ${PROJECT_VERSION}")
    set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
    set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "Taktline")
    set(CPACK_NSIS_EXECUTABLES_DIRECTORY "${CMAKE_INSTALL_BINDIR}")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "${CMAKE_INSTALL_BINDIR}\\taktline.exe")
    set(CPACK_NSIS_UNINSTALL_NAME "Uninstall")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_MODIFY_PATH OFF)
    set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_CONTACT "${TAKTLINE_PACKAGE_CONTACT}")
    # No "run Taktline" on the finish page: the installer runs elevated, and the first start
    # would then create the database in the administrator's profile.

    # Desktop shortcut. CPACK_CREATE_DESKTOP_LINKS only works together with the PATH options
    # page (CPACK_NSIS_MODIFY_PATH), so the shortcut is created explicitly, for all users.
    set(CPACK_NSIS_CREATE_ICONS_EXTRA
        "  CreateShortCut \"$DESKTOP\\Taktline.lnk\" \"$INSTDIR\\${CMAKE_INSTALL_BINDIR}\\taktline.exe\"")
    set(CPACK_NSIS_DELETE_ICONS_EXTRA
        "  Delete \"$DESKTOP\\Taktline.lnk\"")

    # windeployqt copies the Visual C++ redistributable next to the program when it finds
    # Visual Studio; install it quietly (already-installed or newer versions are a no-op).
    set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS
"  IfFileExists \"$INSTDIR\\${CMAKE_INSTALL_BINDIR}\\vc_redist.x64.exe\" 0 +2
    ExecWait '\"$INSTDIR\\${CMAKE_INSTALL_BINDIR}\\vc_redist.x64.exe\" /install /quiet /norestart'")
endif()

include(CPack)
