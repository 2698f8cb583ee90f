# One INTERFACE target carrying the language standard, warnings and Qt strictness
# defines; every Relm target links it.
add_library(relm_options INTERFACE)
target_compile_features(relm_options INTERFACE cxx_std_20)
target_compile_options(relm_options INTERFACE -Wall -Wextra -Wpedantic
    $<$<BOOL:${RELM_WARNINGS_AS_ERRORS}>:-Werror>)
target_compile_definitions(relm_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_STRICT_ITERATORS
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    RELM_VERSION="${PROJECT_VERSION}"
    RELM_APP_ID="${RELM_APP_ID}")

# The asan preset sets RELM_SANITIZERS (e.g. "address,undefined"): every Relm target is instrumented and
# stops at the first report; Qt and the system libraries stay as Debian ships them.
set(RELM_SANITIZERS "" CACHE STRING "Sanitizers to build with, as for -fsanitize= (empty: none)")
if(RELM_SANITIZERS)
    target_compile_options(relm_options INTERFACE -fsanitize=${RELM_SANITIZERS} -fno-sanitize-recover=all
        -fno-omit-frame-pointer)
    target_link_options(relm_options INTERFACE -fsanitize=${RELM_SANITIZERS})
endif()

# What is shipped is built as Debian hardens its own packages (dpkg-buildflags): a stack protector,
# fortified C library calls, stack clash protection, control-flow protection on x86-64, and
# relocations that are read-only once the program has started. Debug builds stay as they are (the
# fortified calls need an optimised build), as do the sanitizer builds, which check more.
option(RELM_HARDENING "Harden optimised builds as Debian's packages are" ON)
if(RELM_HARDENING AND NOT RELM_SANITIZERS)
    set(relm_optimised "$<NOT:$<CONFIG:Debug>>")
    target_compile_options(relm_options INTERFACE
        "$<${relm_optimised}:-fstack-protector-strong;-fstack-clash-protection;-D_FORTIFY_SOURCE=2>"
        "$<$<AND:${relm_optimised},$<STREQUAL:${CMAKE_SYSTEM_PROCESSOR},x86_64>>:-fcf-protection>")
    target_link_options(relm_options INTERFACE "$<${relm_optimised}:LINKER:-z,relro,-z,now>")
endif()

# Linking is most of a build's time on two cores (a hundred test programs with debug info): LLVM's
# linker does each in a fifth of the time of the default one. Used when it is installed and works.
option(RELM_USE_LLD "Link with lld when it is available" ON)
if(RELM_USE_LLD)
    include(CheckLinkerFlag)
    check_linker_flag(CXX -fuse-ld=lld RELM_HAVE_LLD)
    if(RELM_HAVE_LLD)
        target_link_options(relm_options INTERFACE -fuse-ld=lld)
    endif()
endif()
