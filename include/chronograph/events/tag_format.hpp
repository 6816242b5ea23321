// The outputs of `chronograph tag`: versioned JSON and complete TimeML 1.2.1 documents.
#pragma once
#include <date/date.h>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chronograph/events/document_events.hpp"
#include "chronograph/temporal/timex.hpp"

namespace chronograph::events {

// The tag@2 JSON object: {"schema": "chronograph/tag@2", "dct", "timexes": [...],
// "events": [...]} (docs/tag-json.md). Version 1 was the bare timex array.
std::string to_tag_json(std::string_view text, std::optional<date::sys_days> dct,
                        const std::vector<temporal::Timex>& timexes,
                        const std::vector<DocumentEvent>& events);
// The same JSON handed to `sink` in pieces of some 64 KB, as `chronograph tag` writes it.
void write_tag_json(std::string_view text, std::optional<date::sys_days> dct,
                    const std::vector<temporal::Timex>& timexes,
                    const std::vector<DocumentEvent>& events,
                    const std::function<void(std::string_view)>& sink);

// A complete TimeML 1.2.1 document: TimeML root, DOCID, DCT, TEXT with inline TIMEX3 and
// EVENT, then MAKEINSTANCE and the TLINKs that place events in time expressions and the DCT.
// Always well-formed XML: text is escaped, and characters XML cannot carry become spaces.
std::string to_timeml_document(std::string_view doc_id, std::string_view text,
                               std::optional<date::sys_days> dct,
                               const std::vector<temporal::Timex>& timexes,
                               const std::vector<DocumentEvent>& events);

}  // namespace chronograph::events
