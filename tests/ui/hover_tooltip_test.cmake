# Hovering a heatmap cell shows its tooltip: renders the app once without the mouse, finds a cell
# in that frame, renders it again with --hover on that cell, and checks the tooltip appeared.
#   cmake -DXVFB_RUN=… -DAPP=… -DCHECK=… -DWORK=DIR -DSIZE=WxH -DARGS=lesson,--steps,1,… -P hover_tooltip_test.cmake
string(REPLACE "," ";" ARGS "${ARGS}")
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
set(ENV{BACKPROP_LAB_CONFIG_DIR} ${WORK}/config)

function(render png)
  execute_process(
    COMMAND ${XVFB_RUN} -a -s "-screen 0 1920x1080x24" ${APP} ${ARGS} --size ${SIZE} ${ARGN} --screenshot ${png}
    RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 60)
  if(NOT status EQUAL 0 OR NOT EXISTS ${png})
    message(FATAL_ERROR "backprop-lab exited with ${status}\n${out}\n${err}")
  endif()
endfunction()

render(${WORK}/base.png)
execute_process(COMMAND ${CHECK} find ${WORK}/base.png RESULT_VARIABLE status OUTPUT_VARIABLE cell ERROR_VARIABLE err
                OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${err}")
endif()
message("hovering the cell at ${cell}")
render(${WORK}/hover.png --hover ${cell})
string(REPLACE "," ";" xy ${cell})
execute_process(COMMAND ${CHECK} compare ${WORK}/base.png ${WORK}/hover.png ${xy} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}${err}")
if(NOT status EQUAL 0)
  message(FATAL_ERROR "no tooltip in ${WORK}/hover.png")
endif()
