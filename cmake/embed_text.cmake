# Turns a text file into a C++ source defining chronograph::embedded::default_lexicon().
file(READ ${INPUT} CONTENT HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," BYTES "${CONTENT}")
file(WRITE ${OUTPUT}
"// Generated from data/lexicon.yaml; do not edit.\n#include <string_view>\nnamespace chronograph::embedded {\nstatic const char kData[] = {${BYTES} '\\0'};\nstd::string_view default_lexicon() { return {kData, sizeof(kData) - 1}; }\n}\n")
