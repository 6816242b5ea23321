// Event and link overrides: resolution, field changes, links, merges and suppression.
#include "chronograph/overrides/apply.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "chronograph/base/source_error.hpp"
#include "chronograph/base/suggest.hpp"
#include "chronograph/graph/ids.hpp"
#include "chronograph/overrides/selector.hpp"

namespace chronograph::overrides {

namespace {

using graph::EventGraph;
using graph::EventNode;
using graph::Vertex;

class Applier {
 public:
  Applier(const Spec& spec, graph::Timeline& t) : spec_(spec), g_(t.graph) {
    // Current ids first, so that no event's former id can shadow another event's id.
    for (auto v : boost::make_iterator_range(boost::vertices(g_))) index_.emplace(g_[v].id, v);
    for (auto v : boost::make_iterator_range(boost::vertices(g_)))
      for (const auto& former : g_[v].former_ids) index_.emplace(former, v);
  }

  std::vector<std::string> run() {
    add_events();
    std::vector<std::vector<Vertex>> targets;
    for (const auto& rule : spec_.events) targets.push_back(resolve_rule(rule));
    for (std::size_t i = 0; i < spec_.events.size(); ++i) set_fields(spec_.events[i], targets[i]);
    for (const auto& l : spec_.links) apply_link(l);
    std::map<Vertex, Vertex> into;
    std::set<Vertex> suppressed;
    for (std::size_t i = 0; i < spec_.events.size(); ++i) {
      const EventRule& r = spec_.events[i];
      if (r.suppress) suppressed.insert(targets[i].begin(), targets[i].end());
      if (r.merge_into) {
        const Vertex dest = lookup(*r.merge_into, r.merge_pos);
        for (Vertex v : targets[i]) {
          if (auto it = into.find(v); it != into.end() && it->second != dest)
            fail(r.merge_pos, "'" + g_[v].id + "' is already merged into '" + g_[it->second].id +
                                  "' by line " + std::to_string(merge_line_[v]));
          into[v] = dest;
          merge_line_[v] = r.pos.line;
        }
      }
    }
    check_cycles(into);
    rebuild(into, suppressed);
    return warnings_;
  }

 private:
  [[noreturn]] void fail(const Pos& p, const std::string& message) const {
    throw base::InputError(spec_.path, p.line, p.column, message);
  }
  void warn(const Pos& p, const std::string& message) {
    warnings_.push_back(spec_.path + ":" + std::to_string(p.line) + ":" + std::to_string(p.column) +
                        ": warning: " + message);
  }
  void touch(Vertex v, const Pos& p) {
    std::string w = spec_.where(p);
    // A set per event keeps this constant-time when thousands of rules touch one event.
    if (touched_[v].insert(w).second) g_[v].overrides.push_back(std::move(w));
  }

  Vertex lookup(const std::string& id, const Pos& p) const {
    if (auto it = index_.find(id); it != index_.end()) return it->second;
    std::vector<std::string> ids;
    ids.reserve(index_.size());
    for (const auto& kv : index_) ids.push_back(kv.first);
    std::sort(ids.begin(), ids.end());  // deterministic tie-breaks in the suggestion
    fail(p, "unknown event id '" + id + "'" + base::did_you_mean(id, ids));
  }

  std::vector<Vertex> find(const Selector& s) const {
    if (s.id) return {lookup(*s.id, s.pos)};
    std::vector<Vertex> out;
    for (auto v : boost::make_iterator_range(boost::vertices(g_)))
      if (selects(s, g_[v])) out.push_back(v);
    return out;
  }

  std::string list_ids(const std::vector<Vertex>& vs) const {
    std::string out;
    for (std::size_t i = 0; i < vs.size() && i < 5; ++i) out += (i ? ", " : "") + g_[vs[i]].id;
    if (vs.size() > 5) out += ", ...";
    return out;
  }

  // A selector that picks nothing or (without all: true) several events is skipped with a
  // warning: after a re-run it may no longer mean what its author meant.
  std::vector<Vertex> resolve_one_or_warn(const Selector& s, bool all, const Pos& p,
                                          const std::string& what) {
    std::vector<Vertex> vs = find(s);
    if (vs.empty()) {
      warn(p, what + " matches no event (" + s.describe() + ")");
    } else if (vs.size() > 1 && !all) {
      warn(p, what + " matches " + std::to_string(vs.size()) + " events (" + list_ids(vs) +
                  "); narrow the match" + (what == "override" ? " or add 'all: true'" : ""));
      vs.clear();
    }
    return vs;
  }

