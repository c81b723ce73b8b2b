# One interface target carries the language level, warnings and strict Qt defines;
# every target of the project links it.
add_library(invitedesk_settings INTERFACE)
add_library(InviteDesk::settings ALIAS invitedesk_settings)

target_compile_features(invitedesk_settings INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(invitedesk_settings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
  -Wold-style-cast -Woverloaded-virtual -Wimplicit-fallthrough)

option(INVITEDESK_WERROR "Treat warnings as errors" ON)
if(INVITEDESK_WERROR)
  target_compile_options(invitedesk_settings INTERFACE -Werror)
endif()

target_compile_definitions(invitedesk_settings INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_CONTEXTLESS_CONNECT
  QT_NO_FOREACH
  QT_NO_KEYWORDS
  QT_USE_QSTRINGBUILDER
  QT_STRICT_ITERATORS
  QT_DISABLE_DEPRECATED_UP_TO=0x060400)

# libFuzzer targets (tests/fuzz) in a build folder of their own configured with
# clang++-14 (packaging/run-fuzzers.sh): the code they call is instrumented for coverage.
option(INVITEDESK_FUZZ "Build the libFuzzer targets (clang only)" OFF)
if(INVITEDESK_FUZZ)
  target_compile_options(invitedesk_settings INTERFACE
    -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  target_link_options(invitedesk_settings INTERFACE -fsanitize=address,undefined)
endif()

option(INVITEDESK_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(INVITEDESK_SANITIZE)
  target_compile_options(invitedesk_settings INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
  target_link_options(invitedesk_settings INTERFACE -fsanitize=address,undefined)
endif()
