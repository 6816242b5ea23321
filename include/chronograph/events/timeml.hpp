// TimeML 1.2.1 documents: reading annotated corpora (training) and writing tagged text.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace chronograph::events {

// Offsets are UTF-8 bytes into TimemlDocument::text, end exclusive.
struct TimemlEvent {
  std::size_t start = 0, end = 0;
  std::string eid, event_class;  // "e1", "OCCURRENCE"
};

struct TimemlInstance {  // MAKEINSTANCE
  std::string eiid, event_id, tense, aspect, polarity, pos, modality;
};

struct TimemlTimex {
  std::size_t start = 0, end = 0;  // the DCT's are 0, 0: it lies outside TEXT
  std::string tid, type, value;
  bool creation_time = false;
};

struct TimemlLink {  // TLINK or CLINK: from/to are event instance ids or timex ids
  std::string kind, rel_type, from, to;
  bool from_time = false, to_time = false;
};

struct TimemlDocument {
  std::string text;  // the visible text of <TEXT>, entities decoded
  std::string dct;   // the creation time's value ("1998-01-08"), empty when none
  std::vector<TimemlEvent> events;
  std::vector<TimemlInstance> instances;
  std::vector<TimemlTimex> timexes;
  std::vector<TimemlLink> links;
};

// Parses a TimeML document. Throws base::InputError "file:line:column: error: ..." when the
// XML is malformed or has no <TEXT>.
TimemlDocument read_timeml(std::string_view xml, const std::string& file);

}  // namespace chronograph::events
