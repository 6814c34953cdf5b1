# A malformed lesson: the app must exit with status 2 before opening a window, and say where and what.
#   cmake -DAPP=… -DLESSON_IN=fit-sin.json -DLESSON=bad.json -DEXPECT="network.layers[0].units" -P bad_lesson_test.cmake
# With LESSON_IN, LESSON is written from it with the first layer's "units" set to −3;
# without, LESSON is used as given (e.g. a path that does not exist).
if(DEFINED LESSON_IN)
  file(READ ${LESSON_IN} text)
  string(JSON text SET "${text}" network layers 0 units -3)
  file(WRITE ${LESSON} "${text}")
endif()
execute_process(COMMAND ${APP} ${LESSON} --frames 1
                RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 30)
message("exit status ${status}; stderr: ${err}")
if(NOT status EQUAL 2)
  message(FATAL_ERROR "expected exit status 2, got ${status}")
endif()
string(FIND "${err}" "${EXPECT}" at)
if(at EQUAL -1)
  message(FATAL_ERROR "stderr does not mention \"${EXPECT}\"")
endif()
