# relm_test_command(<out-var> <test-name> <command> [args...]) gives the COMMAND for add_test. In a
# sanitizer build the test runs through RunSanitized.cmake, which sets the sanitizer options and fails
# the test when it, or a process it started (relm-cli), wrote a sanitizer report. Elsewhere it is
# the command itself.
if(RELM_SANITIZERS)
    # Names the functions in reports (clang's runtime looks for llvm-symbolizer, which Debian versions).
    find_program(RELM_LLVM_SYMBOLIZER NAMES llvm-symbolizer-14 llvm-symbolizer)
endif()

function(relm_test_command out name)
    if(RELM_SANITIZERS)
        set(${out} ${CMAKE_COMMAND} -DTEST_NAME=${name} -DREPORT_DIR=${CMAKE_BINARY_DIR}/sanitizer-reports
            -DSUPPRESSIONS=${PROJECT_SOURCE_DIR}/tests/lsan.supp -DSYMBOLIZER=${RELM_LLVM_SYMBOLIZER}
            -P ${PROJECT_SOURCE_DIR}/cmake/RunSanitized.cmake -- ${ARGN} PARENT_SCOPE)
    else()
        set(${out} ${ARGN} PARENT_SCOPE)
    endif()
endfunction()
