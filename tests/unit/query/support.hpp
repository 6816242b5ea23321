// Test support for overrides and queries: a hand-made timeline like the sample corpus's, and
// running the real binary with its output captured.
#pragma once
#include <sys/wait.h>
#include <unistd.h>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "chronograph/base/date_value.hpp"
#include "chronograph/graph/model.hpp"

namespace chronograph::testing {

inline base::DateValue day(const char* ymd, base::Basis basis = base::Basis::explicit_date) {
  return base::day_value(*base::parse_day(ymd), basis);
}

// Latest-only bound: "before the page dated 2025-05-20".
inline base::DateValue until(const char* ymd) {
  base::DateValue d;
  d.latest = base::parse_day(ymd);
  d.basis = base::Basis::inferred;
  return d;
}

inline graph::Vertex add_event(graph::Timeline& t, std::string id, std::string type,
                               std::string label, base::DateValue date,
                               std::vector<std::string> actors, std::vector<std::string> places,
                               std::string mention_doc = "", std::string mention = "") {
  graph::EventNode n;
  n.id = std::move(id);
  n.type = std::move(type);
  n.label = std::move(label);
  n.date = std::move(date);
  n.actors = std::move(actors);
  n.places = std::move(places);
  if (!mention.empty()) n.mentions.push_back({{mention_doc, 100, 100 + mention.size(), mention}});
  n.date_steps.push_back({"explicit", "stated in the text", std::nullopt});
  return boost::add_vertex(std::move(n), t.graph);
}

inline graph::Vertex add_claim(graph::Timeline& t, std::string id, std::string speaker,
                               std::string label, base::DateValue date) {
  const auto v =
      add_event(t, std::move(id), "statement", std::move(label), std::move(date), {}, {});
  t.graph[v].kind = graph::EventKind::claim;
  t.graph[v].speaker = std::move(speaker);
  return v;
}

inline void link(graph::Timeline& t, graph::Vertex a, graph::Vertex b, graph::LinkType type,
                 std::string evidence = "") {
  graph::LinkEdge e;
  e.type = type;
  e.evidence = {"002_df9fc6c6dcb696bb", 10, 10 + evidence.size(), evidence};
  e.rule = "test";
  boost::add_edge(a, b, e, t.graph);
}

// The shape of the sample corpus: two Istanbul rounds, the airfield strikes, reactions,
// a claim and the July sanctions.
inline graph::Timeline sample_timeline() {
  using graph::LinkType;
  graph::Timeline t;
  t.documents.push_back({"002_df9fc6c6dcb696bb",
                         "data/corpus/002_df9fc6c6dcb696bb.txt",
                         "Istanbul talks",
                         day("2025-06-03", base::Basis::inferred),
                         {}});
  t.documents.push_back({"003_99214e3abbb71cf3",
                         "data/corpus/003_99214e3abbb71cf3.txt",
                         "First talks",
                         day("2025-05-20", base::Basis::header),
                         {}});
  const auto round1 = add_event(
      t, "talks-istanbul-undated-1a2b", "talks", "First round of Russia-Ukraine talks in Istanbul",
      until("2025-05-20"), {"Russia", "Ukraine"}, {"Istanbul"}, "003_99214e3abbb71cf3",
      "The first high-level talks between Russia and Ukraine");
  const auto exchange =
      add_event(t, "exchange-undated-77aa", "exchange", "Exchange of 1,000 prisoners of war",
                until("2025-05-20"), {"Russia", "Ukraine"}, {}, "003_99214e3abbb71cf3",
                "exchange 1,000 prisoners of war");
  const auto strikes =
      add_event(t, "strike-russia-2025-06-01-5c3d", "strike",
                "Drone strikes on Russian strategic-aviation airfields", day("2025-06-01"),
                {"Ukraine"}, {"Russia"}, "002_df9fc6c6dcb696bb", "drone strikes on airfields");
  const auto round2 =
      add_event(t, "talks-istanbul-2025-06-02-3fa1", "talks",
                "Second round of Russia-Ukraine talks in Istanbul", day("2025-06-02"),
                {"Russia", "Ukraine"}, {"Istanbul"}, "002_df9fc6c6dcb696bb",
                "The second round of consultations between Russia and Ukraine");
  const auto erdogan =
      add_claim(t, "statement-erdogan-2025-06-03-0e1f", "Recep Tayyip Erdoğan",
                "Erdoğan calls the June 2 negotiations remarkable", day("2025-06-03"));
  const auto trump = add_claim(t, "statement-trump-2025-06-03-9d00", "Donald Trump",
                               "Trump comments on the Istanbul talks", day("2025-06-03"));
  const auto analyst = add_claim(t, "statement-pritchin-2025-06-04-4b4b", "Stanislav Pritchin",
                                 "Pritchin expects no breakthrough", day("2025-06-04"));
  const auto eu = add_event(
      t, "sanctions-eu-2025-07-18-aa01", "sanctions", "18th EU sanctions package against Russia",
      day("2025-07-18"), {"EU", "Russia"}, {}, "000_fcddff1057b4863f", "18th package of sanctions");
  add_event(t, "sanctions-uk-2025-07-18-bb02", "sanctions", "UK sanctions on GRU units",
            day("2025-07-18"), {"United Kingdom", "Russia"}, {}, "000_fcddff1057b4863f",
            "sanctions against GRU units");
  link(t, round1, exchange, LinkType::causes, "resulted in an agreement to exchange");
  link(t, round1, round2, LinkType::causes, "continue dialogue");
  link(t, strikes, round2, LinkType::causes, "just a day before");
  link(t, erdogan, round2, LinkType::reaction_to, "calling the outcome remarkable");
  link(t, trump, round2, LinkType::reaction_to, "Trump said");
  link(t, analyst, round2, LinkType::claim_about, "no breakthrough");
  link(t, round2, eu, LinkType::causes, "after the talks failed");
  return t;
}

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

inline std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Runs the real binary from the repository root with "args" (already shell-quoted).
inline RunResult run_binary(const std::string& args) {
  static int counter = 0;
  const auto dir = std::filesystem::temp_directory_path() / "chronograph-query-tests";
  std::filesystem::create_directories(dir);
  const std::string stem = std::to_string(::getpid()) + "-" + std::to_string(++counter);
  const auto out = dir / (stem + ".out"), err = dir / (stem + ".err");
  const std::string cmd = std::string("cd '") + CHRONOGRAPH_SOURCE_DIR + "' && '" +
                          CHRONOGRAPH_BINARY + "' " + args + " >'" + out.string() + "' 2>'" +
                          err.string() + "'";
  const int status = std::system(cmd.c_str());
  RunResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = slurp(out);
  r.err = slurp(err);
  std::filesystem::remove(out);
  std::filesystem::remove(err);
  return r;
}

// A fresh scratch directory for one test.
inline std::filesystem::path scratch_dir(const std::string& name) {
  const auto dir = std::filesystem::temp_directory_path() / "chronograph-query-tests" /
                   (name + "-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

inline void write_text(const std::filesystem::path& p, const std::string& text) {
  std::ofstream(p, std::ios::binary) << text;
}

}  // namespace chronograph::testing
