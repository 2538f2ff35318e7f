# Fails when any file under CORE_DIR includes a wxWidgets header; writes STAMP otherwise.
file(GLOB_RECURSE files ${CORE_DIR}/*.h ${CORE_DIR}/*.cpp)
foreach(f IN LISTS files)
  file(STRINGS ${f} hits REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]wx/")
  if(hits)
    message(FATAL_ERROR "${f} includes wxWidgets (${hits}); app/core must stay wx-free")
  endif()
endforeach()
file(TOUCH ${STAMP})
