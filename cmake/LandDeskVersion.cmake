# Sets LANDDESK_VERSION_STRING (shown by --version and the About box) and LANDDESK_PACKAGE_VERSION (the .deb's).
# Source: `git describe --tags` (v0.3.0 -> 0.3.0, v0.3.0-4-gabc1234 -> 0.3.0+4.gabc1234); no tag or no git: PROJECT_VERSION.
set(LANDDESK_VERSION_STRING ${PROJECT_VERSION})
set(LANDDESK_VERSION_OVERRIDE "" CACHE STRING "Force the version (packaging tests build an 'older' package with it)")
find_package(Git QUIET)
if(LANDDESK_VERSION_OVERRIDE)
  set(LANDDESK_VERSION_STRING ${LANDDESK_VERSION_OVERRIDE})
elseif(GIT_FOUND AND EXISTS ${PROJECT_SOURCE_DIR}/.git)
  execute_process(COMMAND ${GIT_EXECUTABLE} describe --tags --match "v[0-9]*"
                  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
                  OUTPUT_VARIABLE described OUTPUT_STRIP_TRAILING_WHITESPACE
                  RESULT_VARIABLE describe_failed ERROR_QUIET)
  if(NOT describe_failed AND described MATCHES "^v([0-9]+\\.[0-9]+\\.[0-9]+)(-([0-9]+)-(g[0-9a-f]+))?$")
    set(LANDDESK_VERSION_STRING ${CMAKE_MATCH_1})
    if(CMAKE_MATCH_3)
      string(APPEND LANDDESK_VERSION_STRING "+${CMAKE_MATCH_3}.${CMAKE_MATCH_4}")
    endif()
  endif()
  # A new tag or commit re-runs the configure step, so the version never goes stale.
  foreach(ref HEAD packed-refs refs/tags)
    if(EXISTS ${PROJECT_SOURCE_DIR}/.git/${ref})
      set_property(DIRECTORY ${PROJECT_SOURCE_DIR} APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/.git/${ref})
    endif()
  endforeach()
  execute_process(COMMAND ${GIT_EXECUTABLE} symbolic-ref -q HEAD WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
                  OUTPUT_VARIABLE head_ref OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
  if(head_ref AND EXISTS ${PROJECT_SOURCE_DIR}/.git/${head_ref})
    set_property(DIRECTORY ${PROJECT_SOURCE_DIR} APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/.git/${head_ref})
  endif()
endif()
# Debian orders 0.3.0+4.gabc1234 after 0.3.0, as git describe means.
set(LANDDESK_PACKAGE_VERSION ${LANDDESK_VERSION_STRING})
message(STATUS "LandDesk version ${LANDDESK_VERSION_STRING}")
