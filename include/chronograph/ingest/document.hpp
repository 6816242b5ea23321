// A source document: its identity, path as given, and raw bytes.
#pragma once
#include <string>

namespace chronograph::ingest {

struct Document {
  std::string id;    // stable identifier: the file name without directories and extension
  std::string path;  // as given on the command line (or found while walking a directory)
  std::string text;  // the file's bytes, unchanged (offsets everywhere index into this)
};

}  // namespace chronograph::ingest
