// Checks of the topic corpora (tests/corpora/<topic>/) against their hand-checked expectations:
// builds cached per topic, expected events found with their date, not-facts never drawn as
// dated facts. Shared by test_new_topics.cpp and test_unseen_second.cpp.
#pragma once
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "../test_support.hpp"
#include "chronograph/base/date_value.hpp"
#include "chronograph/pipeline/build.hpp"
#include "corpora.hpp"

namespace chronograph::testing::topics {

using namespace chronograph::graph;
using chronograph::testing::doc;

inline Timeline build_topic(const char* topic, events::EventSelection selection) {
  pipeline::BuildRequest req;
  req.inputs = {(test_support::source_dir() / "tests/corpora" / topic).string()};
  req.no_overrides = true;
  req.events = selection;
  return pipeline::build(req);
}

// One document built with every detected event kept.
inline Timeline build_document(const ingest::Document& doc) {
  graph::BuildOptions options;
  options.events = events::EventSelection::all;
  return graph::build_timeline({doc}, events::default_lexicon(), options);
}

struct Builds {
  Timeline salient, all;
};

inline const Builds& topic(const char* name) {
  static std::map<std::string, Builds> cache;
  auto it = cache.find(name);
  if (it == cache.end())
    it = cache
             .emplace(name, Builds{build_topic(name, events::EventSelection::salient),
                                   build_topic(name, events::EventSelection::all)})
             .first;
  return it->second;
}

// An event of the expectations: a trigger in the sentence of `doc` that contains `context`, one
// of the node types the tool may give it (its lemma, the WordNet event noun, a lexicon type),
// and its date: "YYYY-MM-DD", "YYYY-MM-DD..YYYY-MM-DD" or "undated".
struct Expected {
  const char* doc;
  const char* context;
  std::vector<std::string> types;
  const char* date;
};

inline bool mentioned_in(const EventNode& n, std::string_view doc, std::string_view context) {
  return std::any_of(n.mentions.begin(), n.mentions.end(), [&](const base::Evidence& m) {
    return m.doc.view() == doc && m.text.view().find(context) != std::string_view::npos;
  });
}

inline std::vector<const EventNode*> nodes_for(const Timeline& t, std::string_view doc,
                                               std::string_view context,
                                               const std::vector<std::string>& types) {
  std::vector<const EventNode*> out;
  for (auto v : boost::make_iterator_range(boost::vertices(t.graph))) {
    const EventNode& n = t.graph[v];
    if (n.kind == EventKind::event && mentioned_in(n, doc, context) &&
        std::find(types.begin(), types.end(), n.type) != types.end())
      out.push_back(&n);
  }
  return out;
}

inline std::string describe(const base::DateValue& d) {
  return d.value + " [" + (d.earliest ? base::format_day(*d.earliest) : "?") + ".." +
         (d.latest ? base::format_day(*d.latest) : "?") + "]";
}

inline bool has_date(const base::DateValue& d, std::string_view expected) {
  if (expected == "undated") return !d.earliest;
  const auto dots = expected.find("..");
  const auto first = base::parse_day(expected.substr(0, dots));
  const auto last =
      base::parse_day(dots == std::string_view::npos ? expected : expected.substr(dots + 2));
  REQUIRE(first);
  REQUIRE(last);
  return d.earliest == first && d.latest == last;
}

// The expected event is found, told as a fact, with the expected date.
inline void check_found(const Timeline& t, const Expected& e) {
  CAPTURE(e.doc);
  CAPTURE(e.context);
  CAPTURE(e.types.front());
  const auto found = nodes_for(t, e.doc, e.context, e.types);
  REQUIRE_MESSAGE(!found.empty(), "no event");
  std::string dates;
  bool ok = false;
  for (const EventNode* n : found) {
    dates += n->type + " " + describe(n->date) + " " + std::string(to_string(n->factuality)) + "; ";
    ok = ok || (n->factuality == events::Factuality::asserted && has_date(n->date, e.date));
  }
  CHECK_MESSAGE(ok, "expected " << std::string(e.date) << ", got " << dates);
}

// A not-fact of the expectations: its trigger, in the sentence containing `context`, is never an
// event node told as a fact with a date.
struct NotFact {
  const char* doc;
  const char* context;
  std::vector<std::string> types;
};

inline void check_not_fact(const Timeline& t, const NotFact& f) {
  CAPTURE(f.doc);
  CAPTURE(f.context);
  for (const EventNode* n : nodes_for(t, f.doc, f.context, f.types)) {
    CAPTURE(n->id);
    const bool drawn_as_fact =
        n->factuality == events::Factuality::asserted && n->date.earliest.has_value();
    CHECK_FALSE_MESSAGE(drawn_as_fact, n->type << " drawn as a fact on " << describe(n->date));
  }
}

// Every sentence context of the table is really in its file (a typo would make a not-fact
// check pass vacuously).
inline void check_contexts_exist(const char* topic_name, const std::vector<Expected>& events,
                                 const std::vector<NotFact>& not_facts) {
  const auto dir = test_support::source_dir() / "tests/corpora" / topic_name;
  const auto text_of = [&](const char* doc) {
    std::string s = test_support::slurp(dir / (std::string(doc) + ".txt"));
    std::replace(s.begin(), s.end(), '\n', ' ');
    return s;
  };
  for (const auto& e : events)
    CHECK_MESSAGE(text_of(e.doc).find(e.context) != std::string::npos, e.context);
  for (const auto& f : not_facts)
    CHECK_MESSAGE(text_of(f.doc).find(f.context) != std::string::npos, f.context);
}

// No event of the graph is placed in [first, last] (a time expression that must date nothing).
inline void check_nothing_dated(const Timeline& t, const char* first, const char* last) {
  const auto a = base::parse_day(first), b = base::parse_day(last);
  for (auto v : boost::make_iterator_range(boost::vertices(t.graph))) {
    const EventNode& n = t.graph[v];
    if (n.kind != EventKind::event || !n.date.earliest || !n.date.latest) continue;
    const bool inside = *n.date.earliest >= *a && *n.date.latest <= *b;
    CHECK_FALSE_MESSAGE(inside, n.id << " dated " << describe(n.date));
  }
}

// Stories on different topics: no event joins mentions of two documents.
inline void check_no_event_across_documents(const Timeline& t) {
  for (const auto v : boost::make_iterator_range(boost::vertices(t.graph))) {
    const auto& n = t.graph[v];
    for (const auto& m : n.mentions) CHECK_MESSAGE(m.doc == n.mentions.front().doc, n.id);
  }
}

inline void check_published(const Timeline& t, std::string_view id, const char* day) {
  CAPTURE(id);
  CHECK(doc(t, id).published.value == day);
  CHECK(doc(t, id).published.basis == base::Basis::header);
}

}  // namespace chronograph::testing::topics