  std::vector<Vertex> resolve_rule(const EventRule& r) {
    return resolve_one_or_warn(r.selector, r.all, r.pos, "override");
  }

  void add_events() {
    for (const auto& a : spec_.added) {
      EventNode n;
      n.kind = a.kind;
      n.type = a.type;
      n.label = a.label;
      n.date = a.date;
      n.actors = a.actors;
      n.places = a.places;
      n.speaker = a.speaker;
      n.id = a.id.empty() ? graph::make_event_id(n) : a.id;
      if (index_.count(n.id))
        fail(a.id.empty() ? a.pos : a.id_pos, "event id '" + n.id + "' already exists");
      if (a.id.empty()) n.former_ids.push_back(graph::make_former_event_id(n));
      n.date_steps.push_back({"override", "added by " + spec_.where(a.pos), std::nullopt});
      const std::string id = n.id;
      const std::vector<std::string> former = n.former_ids;
      const Vertex v = graph::add_event(g_, std::move(n));
      index_.emplace(id, v);
      for (const auto& f : former) index_.emplace(f, v);
      touch(v, a.pos);
    }
  }

  void set_fields(const EventRule& r, const std::vector<Vertex>& targets) {
    for (Vertex v : targets) {
      EventNode& n = g_[v];
      if (r.date) {
        n.date = *r.date;
        // The builder may have reasoned from this pin already and cited it.
        graph::DateStep step{
            "override", "date set to " + r.date->value + " by " + spec_.where(r.pos), std::nullopt};
        if (std::none_of(n.date_steps.begin(), n.date_steps.end(),
                         [&](const graph::DateStep& s) { return s.detail == step.detail; }))
          n.date_steps.push_back(std::move(step));
      }
      if (r.label) n.label = *r.label;
      if (r.type) n.type = *r.type;
      if (r.actors) n.actors = *r.actors;
      if (r.places) n.places = *r.places;
      touch(v, r.pos);
    }
  }

  void apply_link(const LinkRule& l) {
    const auto from = resolve_one_or_warn(l.from, false, l.from.pos, "link end 'from'");
    const auto to = resolve_one_or_warn(l.to, false, l.to.pos, "link end 'to'");
    if (from.size() != 1 || to.size() != 1) return;
    const Vertex a = from.front(), b = to.front();
    if (l.remove) {
      std::vector<graph::Edge> doomed;
      for (auto e : boost::make_iterator_range(boost::out_edges(a, g_)))
        if (boost::target(e, g_) == b && g_[e].type == l.type) doomed.push_back(e);
      if (doomed.empty()) {
        warn(l.pos, "no " + std::string(events::to_string(l.type)) + " link from '" + g_[a].id +
                        "' to '" + g_[b].id + "' to remove");
        return;
      }
      for (auto e : doomed) boost::remove_edge(e, g_);
    } else {
      if (a == b) fail(l.pos, "a link from '" + g_[a].id + "' to itself");
      graph::LinkEdge e;
      e.type = l.type;
      e.rule = "override " + spec_.where(l.pos);
      graph::add_link(g_, a, b, std::move(e));
    }
    touch(a, l.pos);
    touch(b, l.pos);
  }

  void check_cycles(const std::map<Vertex, Vertex>& into) const {
    // Each event's merge chain is walked once: events already known to end are not walked again.
    std::set<Vertex> ends;
    for (const auto& r : spec_.events) {
      if (!r.merge_into) continue;
      for (Vertex start : find_no_throw(r.selector)) {
        if (!into.count(start) || ends.count(start)) continue;
        std::vector<Vertex> path{start};
        std::set<Vertex> on_path{start};
        for (Vertex v = into.at(start);; v = into.at(v)) {
          if (ends.count(v)) break;
          const bool again = !on_path.insert(v).second;
          path.push_back(v);
          if (again) {
            std::string chain;
            for (Vertex p : path) chain += (chain.empty() ? "" : " -> ") + g_[p].id;
            fail(r.merge_pos, "merge cycle: " + chain);
          }
          if (!into.count(v)) break;
        }
        ends.insert(path.begin(), path.end());
      }
    }
  }
  std::vector<Vertex> find_no_throw(const Selector& s) const {
    if (s.id) {
      auto it = index_.find(*s.id);
      return it == index_.end() ? std::vector<Vertex>{} : std::vector<Vertex>{it->second};
    }
    return find(s);
  }

