# Runs the app under Xvfb with --screenshot and checks the PNG with check_png.
#   cmake -DXVFB_RUN=… -DAPP=… -DCHECK=… -DPNG=… -DSIZE=WxH [-DARGS=--steps,3] -P screenshot_test.cmake
string(REPLACE "," ";" ARGS "${ARGS}")
file(REMOVE ${PNG})  # a PNG left by an earlier run must not pass for this one
string(REPLACE "x" ";" dims ${SIZE})
list(GET dims 0 width)
list(GET dims 1 height)
execute_process(
  COMMAND ${XVFB_RUN} -a -s "-screen 0 1920x1080x24" ${APP} ${ARGS} --size ${SIZE} --screenshot ${PNG}
  RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 60)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "backprop-lab exited with ${status}\n${out}\n${err}")
endif()
execute_process(COMMAND ${CHECK} ${PNG} ${width} ${height} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}${err}")
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${PNG} is not a good frame")
endif()
