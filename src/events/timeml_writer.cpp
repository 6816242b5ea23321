// Writing complete TimeML 1.2.1 documents: inline TIMEX3 and EVENT, instances and TLINKs.
#include <algorithm>

#include "chronograph/base/date_value.hpp"
#include "chronograph/base/markup_text.hpp"
#include "chronograph/base/text.hpp"
#include "chronograph/base/utf8.hpp"
#include "chronograph/events/tag_format.hpp"
#include "chronograph/events/timeml.hpp"

namespace chronograph::events {

namespace {

// Character data: escaped by base::append_markup, and bytes XML 1.0 cannot carry at all (controls
// other than tab and line ends, invalid UTF-8) written as spaces, so offsets into the visible text
// stay the same.
void append_text(std::string& out, std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const auto u = static_cast<unsigned char>(c);
    // U+FFFE and U+FFFF (EF BF BE/BF) are no XML characters either: three spaces, three bytes.
    if (u == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBF &&
        (static_cast<unsigned char>(text[i + 2]) & 0xFE) == 0xBE) {
      out += "   ";
      i += 2;
      continue;
    }
    if (u >= 0x80) {
      // Bytes that are no UTF-8 would make the whole document unreadable: one space each.
      const std::size_t n = base::utf8_sequence_length(text, i);
      if (n == 0) {
        out.push_back(' ');
      } else {
        out.append(text, i, n);
        i += n - 1;
      }
    } else if (u < 0x20 && c != '\t' && c != '\n' && c != '\r')
      out.push_back(' ');
    else
      base::append_markup(out, std::string_view(&c, 1), base::LineBreaks::kept);
  }
}

void attribute(std::string& out, std::string_view name, std::string_view value) {
  out += ' ';
  out += name;
  out += "=\"";
  append_text(out, value);
  out += '"';
}

}  // namespace

std::string to_timeml_document(std::string_view doc_id, std::string_view text,
                               std::optional<date::sys_days> dct,
                               const std::vector<temporal::Timex>& timexes,
                               const std::vector<DocumentEvent>& events) {
  std::string out =
      "<?xml version=\"1.0\" ?>\n<TimeML xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:noNamespaceSchemaLocation=\"http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd\">\n\n<DOCID>";
  append_text(out, doc_id);
  out += "</DOCID>\n\n";
  if (dct) {
    const std::string day = base::format_day(*dct);
    out += "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"" + day +
           "\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">" + day +
           "</TIMEX3></DCT>\n\n";
  }
  // Inline markup: time expressions and events in text order, never nested or overlapping
  // (an event inside a time expression is left out of the text but not of the instances).
  struct Span {
    std::size_t start, end;
    bool timex;
    std::size_t index;
  };
  std::vector<Span> spans;
  for (std::size_t i = 0; i < timexes.size(); ++i)
    if (timexes[i].start < timexes[i].end && timexes[i].end <= text.size())
      spans.push_back({timexes[i].start, timexes[i].end, true, i});
  for (std::size_t i = 0; i < events.size(); ++i)
    if (events[i].start < events[i].end && events[i].end <= text.size())
      spans.push_back({events[i].start, events[i].end, false, i});
  std::stable_sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) {
    return a.start != b.start ? a.start < b.start : a.timex > b.timex;
  });
  std::vector<bool> written(events.size(), false);
  out += "<TEXT>";
  std::size_t pos = 0;
  for (const Span& s : spans) {
    if (s.start < pos) continue;
    append_text(out, text.substr(pos, s.start - pos));
    if (s.timex) {
      const auto& t = timexes[s.index];
      out += "<TIMEX3";
      attribute(out, "tid", "t" + std::to_string(s.index + 1));
      attribute(out, "type", temporal::to_string(t.type));
      attribute(out, "value", t.value);
      if (!t.mod.empty()) attribute(out, "mod", t.mod);
      out += '>';
      append_text(out, text.substr(s.start, s.end - s.start));
      out += "</TIMEX3>";
    } else {
      const auto& e = events[s.index];
      out += "<EVENT";
      attribute(out, "eid", "e" + std::to_string(s.index + 1));
      attribute(out, "class", to_string(e.event_class));
      out += '>';
      append_text(out, text.substr(s.start, s.end - s.start));
      out += "</EVENT>";
      written[s.index] = true;
    }
    pos = s.end;
  }
  append_text(out, text.substr(pos));
  out += "</TEXT>\n\n";
  for (std::size_t i = 0; i < events.size(); ++i) {
    if (!written[i]) continue;
    const auto& e = events[i];
    out += "<MAKEINSTANCE";
    attribute(out, "eventID", "e" + std::to_string(i + 1));
    attribute(out, "eiid", "ei" + std::to_string(i + 1));
    attribute(out, "tense", to_string(e.tense));
    attribute(out, "aspect", to_string(e.aspect));
    attribute(out, "polarity", e.negated ? "NEG" : "POS");
    attribute(out, "pos", to_string(e.pos));
    if (!e.modality.empty()) attribute(out, "modality", e.modality);
    out += " />\n";
  }
  std::size_t lid = 0;
  for (std::size_t i = 0; i < events.size(); ++i) {
    const auto& e = events[i];
    if (!written[i]) continue;
    std::string time;
    if (e.basis == DateBasis::timex && e.timex)
      time = "t" + std::to_string(*e.timex + 1);
    else if (e.basis == DateBasis::dct && dct)
      time = "t0";
    if (time.empty()) continue;
    out += "<TLINK";
    attribute(out, "lid", "l" + std::to_string(++lid));
    attribute(out, "relType", "IS_INCLUDED");
    attribute(out, "eventInstanceID", "ei" + std::to_string(i + 1));
    attribute(out, "relatedToTime", time);
    out += " />\n";
  }
  out += "\n</TimeML>\n";
  return out;
}

}  // namespace chronograph::events
