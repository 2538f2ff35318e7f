# Install rules for what the programs read at run time besides share/landdesk (desktop entry, icons, man pages, docs)
# and the CPack configuration: a .deb on Linux (tests/packaging installs it), an NSIS installer on Windows (docs/windows-build.md).
include(GNUInstallDirs)
set(LANDDESK_LINUX_DIR ${PROJECT_SOURCE_DIR}/installer/linux)

if(UNIX AND NOT APPLE)
  # The menu entry and its icon in every size the hicolor theme looks up (PNGs made by installer/linux/make_icons.py).
  install(FILES ${LANDDESK_LINUX_DIR}/landdesk.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${LANDDESK_LINUX_DIR}/icons/landdesk.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
  foreach(size 16 22 24 32 48 64 128 256)
    install(FILES ${LANDDESK_LINUX_DIR}/icons/landdesk-${size}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME landdesk.png)
  endforeach()

  # Man pages, gzipped as Debian policy wants (-n: no timestamp, so the package is reproducible).
  find_program(GZIP_EXECUTABLE gzip REQUIRED)
  set(man_pages)
  foreach(page landdesk landdesk-cli)
    set(gz ${PROJECT_BINARY_DIR}/man/${page}.1.gz)
    add_custom_command(OUTPUT ${gz}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/man
      COMMAND ${GZIP_EXECUTABLE} -9n -c ${LANDDESK_LINUX_DIR}/${page}.1 > ${gz}
      DEPENDS ${LANDDESK_LINUX_DIR}/${page}.1
      COMMENT "Compressing man page ${page}.1")
    list(APPEND man_pages ${gz})
  endforeach()
  add_custom_target(landdesk_man_pages ALL DEPENDS ${man_pages})
  install(FILES ${man_pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
  install(FILES ${PROJECT_SOURCE_DIR}/CHANGELOG.md ${LANDDESK_LINUX_DIR}/copyright
          DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/landdesk)  # the package's name, not the project's (DOCDIR)
endif()

set(CPACK_PACKAGE_NAME landdesk)
set(CPACK_PACKAGE_VENDOR "LandDesk")
set(CPACK_PACKAGE_VERSION ${LANDDESK_PACKAGE_VERSION})
set(CPACK_PACKAGE_CONTACT "LandDesk maintainers <landdesk@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Land-contract desk of a Vietnamese commune office (một cửa cấp xã)")
set(CPACK_PACKAGE_DESCRIPTION
  "LandDesk keeps the land-contract cases of a commune's one-stop desk: intake of citizens' papers (CCCD QR,\n GCN OCR), contracts drafted from Word templates, the authentication register, fees and taxes, deadlines\n and reports. Vietnamese user interface; data in SQLite or PostgreSQL.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY LandDesk)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/")

if(WIN32)
  # Windows: an NSIS installer of the MSYS2 UCRT64 build (see docs/windows-build.md; not built on the Linux CI).
  set(CPACK_GENERATOR NSIS)
  set(CPACK_NSIS_DISPLAY_NAME "LandDesk ${LANDDESK_VERSION_STRING}")
  set(CPACK_NSIS_PACKAGE_NAME "LandDesk")
  set(CPACK_NSIS_MUI_ICON ${PROJECT_SOURCE_DIR}/installer/windows/landdesk.ico)
  set(CPACK_NSIS_INSTALLED_ICON_NAME bin/landdesk.exe)
  set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
  set(CPACK_NSIS_CREATE_ICONS_EXTRA "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\LandDesk.lnk' '$INSTDIR\\\\bin\\\\landdesk.exe'")
  set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$SMPROGRAMS\\\\$START_MENU\\\\LandDesk.lnk'")
  set(CPACK_PACKAGE_EXECUTABLES landdesk LandDesk)
  # The MSYS2 DLLs the programs load, found next to the compiler (docs/windows-build.md lists the packages).
  install(CODE [[
    file(GET_RUNTIME_DEPENDENCIES EXECUTABLES "${CMAKE_INSTALL_PREFIX}/bin/landdesk.exe" "${CMAKE_INSTALL_PREFIX}/bin/landdesk-cli.exe"
         RESOLVED_DEPENDENCIES_VAR dlls PRE_EXCLUDE_REGEXES "api-ms-.*" "ext-ms-.*" POST_EXCLUDE_REGEXES ".*[Ss]ystem32/.*")
    file(INSTALL ${dlls} DESTINATION "${CMAKE_INSTALL_PREFIX}/bin")
  ]])
else()
  set(CPACK_GENERATOR DEB)
  set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
  set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
  set(CPACK_DEBIAN_PACKAGE_SECTION misc)
  set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
  set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://example.invalid/landdesk")
  # Libraries come from dpkg-shlibdeps; data the programs open at run time it cannot see: the Vietnamese OCR model
  # and the fonts metric-compatible with the Times New Roman the contracts name.
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "tesseract-ocr-vie, fonts-liberation2, fonts-dejavu-core")
  # PDF output (LibreOffice headless) is optional: without it the desk still writes .docx and says why there is no PDF.
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libreoffice-writer-nogui, libreoffice-calc-nogui")
  set(CPACK_DEBIAN_PACKAGE_SUGGESTS "postgresql")
endif()
include(CPack)
