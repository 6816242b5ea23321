// Event ids come from what an event is: stable across input order, thread count and unrelated
// documents (library-level properties, then the real binary on the sample corpus).
#include <doctest/doctest.h>

#include <algorithm>
#include <map>

#include "chronograph/graph/ids.hpp"
#include "chronograph/graph/json_io.hpp"
#include "chronograph/graph/graph_reader.hpp"
#include "support.hpp"

namespace graph = chronograph::graph;
namespace ct = chronograph::testing;

namespace {

graph::EventNode talks() {
  graph::EventNode n;
  n.type = "talks";
  n.label = "Second round of talks between Russia and Ukraine in Istanbul";
  n.actors = {"Russia", "Ukraine"};
  n.places = {"Istanbul"};
  n.date = ct::day("2025-06-02");
  n.mentions.push_back({{"002_df9fc6c6dcb696bb", 10, 20, "the talks"}});
  return n;
}

// id -> "date label" of every event of a graph file.
std::map<std::string, std::string> events_of(const std::filesystem::path& json) {
  const auto t = graph::from_json(ct::slurp(json), json.string());
  std::map<std::string, std::string> out;
  for (auto v : boost::make_iterator_range(boost::vertices(t.graph)))
    out[t.graph[v].id] = t.graph[v].date.value + " " + t.graph[v].label;
  return out;
}

std::map<std::string, std::string> build(const std::string& name, const std::string& args) {
  const auto dir = ct::scratch_dir("ids-" + name);
  const auto r =
      ct::run_binary("build --no-overrides --format json -o '" + dir.string() + "' " + args);
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  return events_of(dir / "timeline.json");
}

std::string corpus_files(bool reversed) {
  std::vector<std::string> files;
  for (const auto& e :
       std::filesystem::directory_iterator(std::string(CHRONOGRAPH_SOURCE_DIR) + "/data/corpus"))
    files.push_back("data/corpus/" + e.path().filename().string());
  std::sort(files.begin(), files.end());
  if (reversed) std::reverse(files.begin(), files.end());
  std::string out;
  for (const auto& f : files) out += "'" + f + "' ";
  return out;
}

}  // namespace

TEST_CASE("ids: the id depends on what the event is, not on mentions or list order") {
  const auto base = graph::make_event_id(talks());
  CHECK(base.rfind("talks-istanbul-", 0) == 0);
  CHECK(base.size() == std::string("talks-istanbul-").size() + 4);
  auto n = talks();
  n.mentions.push_back({{"000_fcddff1057b4863f", 5, 9, "talks"}});  // another page cites it
  std::reverse(n.mentions.begin(), n.mentions.end());
  CHECK(graph::make_event_id(n) == base);
  n = talks();
  n.actors = {"ukraine", "Russia", "Recep Tayyip Erdoğan"};  // order, case, actors not in label
  CHECK(graph::make_event_id(n) == base);
  n = talks();
  n.places = {"istanbul"};
  CHECK(graph::make_event_id(n) == base);
  // What the event is does count.
  n = talks();
  n.date = ct::day("2025-06-03");
  CHECK(graph::make_event_id(n) != base);
  n = talks();
  n.label = "First round of talks between Russia and Ukraine in Istanbul";
  CHECK(graph::make_event_id(n) != base);
}

TEST_CASE("ids: an id states no date, and the former id with its date still names the event") {
  // An undated event later dated by an override, or a dated one moved, would otherwise carry
  // a date that is false ("talks-istanbul-undated-b5e8" for the talks of 16 May).
  auto n = talks();
  const std::string hash = graph::make_event_id(n).substr(std::string("talks-istanbul-").size());
  CHECK(graph::make_former_event_id(n) == "talks-istanbul-2025-06-02-" + hash);
  n.date = ct::until("2025-05-20");
  const auto id = graph::make_event_id(n);
  CHECK(id.find("undated") == std::string::npos);
  CHECK(id.find("2025") == std::string::npos);
  CHECK(graph::make_former_event_id(n) ==
        "talks-istanbul-undated-" + id.substr(std::string("talks-istanbul-").size()));

  graph::Timeline t;
  graph::add_event(t.graph, talks());
  graph::assign_ids(t.graph);
  const auto& node = t.graph[0];
  CHECK(node.id == "talks-istanbul-" + hash);
  CHECK(node.former_ids == std::vector<std::string>{"talks-istanbul-2025-06-02-" + hash});
  CHECK(graph::find_by_id(t.graph, "talks-istanbul-2025-06-02-" + hash) == graph::Vertex{0});
  CHECK(graph::answers_to(node, node.id));
  CHECK_FALSE(graph::answers_to(node, "talks-istanbul-2025-06-03-" + hash));
  // Both readers keep former ids.
  const std::string json = graph::to_json(t);
  CHECK(json.find("\"former_ids\": [\n        \"talks-istanbul-2025-06-02-" + hash +
                  "\"\n      ]\n    }") != std::string::npos);
  CHECK(graph::from_json(json, "g.json").graph[0].former_ids == node.former_ids);
  const auto fast = chronograph::graph::read_graph_fast(json);
  REQUIRE(fast);
  CHECK(fast->graph[0].former_ids == node.former_ids);
}

