# Runs the app under Xvfb with --screenshot and checks the PNG with check_png.
#   cmake -DXVFB_RUN=… -DAPP=… -DCHECK=… -DPNG=… -DSIZE=WxH [-DARGS=--steps,3] -P screenshot_test.cmake
string(REPLACE "," ";" ARGS "${ARGS}")
string(REPLACE "x" ";" dims ${SIZE})
list(GET dims 0 width)
list(GET dims 1 height)
include(${CMAKE_CURRENT_LIST_DIR}/render_screenshot.cmake)
execute_process(COMMAND ${CHECK} ${PNG} ${width} ${height} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}${err}")
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${PNG} is not a good frame")
endif()
