# Shared by the screenshot tests: runs the app under Xvfb with ARGS at SIZE and saves PNG.
# A PNG left by an earlier run is removed first, so it cannot pass for this one.
file(REMOVE ${PNG})
execute_process(
  COMMAND ${XVFB_RUN} -a -s "-screen 0 1920x1080x24" ${APP} ${ARGS} --size ${SIZE} --screenshot ${PNG}
  RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 60)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "backprop-lab exited with ${status}\n${out}\n${err}")
endif()