TEST_CASE("ids: look-alikes are told apart by their own first mention, in any vertex order") {
  auto make = [](bool reversed, bool with_newcomer) {
    graph::Timeline t;
    std::vector<graph::EventNode> nodes;
    for (const char* doc : {"b-doc", "c-doc"}) {
      graph::EventNode n;
      n.type = "talks";
      n.label = "Talks";
      n.mentions.push_back({{doc, 7, 12, "talks"}});
      nodes.push_back(n);
    }
    if (with_newcomer) {
      nodes.push_back(nodes.front());
      nodes.back().mentions = {{{"z-doc", 1, 6, "talks"}}};
    }
    if (reversed) std::reverse(nodes.begin(), nodes.end());
    for (auto& n : nodes) boost::add_vertex(n, t.graph);
    graph::assign_ids(t.graph);
    std::map<std::string, std::string> by_doc;
    for (auto v : boost::make_iterator_range(boost::vertices(t.graph)))
      by_doc[t.graph[v].mentions.front().doc.str()] = t.graph[v].id;
    return by_doc;
  };
  const auto a = make(false, false);
  CHECK(a == make(true, false));
  CHECK(a.at("b-doc") == graph::make_event_id([] {
          graph::EventNode n;
          n.type = "talks";
          n.label = "Talks";
          return n;
        }()));
  CHECK(a.at("c-doc").size() == a.at("b-doc").size() + 5);
  // A newcomer that sorts last renames nobody.
  const auto b = make(false, true);
  CHECK(b.at("b-doc") == a.at("b-doc"));
  CHECK(b.at("c-doc") == a.at("c-doc"));
}

TEST_CASE("ids binary: reordered inputs and thread counts give the same ids") {
  const auto sorted = build("sorted", corpus_files(false));
  const auto reversed = build("reversed", corpus_files(true));
  const auto threaded = build("threaded", "-j 2 data/corpus");
  if (sorted.empty()) MESSAGE("the sample corpus yields no events yet");
  CHECK(sorted == reversed);
  CHECK(sorted == threaded);
}

TEST_CASE("ids binary: adding or removing an unrelated document leaves existing ids alone") {
  const auto corpus = build("corpus", "data/corpus");
  const auto more = build("more", "data/corpus tests/fixtures/query/unrelated");
  const auto less = build("less", "data/corpus tests/fixtures/query/unrelated/harbour_strike.txt");
  for (const auto& entry : corpus) {
    const auto& [id, what] = entry;
    CAPTURE(entry.first);  // CAPTURE's lambda cannot name a binding in clang 14
    REQUIRE(more.count(id) == 1);
    CHECK(more.at(id) == what);
  }
  // Removing the earthquake page from the bigger build keeps every other id.
  for (const auto& entry : less) {
    const auto& [id, what] = entry;
    CAPTURE(entry.first);  // CAPTURE's lambda cannot name a binding in clang 14
    REQUIRE(more.count(id) == 1);
    CHECK(more.at(id) == what);
  }
  CHECK(more.size() >= corpus.size());
}

TEST_CASE("ids binary: overrides files and queries written with former ids keep working") {
  const auto dir = ct::scratch_dir("ids-former");
  const std::string ov = (dir / "ov.yaml").string();
  // Ids as the sample corpus gave them before ids stopped naming dates.
  ct::write_text(ov,
                 "events:\n"
                 "  - id: strike-2025-06-01-3a1c\n"
                 "    label: Operation Spiderweb\n"
                 "  - id: statement-valeriy-dymov-undated-fd79\n"
                 "    suppress: true\n");
  auto r = ct::run_binary("build --format json --overrides '" + ov + "' -o '" + dir.string() + "'");
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  CHECK(r.err.find("warning") == std::string::npos);
  const auto events = events_of(dir / "timeline.json");
  CHECK(events.at("strike-3a1c") == "2025-06-01 Operation Spiderweb");
  CHECK(events.count("statement-valeriy-dymov-fd79") == 0);
  const std::string graph = " --graph '" + (dir / "timeline.json").string() + "'";
  r = ct::run_binary("query explain talks-istanbul-undated-b5e8" + graph);
  CHECK(r.exit_code == 0);
  CHECK(r.out.rfind("talks-istanbul-b5e8  First round", 0) == 0);
  r = ct::run_binary("overrides check --syntax-only '" + ov + "'");
  CHECK(r.exit_code == 0);
}
