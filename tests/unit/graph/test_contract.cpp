// Checks the built sample graph against the chronograph/graph@1 contract.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <regex>
#include <set>

#include "../test_support.hpp"
#include "chronograph/base/atomic_file.hpp"
#include "chronograph/graph/json_io.hpp"
#include "chronograph/pipeline/build.hpp"

using namespace chronograph;
using Json = nlohmann::json;

namespace {

void check_date(const Json& d) {
  REQUIRE(d.is_object());
  CHECK(d["value"].is_string());
  for (const char* k : {"earliest", "latest"}) {
    REQUIRE(d.contains(k));
    if (!d[k].is_null()) {
      CHECK(d[k].is_string());
      CHECK(base::parse_day(d[k].get<std::string>()).has_value());
    }
  }
  if (!d["earliest"].is_null() && !d["latest"].is_null())
    CHECK(d["earliest"].get<std::string>() <= d["latest"].get<std::string>());
  static const std::set<std::string> bases = {"header",   "explicit", "relative",
                                              "inferred", "override", "unknown"};
  CHECK(bases.count(d["basis"].get<std::string>()) == 1);
  // TIMEX3 value shapes (tests only: not a hot path).
  static const std::regex value(
      R"(^(\d{4}(-\d{2}(-\d{2})?)?|XXXX-XX-XX|[A-Z_]+_REF|\d{3}X|\d{2}XX|\d{4}-(SP|SU|FA|WI|Q\d|W\d{2}))$)");
  CHECK_MESSAGE(std::regex_match(d["value"].get<std::string>(), value), d["value"]);
}

void check_span(const Json& e, const std::map<std::string, std::string>& texts) {
  const std::string doc = e["doc"].get<std::string>();
  REQUIRE(texts.count(doc) == 1);
  const auto start = e["start"].get<std::size_t>(), end = e["end"].get<std::size_t>();
  REQUIRE(start <= end);
  REQUIRE(end <= texts.at(doc).size());
  CHECK(texts.at(doc).substr(start, end - start) == e["text"].get<std::string>());
}

}  // namespace

TEST_CASE("graph: the sample corpus graph follows the graph@1 contract") {
  const auto root = test_support::source_dir();
  pipeline::BuildRequest req;
  req.inputs = {(root / "data/corpus").string()};
  req.no_overrides = true;
  const auto timeline = pipeline::build(req);
  const Json j = Json::parse(graph::to_json(timeline));
  CHECK(j["schema"] == "chronograph/graph@1");
  std::map<std::string, std::string> texts;
  for (const auto& d : j["documents"]) {
    CHECK(d["id"].is_string());
    CHECK(d["path"].is_string());
    CHECK(d["title"].is_string());
    check_date(d["published"]);
    texts[d["id"]] = base::read_file(d["path"].get<std::string>());
  }
  CHECK(texts.size() == 5);
  std::set<std::string> ids;
  REQUIRE(j["events"].size() > 0);
  for (const auto& e : j["events"]) {
    CHECK(ids.insert(e["id"].get<std::string>()).second);
    CHECK((e["kind"] == "event" || e["kind"] == "claim"));
    CHECK(e["type"].is_string());
    CHECK_FALSE(e["label"].get<std::string>().empty());
    check_date(e["date"]);
    CHECK(e["actors"].is_array());
    CHECK(e["places"].is_array());
    if (e["kind"] == "claim") CHECK_FALSE(e["speaker"].get<std::string>().empty());
    REQUIRE(e["mentions"].size() > 0);
    for (const auto& m : e["mentions"]) check_span(m, texts);
  }
  for (const auto& l : j["links"]) {
    CHECK(ids.count(l["from"].get<std::string>()) == 1);
    CHECK(ids.count(l["to"].get<std::string>()) == 1);
    CHECK((l["type"] == "causes" || l["type"] == "reaction_to" || l["type"] == "claim_about"));
    check_span(l["evidence"], texts);
  }
}
