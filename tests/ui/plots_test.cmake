# Runs the app under Xvfb with --screenshot and checks the plots' pixels with check_plots.
#   cmake -DXVFB_RUN=… -DAPP=… -DCHECK=… -DPNG=… -DSIZE=WxH -DARGS=--steps,300 -DREGION=X0,Y0,X1,Y1
#         -DEXPECT=KIND:MIN,… -P plots_test.cmake
string(REPLACE "," ";" ARGS "${ARGS}")
string(REPLACE "," ";" REGION "${REGION}")
string(REPLACE "|" ";" EXPECT "${EXPECT}")  # kinds are separated by |, as rgb=R,G,B holds commas
include(${CMAKE_CURRENT_LIST_DIR}/render_screenshot.cmake)
execute_process(COMMAND ${CHECK} ${PNG} ${REGION} ${EXPECT} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}${err}")
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${PNG}: the plots are not all there")
endif()
