# Runs the app under Xvfb (optionally driven by xdotool keys) and checks fields of its --stats JSON.
#   cmake -DXVFB_RUN=… -DAPP=… -DDRIVER=drive_app.sh -DSTATS=out.json -DCONFIG_DIR=dir
#         [-DARGS=--run,--frames,120] [-DKEYS=Right|click:10,20] -DEXPECT="step==0,next_phase==loss,final_loss<initial_loss"
#         -P stats_test.cmake
# EXPECT checks are FIELD==TEXT, FIELD>NUMBER or FIELD<FIELD2 / FIELD<NUMBER. The config directory is
# always a test's own (BACKPROP_LAB_CONFIG_DIR): a test never writes the user's layout.
string(REPLACE "," ";" ARGS "${ARGS}")
string(REPLACE "|" ";" KEYS "${KEYS}")  # "|": the actions' coordinates hold commas
string(REPLACE "," ";" EXPECT "${EXPECT}")
file(REMOVE ${STATS})
set(ENV{BACKPROP_LAB_CONFIG_DIR} ${CONFIG_DIR})
if(KEYS)
  string(REPLACE ";" " " args_text "${ARGS}")
  execute_process(COMMAND ${XVFB_RUN} -a -s "-screen 0 1920x1080x24" sh ${DRIVER} ${APP} ${STATS} "${args_text}" ${KEYS}
                  RESULT_VARIABLE status ERROR_VARIABLE err TIMEOUT 60)
else()
  execute_process(COMMAND ${XVFB_RUN} -a -s "-screen 0 1920x1080x24" ${APP} ${ARGS} --stats
                  RESULT_VARIABLE status OUTPUT_FILE ${STATS} ERROR_VARIABLE err TIMEOUT 60)
endif()
if(NOT status EQUAL 0)
  message(FATAL_ERROR "backprop-lab exited with ${status}\n${err}")
endif()
file(READ ${STATS} json)
message("stats: ${json}")
foreach(check IN LISTS EXPECT)
  if(check MATCHES "^([a-z_]+)==(.*)$")
    string(JSON value GET "${json}" ${CMAKE_MATCH_1})
    if(NOT value STREQUAL CMAKE_MATCH_2)
      message(FATAL_ERROR "${CMAKE_MATCH_1} is ${value}, expected ${CMAKE_MATCH_2}")
    endif()
  elseif(check MATCHES "^([a-z_]+)([<>])([a-z_0-9.e+-]+)$")
    string(JSON value GET "${json}" ${CMAKE_MATCH_1})
    set(other ${CMAKE_MATCH_3})
    if(other MATCHES "^[a-z_]+$")
      string(JSON other GET "${json}" ${other})
    endif()
    if(CMAKE_MATCH_2 STREQUAL "<" AND NOT value LESS other)
      message(FATAL_ERROR "${check}: ${value} is not below ${other}")
    elseif(CMAKE_MATCH_2 STREQUAL ">" AND NOT value GREATER other)
      message(FATAL_ERROR "${check}: ${value} is not above ${other}")
    endif()
  else()
    message(FATAL_ERROR "bad check: ${check}")
  endif()
  message("ok  ${check}")
endforeach()
