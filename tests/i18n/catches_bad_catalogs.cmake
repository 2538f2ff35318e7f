# Runs the i18n check on catalogs made from the current sources (msgen: every string "translated"), so the result
# does not depend on po/vi.po being up to date: the complete catalog must pass; with one entry marked fuzzy, with one
# translation emptied, and on sources holding a Vietnamese msgid, the check must fail for the stated reason.
# Inputs: XGETTEXT, WXRC, MSGCMP, MSGFMT, MSGEN, SOURCE_DIR, VERSION, WORK_DIR.
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
set(pot_args -DXGETTEXT=${XGETTEXT} -DWXRC=${WXRC} -DVERSION=${VERSION} -P ${SOURCE_DIR}/po/make_pot.cmake)

# A complete catalog of the sources under `source_dir`, written to `po_file`.
function(complete_catalog source_dir po_file)
  execute_process(COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${source_dir} -DOUTPUT=${WORK_DIR}/made/landdesk.pot ${pot_args}
                  RESULT_VARIABLE rc)
  execute_process(COMMAND ${MSGEN} -o ${po_file} ${WORK_DIR}/made/landdesk.pot RESULT_VARIABLE rc2)
  if(NOT rc EQUAL 0 OR NOT rc2 EQUAL 0)
    message(FATAL_ERROR "could not make a catalog of ${source_dir}")
  endif()
  file(READ ${po_file} text)
  string(REPLACE "charset=CHARSET" "charset=UTF-8" text "${text}")
  file(WRITE ${po_file} "${text}")
endfunction()

function(run_check source_dir po_file expect_ok expect_text)
  execute_process(
    COMMAND ${CMAKE_COMMAND} -DXGETTEXT=${XGETTEXT} -DWXRC=${WXRC} -DMSGCMP=${MSGCMP} -DMSGFMT=${MSGFMT}
            -DSOURCE_DIR=${source_dir} -DVERSION=${VERSION} -DPO_FILE=${po_file} -DWORK_DIR=${WORK_DIR}/check
            -DPOT_SCRIPT=${SOURCE_DIR}/po/make_pot.cmake -P ${SOURCE_DIR}/po/check_translations.cmake
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(expect_ok AND NOT rc EQUAL 0)
    message(FATAL_ERROR "the i18n check fails on the complete catalog ${po_file}:\n${err}")
  endif()
  if(NOT expect_ok AND rc EQUAL 0)
    message(FATAL_ERROR "the i18n check passed a damaged catalog or source (${expect_text})")
  endif()
  if(NOT expect_ok AND NOT err MATCHES "${expect_text}")
    message(FATAL_ERROR "the i18n check failed without saying '${expect_text}':\n${err}")
  endif()
endfunction()

complete_catalog(${SOURCE_DIR} ${WORK_DIR}/complete.po)
run_check(${SOURCE_DIR} ${WORK_DIR}/complete.po TRUE "")
file(READ ${WORK_DIR}/complete.po po_text)

# One entry marked fuzzy: the "&Quit" menu item exists since the first window.
string(FIND "${po_text}" "\nmsgid \"&Quit\"" at)
if(at LESS 0)
  message(FATAL_ERROR "the catalog has no &Quit entry to damage")
endif()
string(SUBSTRING "${po_text}" 0 ${at} head)
string(SUBSTRING "${po_text}" ${at} -1 tail)
file(WRITE ${WORK_DIR}/fuzzy.po "${head}\n#, fuzzy${tail}")
run_check(${SOURCE_DIR} ${WORK_DIR}/fuzzy.po FALSE "fuzzy")

# The same entry left untranslated.
string(REGEX REPLACE "(\nmsgid \"&Quit\"\n)msgstr \"[^\"]*\"" "\\1msgstr \"\"" untranslated "${po_text}")
if(untranslated STREQUAL po_text)
  message(FATAL_ERROR "could not empty the &Quit translation")
endif()
file(WRITE ${WORK_DIR}/untranslated.po "${untranslated}")
run_check(${SOURCE_DIR} ${WORK_DIR}/untranslated.po FALSE "missing")

# A source string written in Vietnamese, translated, so that only the English rule can catch it.
set(fake ${WORK_DIR}/src)
file(MAKE_DIRECTORY ${fake}/app/gui ${fake}/forms)
file(GLOB gui_files ${SOURCE_DIR}/app/gui/*.cpp ${SOURCE_DIR}/app/gui/*.h)
file(GLOB form_files ${SOURCE_DIR}/forms/*.xrc)
file(COPY ${gui_files} DESTINATION ${fake}/app/gui)
file(COPY ${form_files} DESTINATION ${fake}/forms)
file(WRITE ${fake}/app/gui/zz_vietnamese_source.cpp "const char* s = _(\"Lưu hồ sơ\");\n")
complete_catalog(${fake} ${WORK_DIR}/vietnamese.po)
run_check(${fake} ${WORK_DIR}/vietnamese.po FALSE "must be English")
message(STATUS "the i18n check refuses fuzzy, missing and non-English strings")
