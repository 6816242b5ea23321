// Writing tag@2 JSON: the time expressions and the dated events of one document.
#include "chronograph/events/tag_format.hpp"

#include "chronograph/base/date_value.hpp"
#include "chronograph/base/json_text.hpp"
#include "chronograph/temporal/format.hpp"

namespace chronograph::events {

namespace {

using namespace std::string_view_literals;

using base::append_json_day;
using base::append_json_name;
using base::append_json_number;

void append_event(std::string& out, std::string_view text, const DocumentEvent& e) {
  using base::append_json_string;
  out += "{\"start\": "sv;
  append_json_number(out, e.start);
  out += ", \"end\": "sv;
  append_json_number(out, e.end);
  out += ", \"text\": "sv;
  append_json_string(out, text.substr(e.start, e.end - e.start));
  append_json_name(out, ", \"class\": "sv, to_string(e.event_class));
  append_json_name(out, ", \"pos\": "sv, to_string(e.pos));
  append_json_name(out, ", \"tense\": "sv, to_string(e.tense));
  append_json_name(out, ", \"aspect\": "sv, to_string(e.aspect));
  out += e.negated ? ", \"polarity\": \"NEG\""sv : ", \"polarity\": \"POS\""sv;
  out += ", \"modality\": "sv;
  if (e.modality.empty())
    out += "null"sv;
  else
    append_json_string(out, e.modality);
  append_json_name(out, ", \"factuality\": "sv, to_string(e.factuality));
  out += ", \"lemma\": "sv;
  append_json_string(out, e.lemma);
  out += ", \"confidence\": "sv;
  append_json_number(out, e.margin);
  out += ", \"date\": "sv;
  if (e.basis == DateBasis::none) {
    out += "null"sv;
  } else {
    out += "{\"value\": "sv;
    append_json_string(out, e.value);
    out += ", \"earliest\": "sv;
    append_json_day(out, e.earliest);
    out += ", \"latest\": "sv;
    append_json_day(out, e.latest);
    append_json_name(out, ", \"basis\": "sv, to_string(e.basis));
    if (e.timex) {
      out += ", \"timex\": "sv;
      append_json_number(out, *e.timex);
    }
    if (e.anchor_event) {
      out += ", \"event\": "sv;
      append_json_number(out, *e.anchor_event);
    }
    out += ", \"rule\": "sv;
    append_json_string(out, e.date_rule);
    out += ", \"score\": "sv;
    append_json_number(out, e.date_score);
    out += '}';
  }
  out += '}';
}

}  // namespace

void write_tag_json(std::string_view text, std::optional<date::sys_days> dct,
                    const std::vector<temporal::Timex>& timexes,
                    const std::vector<DocumentEvent>& events,
                    const std::function<void(std::string_view)>& sink) {
  std::string out = "{\n\"schema\": \"chronograph/tag@2\",\n\"dct\": ";
  append_json_day(out, dct);
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
    out += i ? ",\n  "sv : "\n  "sv;
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
