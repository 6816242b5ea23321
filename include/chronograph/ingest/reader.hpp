// Reading documents from files and directories, with UTF-8 validation.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chronograph/ingest/document.hpp"

namespace chronograph::ingest {

// The path "-" names standard input (one document, id "stdin"); errors in it name kStdinName.
inline constexpr const char* kStdinPath = "-";
inline constexpr const char* kStdinName = "<stdin>";

// Byte offset of the first invalid UTF-8 sequence (or NUL byte), none when the text is clean.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

// Expands files and directories (walked recursively in sorted order, hidden entries and
// non-text files skipped) into a list of file paths. Throws base::InputError for a missing path.
std::vector<std::string> collect_inputs(const std::vector<std::string>& paths);

// Reads one document. Throws base::InputError "path:line:col: error: ..." for unreadable
// files, binary content or invalid UTF-8 (positioned at the first bad byte).
Document read_document(const std::string& path);

// Validates an in-memory text as a document (same rules as read_document).
Document make_document(std::string path, std::string text);

// Reads all inputs; ids are made unique by suffixing "-2", "-3", ... in input order.
std::vector<Document> read_documents(const std::vector<std::string>& paths);

}  // namespace chronograph::ingest
