# Writes the man page OUTPUT from BINARY's --help and each subcommand's --help (cmake -P).
function(help_of out)
  execute_process(COMMAND ${BINARY} ${ARGN} --help OUTPUT_VARIABLE text RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${BINARY} ${ARGN} --help failed")
  endif()
  # roff: a backslash is \e; a line starting with . or ' would be a request.
  string(REPLACE "\\" "\\e" text "${text}")
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

help_of(main)
set(page ".TH CHRONOGRAPH 1 \"\" \"chronograph ${VERSION}\" \"User Commands\"
.SH NAME
chronograph \\- dated events from news texts, linked into a timeline graph
.SH SYNOPSIS
.B chronograph
\\fICOMMAND\\fR [\\fIOPTIONS\\fR] [\\fIPATH\\fR...]
.SH DESCRIPTION
.nf
${main}.fi
.SH COMMANDS
")
# The subcommand names: the first word of each indented line after "Subcommands:".
string(REGEX REPLACE ".*[Ss][Uu][Bb][Cc][Oo][Mm][Mm][Aa][Nn][Dd][Ss]:\n" "" subs "${main}")
string(REGEX MATCHALL "(^|\n)  [a-z]+" names "${subs}")
foreach(name ${names})
  string(STRIP "${name}" name)
  help_of(sub ${name})
  string(APPEND page ".SS ${name}\n.nf\n${sub}.fi\n")
endforeach()
string(APPEND page ".SH EXIT STATUS
0 success; 1 bad input (each error as file:line:column: error: message); 2 usage error.
.SH FILES
.I data/corpus/
documents built by default;
.I data/overrides.yaml
hand corrections;
.I graphs/timeline.json
the graph that query, render and export read by default.
")
file(WRITE ${OUTPUT} "${page}")
