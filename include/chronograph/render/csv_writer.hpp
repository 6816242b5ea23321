// The timeline graph as two CSV tables, events and links, for spreadsheets.
#pragma once
#include <string>
#include <string_view>

#include "chronograph/graph/model.hpp"

namespace chronograph::render {

struct CsvTables {
  std::string events;  // events.csv: id, then the event fields (docs/export.md)
  std::string links;   // links.csv: from, to, then the link fields
};

// RFC 4180: a header row, one row per event or link, CRLF line ends, fields holding a comma,
// a quote, CR or LF quoted with quotes doubled. Days are ISO (YYYY-MM-DD), empty for an open
// end. Deterministic bytes; valid UTF-8 whatever the graph holds.
CsvTables to_csv(const graph::Timeline& timeline);

// One field as it is written. Text starting with '=', '+', '-' or '@' (which a spreadsheet
// would run as a formula) gets a leading apostrophe; control characters other than tab, CR
// and LF, and bytes that are not UTF-8, become U+FFFD.
std::string csv_text_field(std::string_view text);

}  // namespace chronograph::render
