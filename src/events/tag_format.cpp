// Writing tag@2 JSON: the time expressions and the dated events of one document.
#include "chronograph/events/tag_format.hpp"

#include "chronograph/base/date_value.hpp"
#include "chronograph/base/json_text.hpp"
#include "chronograph/temporal/format.hpp"

namespace chronograph::events {

namespace {

void day_or_null(std::string& out, const std::optional<date::sys_days>& d) {
  if (d)
    base::append_json_string(out, base::format_day(*d));
  else
    out += "null";
}

void append_event(std::string& out, std::string_view text, const DocumentEvent& e) {
  using base::append_json_string;
  out += "{\"start\": " + std::to_string(e.start) + ", \"end\": " + std::to_string(e.end) +
         ", \"text\": ";
  append_json_string(out, text.substr(e.start, e.end - e.start));
  out += ", \"class\": ";
  append_json_string(out, to_string(e.event_class));
  out += ", \"pos\": ";
  append_json_string(out, to_string(e.pos));
  out += ", \"tense\": ";
  append_json_string(out, to_string(e.tense));
  out += ", \"aspect\": ";
  append_json_string(out, to_string(e.aspect));
  out += e.negated ? ", \"polarity\": \"NEG\"" : ", \"polarity\": \"POS\"";
  out += ", \"modality\": ";
  if (e.modality.empty())
    out += "null";
  else
    append_json_string(out, e.modality);
  out += ", \"factuality\": ";
  append_json_string(out, to_string(e.factuality));
  out += ", \"lemma\": ";
  append_json_string(out, e.lemma);
  out += ", \"confidence\": " + std::to_string(e.margin);
  out += ", \"date\": ";
  if (e.basis == DateBasis::none) {
    out += "null";
  } else {
    out += "{\"value\": ";
    append_json_string(out, e.value);
    out += ", \"earliest\": ";
    day_or_null(out, e.earliest);
    out += ", \"latest\": ";
    day_or_null(out, e.latest);
    out += ", \"basis\": ";
    append_json_string(out, to_string(e.basis));
    if (e.timex) out += ", \"timex\": " + std::to_string(*e.timex);
    if (e.anchor_event) out += ", \"event\": " + std::to_string(*e.anchor_event);
    out += ", \"rule\": ";
    append_json_string(out, e.date_rule);
    out += ", \"score\": " + std::to_string(e.date_score);
    out += "}";
  }
  out += "}";
}

}  // namespace

void write_tag_json(std::string_view text, std::optional<date::sys_days> dct,
                    const std::vector<temporal::Timex>& timexes,
                    const std::vector<DocumentEvent>& events,
                    const std::function<void(std::string_view)>& sink) {
  std::string out = "{\n\"schema\": \"chronograph/tag@2\",\n\"dct\": ";
  day_or_null(out, dct);
  out += ",\n\"timexes\": ";
  std::string array = temporal::to_json(text, timexes);
  while (!array.empty() && array.back() == '\n') array.pop_back();
  out += array;
  std::string().swap(array);
  out += ",\n\"events\": [";
  // Out in chunks: a file's JSON is several times its text, and held whole it was built by
  // doubling, copied and faulted in again at every step.
  constexpr std::size_t kChunk = 1 << 16;
  for (std::size_t i = 0; i < events.size(); ++i) {
    out += i ? ",\n  " : "\n  ";
    append_event(out, text, events[i]);
    if (out.size() >= kChunk) {
      sink(out);
      out.clear();
    }
  }
  out += events.empty() ? "]\n}\n" : "\n]\n}\n";
  sink(out);
}

std::string to_tag_json(std::string_view text, std::optional<date::sys_days> dct,
                        const std::vector<temporal::Timex>& timexes,
                        const std::vector<DocumentEvent>& events) {
  std::string out;
  write_tag_json(text, dct, timexes, events, [&out](std::string_view chunk) { out += chunk; });
  return out;
}

}  // namespace chronograph::events
