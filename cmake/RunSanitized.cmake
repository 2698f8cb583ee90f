# Runs one test of a sanitizer build (see RelmTestCommand.cmake):
#   cmake -DTEST_NAME=<name> -DREPORT_DIR=<dir> -DSUPPRESSIONS=<file> [-DSYMBOLIZER=<llvm-symbolizer>]
#         -P RunSanitized.cmake -- <command> [args...]
# Reports go to files, not stderr, so that a report from a child process (relm-cli started by a test,
# whose output the test captures) cannot pass unseen. Any report fails the test and is printed here.
# Options already in the environment come last, so they win (e.g. ASAN_OPTIONS=detect_leaks=0).

set(command "")
set(in_command FALSE)
math(EXPR last "${CMAKE_ARGC} - 1")
foreach(i RANGE ${last})
    if(in_command)
        list(APPEND command "${CMAKE_ARGV${i}}")
    elseif(CMAKE_ARGV${i} STREQUAL "--")
        set(in_command TRUE)
    endif()
endforeach()
if(NOT command OR NOT TEST_NAME OR NOT REPORT_DIR)
    message(FATAL_ERROR "usage: cmake -DTEST_NAME=... -DREPORT_DIR=... -P RunSanitized.cmake -- COMMAND [ARGS...]")
endif()

file(MAKE_DIRECTORY "${REPORT_DIR}")
file(GLOB stale "${REPORT_DIR}/${TEST_NAME}.*")
if(stale)
    file(REMOVE ${stale})
endif()

# log_exe_name names the process in the file name: <test>.<executable>.<pid>.
set(log "log_path=${REPORT_DIR}/${TEST_NAME}:log_exe_name=1")
if(SYMBOLIZER)
    string(APPEND log ":external_symbolizer_path=${SYMBOLIZER}")
endif()
set(ENV{ASAN_OPTIONS} "${log}:detect_leaks=1:halt_on_error=1:abort_on_error=0:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1:strict_string_checks=1:$ENV{ASAN_OPTIONS}")
set(ENV{UBSAN_OPTIONS} "${log}:halt_on_error=1:print_stacktrace=1:$ENV{UBSAN_OPTIONS}")
set(ENV{LSAN_OPTIONS} "suppressions=${SUPPRESSIONS}:print_suppressions=0:$ENV{LSAN_OPTIONS}")

# LeakSanitizer's own tracer sometimes crashes while it stops the threads of a busy process at exit
# ("Tracer caught signal 11"): a failure of the tool, with no finding in it. Such a run is repeated
# once; a report that holds anything else fails the test at once.
foreach(attempt RANGE 1)
    execute_process(COMMAND ${command} RESULT_VARIABLE result)
    file(GLOB reports "${REPORT_DIR}/${TEST_NAME}.*")
    set(tracer_failure_only FALSE)
    if(reports)
        set(tracer_failure_only TRUE)
        foreach(report IN LISTS reports)
            file(READ "${report}" text)
            if(NOT text MATCHES "LeakSanitizer has encountered a fatal error" OR NOT text MATCHES "Tracer caught signal"
               OR text MATCHES "detected memory leaks|ERROR: AddressSanitizer|runtime error")
                set(tracer_failure_only FALSE)
            endif()
        endforeach()
    endif()
    if(NOT tracer_failure_only OR attempt EQUAL 1)
        break()
    endif()
    message("${TEST_NAME}: LeakSanitizer's tracer failed (no finding); running the test once more")
    file(REMOVE ${reports})
endforeach()

foreach(report IN LISTS reports)
    file(READ "${report}" text)
    get_filename_component(report_name "${report}" NAME)
    message("==== sanitizer report ${report_name} ====\n${text}")
endforeach()
if(reports)
    list(LENGTH reports count)
    message(FATAL_ERROR "${TEST_NAME}: ${count} sanitizer report(s) (exit status ${result})")
elseif(NOT result EQUAL 0)
    message(FATAL_ERROR "${TEST_NAME}: exit status ${result}")
endif()
