# Compiles one runtime-c program against libsbsan_rt.a, runs it and checks
# the directives in its comments:
#   RUN-ENV: NAME=VALUE        environment for the run (repeatable)
#   EXPECT-EXIT: N             exit status
#   EXPECT-STDERR: TEXT        TEXT occurs in stderr, after the previous match
#   EXPECT-NOT-STDERR: TEXT    TEXT does not occur in stderr
#   EXPECT-STDOUT: TEXT        TEXT occurs in stdout
#   EXPECT-NOT-STDOUT: TEXT    TEXT does not occur in stdout
#   EXPECT-COUNT-STDERR: N TEXT  TEXT occurs exactly N times in stderr
#   EXPECT-LOG: TEXT           TEXT occurs in the files @TMP@/log.*
# In values, @TMP@ is a fresh directory for this test and @SRCDIR@ the
# directory of the program.
#
# Inputs: COMPILER, SOURCE, RUNTIME, INCLUDE_DIR, WORK_DIR.

foreach(Var COMPILER SOURCE RUNTIME INCLUDE_DIR WORK_DIR)
  if(NOT DEFINED ${Var})
    message(FATAL_ERROR "run_c_test.cmake: ${Var} is not set")
  endif()
endforeach()
if(NOT EXISTS "${RUNTIME}")
  message(FATAL_ERROR "runtime ${RUNTIME} is missing: build target sbsan_rt first")
endif()

cmake_policy(VERSION 3.20)
get_filename_component(SrcDir "${SOURCE}" DIRECTORY)
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

# Directives go into numbered variables, not lists: expected text may hold
# '[' or ';', which CMake lists do not survive.
file(READ "${SOURCE}" Text)
set(Envs)
set(ExpectExit 0)
set(NumDirectives 0)
while(NOT Text STREQUAL "")
  string(FIND "${Text}" "\n" Eol)
  if(Eol EQUAL -1)
    set(Line "${Text}")
    set(Text "")
  else()
    string(SUBSTRING "${Text}" 0 ${Eol} Line)
    math(EXPR Next "${Eol} + 1")
    string(SUBSTRING "${Text}" ${Next} -1 Text)
  endif()
  if(NOT Line MATCHES "^[ /*]*(RUN-ENV|EXPECT-[A-Z-]+): ?")
    continue()
  endif()
  set(Key "${CMAKE_MATCH_1}")
  string(LENGTH "${CMAKE_MATCH_0}" PrefixLen)
  string(SUBSTRING "${Line}" ${PrefixLen} -1 Value)
  string(REGEX REPLACE "[ ]*\\*/[ ]*$" "" Value "${Value}")
  string(REPLACE "@TMP@" "${WORK_DIR}" Value "${Value}")
  string(REPLACE "@SRCDIR@" "${SrcDir}" Value "${Value}")
  if(Key STREQUAL "RUN-ENV")
    list(APPEND Envs "${Value}")
  elseif(Key STREQUAL "EXPECT-EXIT")
    set(ExpectExit "${Value}")
  else()
    set(DirectiveKey_${NumDirectives} "${Key}")
    set(DirectiveValue_${NumDirectives} "${Value}")
    math(EXPR NumDirectives "${NumDirectives} + 1")
  endif()
endwhile()

set(Exe "${WORK_DIR}/prog")
execute_process(
  COMMAND "${COMPILER}" -g -O1 -fno-omit-frame-pointer -Wall
          "-I${INCLUDE_DIR}" "${SOURCE}" "${RUNTIME}" -lpthread -o "${Exe}"
  RESULT_VARIABLE CompileResult
  OUTPUT_VARIABLE CompileOut ERROR_VARIABLE CompileOut)
if(NOT CompileResult EQUAL 0)
  message(FATAL_ERROR "compiling ${SOURCE} failed:\n${CompileOut}")
endif()

execute_process(
  COMMAND "${CMAKE_COMMAND}" -E env --unset=SBSAN_OPTIONS ${Envs} "${Exe}"
  RESULT_VARIABLE Result
  OUTPUT_VARIABLE Out ERROR_VARIABLE Err
  TIMEOUT 120)

set(Failures "")
if(NOT "${Result}" STREQUAL "${ExpectExit}")
  string(APPEND Failures "exit status ${Result}, expected ${ExpectExit}\n")
endif()

set(ErrRest "${Err}")
set(I 0)
while(I LESS NumDirectives)
  set(Key "${DirectiveKey_${I}}")
  set(Value "${DirectiveValue_${I}}")
  math(EXPR I "${I} + 1")
  if(Key STREQUAL "EXPECT-STDERR")
    string(FIND "${ErrRest}" "${Value}" Pos)
    if(Pos EQUAL -1)
      string(APPEND Failures "stderr lacks (after the previous match): ${Value}\n")
    else()
      string(LENGTH "${Value}" Len)
      math(EXPR Pos "${Pos} + ${Len}")
      string(SUBSTRING "${ErrRest}" ${Pos} -1 ErrRest)
    endif()
  elseif(Key STREQUAL "EXPECT-NOT-STDERR")
    string(FIND "${Err}" "${Value}" Pos)
    if(NOT Pos EQUAL -1)
      string(APPEND Failures "stderr has: ${Value}\n")
    endif()
  elseif(Key STREQUAL "EXPECT-STDOUT")
    string(FIND "${Out}" "${Value}" Pos)
    if(Pos EQUAL -1)
      string(APPEND Failures "stdout lacks: ${Value}\n")
    endif()
  elseif(Key STREQUAL "EXPECT-NOT-STDOUT")
    string(FIND "${Out}" "${Value}" Pos)
    if(NOT Pos EQUAL -1)
      string(APPEND Failures "stdout has: ${Value}\n")
    endif()
  elseif(Key STREQUAL "EXPECT-COUNT-STDERR")
    if(NOT Value MATCHES "^([0-9]+) (.*)$")
      message(FATAL_ERROR "bad EXPECT-COUNT-STDERR: ${Value}")
    endif()
    set(Want "${CMAKE_MATCH_1}")
    set(Text "${CMAKE_MATCH_2}")
    string(LENGTH "${Text}" TextLen)
    set(Count 0)
    set(Rest "${Err}")
    while(1)
      string(FIND "${Rest}" "${Text}" Pos)
      if(Pos EQUAL -1)
        break()
      endif()
      math(EXPR Count "${Count} + 1")
      math(EXPR Pos "${Pos} + ${TextLen}")
      string(SUBSTRING "${Rest}" ${Pos} -1 Rest)
    endwhile()
    if(NOT Count EQUAL Want)
      string(APPEND Failures "stderr has '${Text}' ${Count} times, expected ${Want}\n")
    endif()
  elseif(Key STREQUAL "EXPECT-LOG")
    file(GLOB Logs "${WORK_DIR}/log.*")
    set(LogText "")
    foreach(L IN LISTS Logs)
      file(READ "${L}" Part)
      string(APPEND LogText "${Part}")
    endforeach()
    string(FIND "${LogText}" "${Value}" Pos)
    if(Pos EQUAL -1)
      string(APPEND Failures "log files (${Logs}) lack: ${Value}\n")
    endif()
  else()
    message(FATAL_ERROR "unknown directive ${Key} in ${SOURCE}")
  endif()
endwhile()

if(Failures)
  message(FATAL_ERROR "${SOURCE}:\n${Failures}--- stdout:\n${Out}--- stderr:\n${Err}---")
endif()
message(STATUS "ok: ${SOURCE}")