  static void add_unique(std::vector<std::string>& to, const std::vector<std::string>& from) {
    for (const auto& s : from)
      if (std::find(to.begin(), to.end(), s) == to.end()) to.push_back(s);
  }

  void rebuild(const std::map<Vertex, Vertex>& into, const std::set<Vertex>& suppressed) {
    if (into.empty() && suppressed.empty()) return;
    // Each chain is followed once; later lookups along it are answered from the memo.
    std::map<Vertex, Vertex> final_memo;
    auto final_of = [&](Vertex v) {
      std::vector<Vertex> walked;
      Vertex end = v;
      for (auto it = into.find(end); it != into.end(); it = into.find(end)) {
        if (auto m = final_memo.find(end); m != final_memo.end()) {
          end = m->second;
          break;
        }
        walked.push_back(end);
        end = it->second;
      }
      for (Vertex w : walked) final_memo[w] = end;
      return end;
    };
    // Fold merged events into their final target, in vertex order for determinism.
    for (const auto& [src, dst] : into) {
      const Vertex to = final_of(src);
      EventNode& d = g_[to];
      const EventNode& s = g_[src];
      d.mentions.insert(d.mentions.end(), s.mentions.begin(), s.mentions.end());
      add_unique(d.actors, s.actors);
      add_unique(d.places, s.places);
      add_unique(d.overrides, s.overrides);
      d.date_steps.push_back({"override",
                              "merged '" + s.id + "' into this event by " + spec_.path + ":" +
                                  std::to_string(merge_line_.at(src)),
                              std::nullopt});
      add_unique(d.overrides, {spec_.path + ":" + std::to_string(merge_line_.at(src))});
    }
    EventGraph out;
    std::vector<std::optional<Vertex>> new_of(boost::num_vertices(g_));
    for (auto v : boost::make_iterator_range(boost::vertices(g_)))
      if (!into.count(v) && !suppressed.count(v)) new_of[v] = boost::add_vertex(g_[v], out);
    struct Key {
      Vertex a, b;
      graph::LinkEdge e;
    };
    std::vector<Key> kept;
    // Kept links by their ends and type, so a redirected link finds its twins at once.
    std::multimap<std::tuple<Vertex, Vertex, graph::LinkType>, std::size_t> by_ends;
    for (auto e : boost::make_iterator_range(boost::edges(g_))) {
      const auto a = new_of[final_of(boost::source(e, g_))],
                 b = new_of[final_of(boost::target(e, g_))];
      if (!a || !b || *a == *b) continue;
      // Only redirected edges can duplicate one another.
      const bool moved = into.count(boost::source(e, g_)) || into.count(boost::target(e, g_));
      const auto key = std::make_tuple(*a, *b, g_[e].type);
      const auto [lo, hi] = by_ends.equal_range(key);
      const bool dup = moved && std::any_of(lo, hi, [&](const auto& k) {
                         return kept[k.second].e.evidence == g_[e].evidence;
                       });
      if (dup) continue;
      by_ends.emplace(key, kept.size());
      kept.push_back({*a, *b, g_[e]});
    }
    for (auto& k : kept) graph::add_link(out, k.a, k.b, std::move(k.e));
    graph::move_graph(g_, out);
  }

  const Spec& spec_;
  EventGraph& g_;
  std::unordered_map<std::string, Vertex> index_;
  std::map<Vertex, std::size_t> merge_line_;
  std::unordered_map<Vertex, std::unordered_set<std::string>> touched_;
  std::vector<std::string> warnings_;
};

}  // namespace

std::vector<std::string> apply_spec(const Spec& spec, graph::Timeline& timeline) {
  return Applier(spec, timeline).run();
}

}  // namespace chronograph::overrides
