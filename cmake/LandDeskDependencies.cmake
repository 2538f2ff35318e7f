# Finds every third-party library once, so targets only name imported targets.
# The shims here work around Debian 12 packaging traps (see ../shared/toolchain-notes.md).
find_package(PkgConfig REQUIRED)

# Poco 1.11's DataPostgreSQL config links PostgreSQL::client, which nothing defines (poco#3036).
find_package(PostgreSQL REQUIRED)
if(NOT TARGET PostgreSQL::client)
  add_library(PostgreSQL::client INTERFACE IMPORTED)
  target_link_libraries(PostgreSQL::client INTERFACE PostgreSQL::PostgreSQL)
endif()
find_package(Poco 1.11 REQUIRED COMPONENTS Foundation Util XML JSON Zip Net NetSSL Crypto Data DataSQLite DataPostgreSQL)
find_package(SQLite3 REQUIRED)
find_package(LibXml2 REQUIRED)
find_package(Boost 1.74 REQUIRED COMPONENTS unit_test_framework)
pkg_check_modules(ICU REQUIRED IMPORTED_TARGET icu-uc icu-i18n)
pkg_check_modules(ZXING REQUIRED IMPORTED_TARGET zxing)
pkg_check_modules(QRENCODE REQUIRED IMPORTED_TARGET libqrencode)
find_package(PNG REQUIRED)  # PNG::PNG: QR pictures in rendered documents
pkg_check_modules(TESSERACT REQUIRED IMPORTED_TARGET tesseract lept)
pkg_check_modules(POPPLER REQUIRED IMPORTED_TARGET poppler-cpp)
find_package(wxWidgets 3.2 REQUIRED COMPONENTS xrc html core base)
find_program(WXRC_EXECUTABLE NAMES wxrc wxrc-3.2 REQUIRED)
find_program(MSGFMT_EXECUTABLE msgfmt REQUIRED)
find_program(XGETTEXT_EXECUTABLE xgettext REQUIRED)
find_program(MSGCMP_EXECUTABLE msgcmp REQUIRED)
