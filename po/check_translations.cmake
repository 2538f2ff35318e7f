# The i18n test: fails when po/vi.po lacks a translation of any UI string, has a fuzzy one, or breaks a format.
# Inputs: the make_pot.cmake inputs, POT_SCRIPT, MSGCMP, MSGFMT, PO_FILE, WORK_DIR.
set(pot ${WORK_DIR}/landdesk.pot)
file(REMOVE ${pot})
execute_process(COMMAND ${CMAKE_COMMAND} -DXGETTEXT=${XGETTEXT} -DWXRC=${WXRC} -DSOURCE_DIR=${SOURCE_DIR}
                        -DVERSION=${VERSION} -DOUTPUT=${pot} -P ${POT_SCRIPT}
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT EXISTS ${pot})
  message(FATAL_ERROR "could not regenerate landdesk.pot")
endif()

# msgcmp counts untranslated and fuzzy entries of vi.po as missing (no --use-fuzzy / --use-untranslated).
execute_process(COMMAND ${MSGCMP} ${PO_FILE} ${pot} RESULT_VARIABLE cmp_rc ERROR_VARIABLE cmp_err)
# --check: printf directives of each msgstr match its msgid, and the header is complete.
execute_process(COMMAND ${MSGFMT} --check --statistics -o /dev/null ${PO_FILE}
                RESULT_VARIABLE fmt_rc ERROR_VARIABLE fmt_err)
message(STATUS "${fmt_err}")
if(NOT cmp_rc EQUAL 0)
  message(FATAL_ERROR "po/vi.po is missing translations (or has fuzzy ones) of UI strings:\n${cmp_err}")
endif()
if(NOT fmt_rc EQUAL 0)
  message(FATAL_ERROR "po/vi.po does not compile cleanly:\n${fmt_err}")
endif()
if(fmt_err MATCHES "fuzzy|untranslated")
  message(FATAL_ERROR "po/vi.po has fuzzy or untranslated entries: ${fmt_err}")
endif()
# English completeness: the msgids are the English UI, so no source string may be written in Vietnamese. Outside
# comments the template holds only msgids (its msgstr are empty); "đồng" is the currency's name in English too.
file(STRINGS ${pot} pot_lines ENCODING UTF-8)
set(not_english "")
foreach(line IN LISTS pot_lines)
  if(line MATCHES "^#")
    continue()
  endif()
  string(REPLACE "đồng" "" stripped "${line}")
  if(stripped MATCHES "[^\t -~]")
    string(APPEND not_english "\n  ${line}")
  endif()
endforeach()
if(NOT not_english STREQUAL "")
  message(FATAL_ERROR "UI source strings must be English (translations go in po/vi.po):${not_english}")
endif()
message(STATUS "po/vi.po translates every UI string")
