# Writes OUTPUT (landdesk.pot) from app/gui sources and forms/*.xrc; run with cmake -P (see po/CMakeLists.txt).
# Inputs: XGETTEXT, WXRC, SOURCE_DIR, VERSION, OUTPUT.
file(GLOB gui_sources RELATIVE ${SOURCE_DIR} ${SOURCE_DIR}/app/gui/*.cpp ${SOURCE_DIR}/app/gui/*.h)
file(GLOB xrc_forms ${SOURCE_DIR}/forms/*.xrc)
list(SORT gui_sources)
list(SORT xrc_forms)
get_filename_component(out_dir ${OUTPUT} DIRECTORY)
file(MAKE_DIRECTORY ${out_dir})
set(xrc_strings ${out_dir}/xrc_strings.cpp)
execute_process(COMMAND ${WXRC} -g -o ${xrc_strings} ${xrc_forms} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "wxrc -g failed (${rc})")
endif()
execute_process(
  COMMAND ${XGETTEXT} --language=C++ --from-code=UTF-8 --keyword=_ --keyword=wxTRANSLATE --keyword=wxPLURAL:1,2
          --add-comments=TRANSLATORS: --package-name=LandDesk --package-version=${VERSION}
          --msgid-bugs-address=landdesk@localhost --sort-by-file -o ${OUTPUT} ${gui_sources} ${xrc_strings}
  WORKING_DIRECTORY ${SOURCE_DIR}
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "xgettext failed (${rc})")
endif()
