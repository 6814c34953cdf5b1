# The layout persists: Ctrl + twice (xdotool) writes ui.json into the test's config directory,
# never into the working directory; the next start reads the zoom back; splitter drags and view
# toggles are saved too.
#   cmake -DXVFB_RUN=… -DAPP=… -DDRIVER=drive_app.sh -DWORK=dir -P config_test.cmake
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/cwd)
set(config ${WORK}/config)
set(ENV{BACKPROP_LAB_CONFIG_DIR} ${config})

# Starts afresh (no ui.json), runs the app at 1280×720 driven by drive_app.sh ACTIONS (ARGN), and
# reads the ui.json it saved into `saved`.
function(drive_and_read what args)
  file(REMOVE ${config}/ui.json)
  execute_process(COMMAND ${XVFB_RUN} -a -s "-screen 0 1920x1080x24" sh ${DRIVER} ${APP} ${WORK}/${what}.json "--size 1280x720 ${args}"
                          ${ARGN}
                  WORKING_DIRECTORY ${WORK}/cwd RESULT_VARIABLE status ERROR_VARIABLE err TIMEOUT 60)
  if(NOT status EQUAL 0 OR NOT EXISTS ${config}/ui.json)
    message(FATAL_ERROR "${what} run exited with ${status}, or saved no ${config}/ui.json\n${err}")
  endif()
  file(READ ${config}/ui.json text)
  message("${what}: ui.json ${text}")
  set(saved "${text}" PARENT_SCOPE)
endfunction()

# Starts again undriven for two frames; its --stats JSON in `json`.
function(restart)
  execute_process(COMMAND ${XVFB_RUN} -a -s "-screen 0 1920x1080x24" ${APP} --frames 2 --stats
                  WORKING_DIRECTORY ${WORK}/cwd RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 60)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "restart exited with ${status}\n${err}")
  endif()
  set(json "${out}" PARENT_SCOPE)
endfunction()

# Zoom: saved in the config directory, nothing in the working directory, read back at the next start.
drive_and_read(zoom "" ctrl+equal ctrl+equal)
string(JSON zoom GET "${saved}" zoom)
if(NOT zoom EQUAL 1.25)
  message(FATAL_ERROR "saved zoom is ${zoom}, expected 1.25 after two Ctrl +")
endif()
file(GLOB left_behind ${WORK}/cwd/*)
if(left_behind)
  message(FATAL_ERROR "files written into the working directory: ${left_behind}")
endif()
restart()
string(JSON zoom GET "${json}" zoom)
string(JSON dir GET "${json}" config_dir)
if(NOT zoom EQUAL 1.25 OR NOT dir STREQUAL config)
  message(FATAL_ERROR "second start: zoom ${zoom} from ${dir}, expected 1.25 from ${config}")
endif()
message("ok  zoom 1.25 saved in ${config} and read back")

# Splitters: dragging the sidebar's edge to the right and the network's bottom edge up is saved.
drive_and_read(drag --mouse drag:370,300:460,300 drag:800,449:800,380)
string(JSON sidebar GET "${saved}" sidebar_width)
string(JSON network GET "${saved}" network_height)
if(NOT sidebar GREATER 0.32 OR NOT network LESS 0.55)
  message(FATAL_ERROR "the splitters did not move: sidebar_width ${sidebar} (was 0.28), network_height ${network} (was 0.6)")
endif()
message("ok  splitter drags saved")

# View toggles: a click on the loss plot's "log scale" checkbox is saved, and the next start keeps
# it (a start that ignored it would save the default, true, over it).
drive_and_read(toggle --mouse click:1153,521)
string(JSON log GET "${saved}" loss_log)
if(log)
  message(FATAL_ERROR "loss_log is ${log} after clicking \"log scale\"")
endif()
restart()
file(READ ${config}/ui.json saved)
string(JSON log GET "${saved}" loss_log)
if(log)
  message(FATAL_ERROR "after a restart loss_log is ${log}: the toggle was not read back")
endif()
message("ok  the log-scale toggle saved and read back")
