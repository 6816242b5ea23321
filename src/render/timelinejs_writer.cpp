// Writing the timeline as TimelineJS 3 JSON: dates as TimelineJS spells them, text as HTML.
#include "chronograph/render/timelinejs_writer.hpp"

#include <map>
#include <nlohmann/json.hpp>

#include "chronograph/base/markup_text.hpp"
#include "export_fields.hpp"

namespace chronograph::render {

namespace {

using Json = nlohmann::ordered_json;

Json date_parts(date::year_month_day d, bool month, bool day) {
  Json j;
  j["year"] = static_cast<int>(d.year());
  if (month) j["month"] = static_cast<unsigned>(d.month());
  if (day) j["day"] = static_cast<unsigned>(d.day());
  return j;
}

// start_date and, for a range other than a whole month or year, end_date.
void add_dates(Json& event, date::sys_days earliest, date::sys_days latest) {
  const date::year_month_day first{earliest}, last{latest};
  const bool month_start = first.day() == date::day{1};
  const bool month_end = date::year_month_day{last.year() / last.month() / date::last} == last;
  if (earliest == latest) {
    event["start_date"] = date_parts(first, true, true);
  } else if (month_start && first.month() == date::January && last.month() == date::December &&
             month_end && first.year() == last.year()) {
    event["start_date"] = date_parts(first, false, false);
  } else if (month_start && month_end && first.year() == last.year() &&
             first.month() == last.month()) {
    event["start_date"] = date_parts(first, true, false);
  } else {
    event["start_date"] = date_parts(first, true, true);
    event["end_date"] = date_parts(last, true, true);
  }
}

void paragraph(std::string& html, std::string_view name, std::string_view value) {
  if (value.empty()) return;
  html += "<p>";
  if (!name.empty()) {
    html += name;
    html += ": ";
  }
  base::append_markup(html, value);
  html += "</p>";
}

// What the slide says under the headline: type and date, who and where, the first sentence
// and its document. Only our own tags; every piece of text escaped.
std::string slide_text(const graph::EventNode& n,
                       const std::map<std::string, std::string>& titles) {
  std::string html;
  paragraph(
      html, "",
      n.type + " · " + n.date.value + " (" + std::string(base::to_string(n.date.basis)) + ")");
  paragraph(html, "Actors", join_list(n.actors));
  paragraph(html, "Places", join_list(n.places));
  if (const auto sentence = first_sentence(n); !sentence.empty()) {
    html += "<blockquote>";
    base::append_markup(html, sentence);
    html += "</blockquote>";
    const std::string doc = n.mentions.front().doc.str();
    const auto title = titles.find(doc);
    paragraph(html, "Source",
              title != titles.end() && !title->second.empty() ? title->second : doc);
  }
  return html;
}

}  // namespace

TimelineJs to_timelinejs(const graph::Timeline& t) {
  const graph::EventGraph& g = t.graph;
  std::map<std::string, std::string> titles;
  for (const auto& d : t.documents) titles.emplace(d.id, d.title);
  TimelineJs out;
  Json events = Json::array();
  for (const auto v : boost::make_iterator_range(boost::vertices(g))) {
    const graph::EventNode& n = g[v];
    if (!n.date.earliest || !n.date.latest) {
      ++out.left_out;
      continue;
    }
    Json event;
    add_dates(event, *n.date.earliest, *n.date.latest);
    event["text"] = {{"headline", base::escape_markup(n.label)}, {"text", slide_text(n, titles)}};
    event["group"] = base::escape_markup(n.type);
    event["unique_id"] = n.id;
    events.push_back(std::move(event));
  }
  Json doc;
  doc["events"] = std::move(events);
  // Text is already valid UTF-8 (escape_markup repairs it); ids are replaced if not.
  out.json = doc.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
  return out;
}

}  // namespace chronograph::render
