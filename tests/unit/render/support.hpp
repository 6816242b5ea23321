// Small hand-made timelines and helpers shared by the render tests.
#pragma once
#include <unistd.h>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "chronograph/base/date_value.hpp"
#include "chronograph/graph/json_io.hpp"
#include "chronograph/graph/model.hpp"

namespace chronograph::render::test {

inline date::sys_days day(int y, unsigned m, unsigned d) {
  return date::sys_days{date::year{y} / date::month{m} / date::day{d}};
}

inline graph::Vertex add_event(graph::Timeline& t, const std::string& id, const std::string& label,
                               base::DateValue date, std::vector<std::string> actors = {},
                               std::string type = "talks") {
  graph::EventNode n;
  n.id = id;
  n.label = label;
  n.type = std::move(type);
  n.date = std::move(date);
  n.actors = std::move(actors);
  n.mentions.push_back({{"d1", 0, 4, "text"}});
  return boost::add_vertex(n, t.graph);
}

inline graph::Vertex add_claim(graph::Timeline& t, const std::string& id, const std::string& label,
                               base::DateValue date, const std::string& speaker) {
  graph::EventNode n;
  n.id = id;
  n.kind = graph::EventKind::claim;
  n.type = "claim";
  n.label = label;
  n.speaker = speaker;
  n.date = std::move(date);
  n.mentions.push_back({{"d1", 0, 4, "text"}});
  return boost::add_vertex(n, t.graph);
}

inline void link(graph::Timeline& t, graph::Vertex a, graph::Vertex b, graph::LinkType type) {
  graph::LinkEdge e;
  e.type = type;
  boost::add_edge(a, b, e, t.graph);
}

// A small but complete timeline: a year-long range, a month range, exact days close together,
// an undated event, a claim, and all three link types.
inline graph::Timeline small_timeline() {
  using base::Basis;
  graph::Timeline t;
  t.documents.push_back({"d1",
                         "data/corpus/a.txt",
                         "Talks in Istanbul",
                         base::day_value(day(2025, 6, 3), Basis::header),
                         {}});
  auto pruth =
      add_event(t, "ev-1711", "Pruth Campaign",
                base::year_value(date::year{1711}, Basis::explicit_date), {"Russia"}, "war");
  auto memo = add_event(t, "ev-memo", "Ukraine presents its memorandum",
                        base::month_value(date::year{2025} / date::May, Basis::relative),
                        {"Ukraine"}, "memorandum");
  auto talks1 =
      add_event(t, "ev-talks1", "First Istanbul talks",
                base::day_value(day(2025, 5, 16), Basis::explicit_date), {"Russia", "Ukraine"});
  auto strike = add_event(t, "ev-strike", "Drone strikes on airfields",
                          base::day_value(day(2025, 6, 1), Basis::relative), {"Ukraine"}, "strike");
  auto talks2 =
      add_event(t, "ev-talks2", "Second round of talks",
                base::day_value(day(2025, 6, 2), Basis::explicit_date), {"Russia", "Ukraine"});
  auto claim = add_claim(t, "cl-1", "hardly a step toward peace",
                         base::day_value(day(2025, 6, 3), Basis::header), "Sergiu Ceban");
  add_event(t, "ev-undated", "Drones strike Dnipro", base::DateValue{}, {"Russia"}, "strike");
  (void)pruth;
  link(t, strike, talks2, graph::LinkType::causes);
  link(t, talks2, talks1, graph::LinkType::reaction_to);
  link(t, talks2, memo, graph::LinkType::reaction_to);
  link(t, claim, talks2, graph::LinkType::claim_about);
  return t;
}

inline std::string source_path(const std::string& rel) {
  return std::string(CHRONOGRAPH_SOURCE_DIR) + "/" + rel;
}

inline std::string read_text(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The sample corpus's graph as checked in (tests/fixtures/render/sample_timeline.json).
inline graph::Timeline sample_fixture() {
  const std::string path = source_path("tests/fixtures/render/sample_timeline.json");
  return graph::from_json(read_text(path), path);
}

inline void write_text(const std::filesystem::path& p, const std::string& s) {
  std::ofstream out(p, std::ios::binary);
  out << s;
}

// A fresh scratch directory under the system temp dir.
inline std::filesystem::path scratch_dir(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() /
             ("chronograph-render-" + name + "-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

}  // namespace chronograph::render::test
