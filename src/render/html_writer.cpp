// The HTML timeline page: the template, style, D3 and script compiled in, the graph as JSON.
#include "chronograph/render/html_writer.hpp"

#include <nlohmann/json.hpp>

#include "chronograph/base/markup_text.hpp"
#include "chronograph/embedded.hpp"
#include "chronograph/graph/json_io.hpp"
#include "chronograph/render/label_text.hpp"
#include "chronograph/render/timeline_layout.hpp"

namespace chronograph::render {

namespace {

std::string page_title(const graph::Timeline& t, const RenderOptions& options) {
  std::string title = clean_text(options.title);
  if (title.empty())
    title = t.documents.size() == 1 && !t.documents.front().title.empty()
                ? clean_text(t.documents.front().title)
                : "Event timeline";
  return title;
}

const char* lanes_name(Lanes lanes) {
  switch (lanes) {
    case Lanes::none:
      return "none";
    case Lanes::actor:
      return "actor";
    case Lanes::type:
      return "type";
    case Lanes::document:
      return "document";
  }
  return "none";
}

// What the page needs beyond graph@1: its title, the lanes to open with, and each event's
// lane key under every lane mode, computed here so that the page and the pictures agree on
// lanes (render::lane_keys: a claim sits in the lane of the event it is about).
std::string view_json(const graph::Timeline& t, const RenderOptions& options) {
  nlohmann::ordered_json view;
  view["title"] = page_title(t, options);
  view["lanes"] = lanes_name(options.lanes);
  auto& keys = view["lane_keys"];
  keys = nlohmann::ordered_json::object();
  for (const auto mode : {Lanes::actor, Lanes::type, Lanes::document})
    keys[lanes_name(mode)] = lane_keys(t, mode);
  return view.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

// The template's {{name}} holes filled in one pass: inserted text is never scanned again, so
// a "{{" inside the graph or D3 stays as it is.
std::string fill_template(std::string_view page,
                          const std::vector<std::pair<std::string_view, std::string_view>>& parts) {
  std::string out;
  std::size_t at = 0;
  while (true) {
    const std::size_t open = page.find("{{", at);
    if (open == std::string_view::npos) break;
    const std::size_t close = page.find("}}", open);
    if (close == std::string_view::npos) break;
    const std::string_view name = page.substr(open + 2, close - open - 2);
    out.append(page.substr(at, open - at));
    bool found = false;
    for (const auto& [key, value] : parts) {
      if (key == name) {
        out.append(value);
        found = true;
        break;
      }
    }
    if (!found) out.append(page.substr(open, close + 2 - open));
    at = close + 2;
  }
  out.append(page.substr(at));
  return out;
}

}  // namespace

std::string script_safe_json(std::string_view json) {
  std::string out;
  out.reserve(json.size());
  bool in_string = false;
  for (std::size_t i = 0; i < json.size(); ++i) {
    const char c = json[i];
    if (!in_string) {
      if (c == ' ' || c == '\n' || c == '\r' || c == '\t') continue;
      if (c == '"') in_string = true;
      out += c;
      continue;
    }
    switch (c) {
      case '\\':  // an escape pair is copied whole, so an escaped quote does not end the string
        out += c;
        if (i + 1 < json.size()) out += json[++i];
        break;
      case '"':
        in_string = false;
        out += c;
        break;
      case '<':
        out += "\\u003c";
        break;
      case '>':
        out += "\\u003e";
        break;
      case '&':
        out += "\\u0026";
        break;
      case '\xE2':
        // U+2028 and U+2029 end a line in older JavaScript; escaped, any parser takes them.
        if (i + 2 < json.size() && json[i + 1] == '\x80' &&
            (json[i + 2] == '\xA8' || json[i + 2] == '\xA9')) {
          out += json[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
          i += 2;
        } else {
          out += c;
        }
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string html_page(const graph::Timeline& timeline, const RenderOptions& options) {
  const graph::Timeline filtered =
      options.filter.empty() ? graph::Timeline{} : graph::apply_filter(timeline, options.filter);
  const graph::Timeline& shown = options.filter.empty() ? timeline : filtered;
  const std::string graph = script_safe_json(graph::to_json(shown));
  const std::string view = script_safe_json(view_json(shown, options));
  const std::string title = base::escape_markup(page_title(shown, options));
  return fill_template(embedded::html_page(), {{"title", title},
                                               {"style", embedded::html_style()},
                                               {"graph", graph},
                                               {"view", view},
                                               {"d3_license", embedded::d3_license()},
                                               {"d3", embedded::d3_js()},
                                               {"script", embedded::html_script()}});
}

}  // namespace chronograph::render
