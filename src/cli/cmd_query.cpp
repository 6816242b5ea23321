// The 'query' subcommand: events, causes, effects, chain and explain over a built graph.
#include <iostream>
#include <memory>

#include "chronograph/graph/filter.hpp"
#include "chronograph/query/causal.hpp"
#include "chronograph/query/chain.hpp"
#include "chronograph/query/events.hpp"
#include "chronograph/query/format.hpp"
#include "chronograph/query/graph_index.hpp"
#include "chronograph/graph/graph_reader.hpp"
#include "chronograph/query/pick.hpp"
#include "commands.hpp"

namespace chronograph::cli {

namespace {

struct Source {
  GraphSource graph;
  std::string format = "table";
};

void add_source_options(CLI::App* cmd, Source& s) {
  add_graph_source_options(cmd, s.graph);
  cmd->add_option("--format", s.format, "table (default) or json")
      ->check(CLI::IsMember({"table", "json"}));
}

graph::Timeline load(const Source& s) { return load_graph_source(s.graph); }

// Resolves EVENT or prints why not (with the candidates when ambiguous). An EVENT that names no
// single event is a usage error (exit 2), as an unknown --type is and as render --focus does.
std::optional<graph::Vertex> pick(const graph::Timeline& t, const query::GraphIndex& index,
                                  const std::string& words) {
  try {
    return query::pick_event(t, index, words);
  } catch (const query::PickError& e) {
    std::cerr << "chronograph: error: " << e.what() << "\n";
    if (!e.candidates().empty()) std::cerr << query::format_candidates(t, e.candidates());
    return std::nullopt;
  }
}

query::Format format_of(const Source& s) { return *query::format_from_string(s.format); }

void add_events(CLI::App* parent, Action& action) {
  struct Args {
    Source source;
    std::string from, to, text;
    graph::EventFilter filter;
  };
  auto a = std::make_shared<Args>();
  auto* cmd = parent->add_subcommand("events", "List events, filtered");
  add_source_options(cmd, a->source);
  add_event_filter_options(cmd, a->filter, a->from, a->to);
  cmd->add_option("--text", a->text, "Words that must all appear");
  cmd->callback([a, &action] {
    set_date_bounds(a->filter, a->from, a->to);
    a->filter.text = a->text;
    action = [a] {
      const auto t = load(a->source);
      graph::check_filter_values(t, a->filter);
      std::cout << query::format_events(t, query::list_events(t, a->filter), format_of(a->source));
      return 0;
    };
  });
}

void add_tree(CLI::App* parent, Action& action, const char* name, query::Direction dir) {
  struct Args {
    Source source;
    std::string event;
    std::size_t depth = query::kDefaultTreeDepth;
    std::size_t limit = query::kDefaultTreeLimit;
  };
  auto a = std::make_shared<Args>();
  auto* cmd = parent->add_subcommand(
      name, dir == query::Direction::backward
                ? "What led to EVENT, along causes and reaction_to links"
                : "What followed from EVENT, along causes and reaction_to links");
  cmd->add_option("event", a->event, "An event id, or words and/or a date that pick one")
      ->required();
  add_source_options(cmd, a->source);
  cmd->add_option("--max-depth,--depth", a->depth, "Follow at most N links from EVENT")
      ->capture_default_str();
  cmd->add_option("--limit", a->limit, "List at most N events")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  cmd->callback([a, &action, dir] {
    action = [a, dir] {
      const auto t = load(a->source);
      const query::GraphIndex index(t.graph);
      const auto v = pick(t, index, a->event);
      if (!v) return 2;
      std::cout << query::format_tree(t, query::causal_tree(t.graph, *v, dir, a->depth, a->limit),
                                      dir, format_of(a->source));
      return 0;
    };
  });
}

void add_chain(CLI::App* parent, Action& action) {
  struct Args {
    Source source;
    std::string from, to;
    std::size_t max = 5;
  };
  auto a = std::make_shared<Args>();
  auto* cmd = parent->add_subcommand("chain", "Causal paths from FROM to TO, shortest first");
  cmd->add_option("from", a->from, "The earlier event (id, or words and/or a date)")->required();
  cmd->add_option("to", a->to, "The later event")->required();
  add_source_options(cmd, a->source);
  cmd->add_option("--max", a->max, "At most N paths (default 5)");
  cmd->callback([a, &action] {
    action = [a] {
      const auto t = load(a->source);
      const query::GraphIndex index(t.graph);
      const auto from = pick(t, index, a->from);
      if (!from) return 2;
      const auto to = pick(t, index, a->to);
      if (!to) return 2;
      std::cout << query::format_chains(
          t, *from, *to, query::causal_chains(t.graph, *from, *to, a->max), format_of(a->source));
      return 0;
    };
  });
}

void add_explain(CLI::App* parent, Action& action) {
  struct Args {
    Source source;
    std::string event, other;
  };
  auto a = std::make_shared<Args>();
  auto* cmd = parent->add_subcommand(
      "explain",
      "Every mention of EVENT, how its date was reached, which overrides touched it; with TO, "
      "the links between EVENT and TO: cue, sentence, document, confidence, rule");
  cmd->add_option("event", a->event, "An event id, or words and/or a date that pick one")
      ->required();
  cmd->add_option("to", a->other, "A second event: explain the links between the two");
  add_source_options(cmd, a->source);
  cmd->callback([a, &action] {
    action = [a] {
      const auto t = load(a->source);
      const query::GraphIndex index(t.graph);
      const auto v = pick(t, index, a->event);
      if (!v) return 2;
      if (a->other.empty()) {
        std::cout << query::format_explain(t, *v, format_of(a->source));
        return 0;
      }
      const auto w = pick(t, index, a->other);
      if (!w) return 2;
      std::cout << query::format_explain_links(t, *v, *w, format_of(a->source));
      return 0;
    };
  });
}

}  // namespace

void add_query_command(CLI::App& app, Action& action) {
  auto* cmd = app.add_subcommand("query", "Ask the graph: events, causes, effects, chain, explain");
  cmd->require_subcommand(1);
  add_events(cmd, action);
  add_tree(cmd, action, "causes", query::Direction::backward);
  add_tree(cmd, action, "effects", query::Direction::forward);
  add_chain(cmd, action);
  add_explain(cmd, action);
}

}  // namespace chronograph::cli
