// The graph's vertices and edges: one event node per cluster, merged and labelled, and links.
#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "build_steps.hpp"
#include "chronograph/base/parallel.hpp"
#include "chronograph/graph/salience.hpp"

namespace chronograph::graph::detail {

namespace {

using ActorKinds = std::map<std::string, std::string>;  // actor name -> "person", "country", ...

constexpr std::array<std::string_view, 12> kOrdinalWords = {
    "First",   "Second", "Third", "Fourth", "Fifth",    "Sixth",
    "Seventh", "Eighth", "Ninth", "Tenth",  "Eleventh", "Twelfth"};

std::string ordinal_word(int n) {
  if (n >= 1 && n <= 12) return std::string(kOrdinalWords[static_cast<std::size_t>(n - 1)]);
  const int last = n % 10, tens = n % 100;
  const char* suffix = (tens >= 11 && tens <= 13) ? "th"
                       : last == 1                ? "st"
                       : last == 2                ? "nd"
                       : last == 3                ? "rd"
                                                  : "th";
  return std::to_string(n) + suffix;
}

// First words of a claim, without its quote marks and the comma that hands it to "X said".
std::string claim_snippet(std::string_view text) {
  std::size_t b = 0;
  while (b < text.size() && (text[b] == '"' || text[b] == ' ')) ++b;
  if (text.substr(b, 3) == "“") b += 3;
  for (bool trimmed = true; trimmed && text.size() > b;) {
    trimmed = text.ends_with("”") || text.back() == '"' || text.back() == ',';
    if (text.ends_with("”"))
      text.remove_suffix(3);
    else if (trimmed)
      text.remove_suffix(1);
  }
  std::size_t words = 0, e = b;
  while (e < text.size() && words < 10) {
    if (text[e] == ' ') ++words;
    ++e;
  }
  std::string s = quote(text.substr(b, e - b), 90);
  while (!s.empty() && (s.back() == ' ' || s.back() == ',')) s.pop_back();
  return s + (e < text.size() ? "…" : "");
}

// Names by how many mentions give them, most first (ties in name order).
std::vector<std::string> ranked(const std::map<std::string, int>& counts) {
  std::vector<std::pair<std::string, int>> v(counts.begin(), counts.end());
  std::stable_sort(v.begin(), v.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  std::vector<std::string> out;
  out.reserve(v.size());
  for (const auto& [k, _] : v) out.push_back(k);
  return out;
}

// Whether a speaker is plural: its head noun, before any "in"/"of" phrase, is a common noun in
// the plural ("European leaders", "Regulators in Brussels"), not a name ("Nimbus", "Reyes").
bool plural_speaker(std::string_view speaker) {
  std::vector<std::string_view> words;
  for (std::size_t b = 0; b < speaker.size();) {
    std::size_t e = speaker.find(' ', b);
    if (e == std::string_view::npos) e = speaker.size();
    words.push_back(speaker.substr(b, e - b));
    b = e + 1;
  }
  std::size_t head = 0;
  while (head + 1 < words.size() && words[head + 1] != "in" && words[head + 1] != "of" &&
         words[head + 1] != "at" && words[head + 1] != "from" && words[head + 1] != "for")
    ++head;
  if (words.empty() || words[head].size() < 3) return false;
  const std::string_view w = words[head];
  const bool plural_form = w.back() == 's' && w[w.size() - 2] != 's' && w[w.size() - 2] != 'u';
  const bool common = w[0] >= 'a' && w[0] <= 'z';
  return plural_form && (common || (head == 0 && head + 1 < words.size()));
}

// Whose account a link is: a speaker's only when every source tells it in that one's words.
std::string edge_claimant(const std::vector<LinkSource>& sources) {
  for (const auto& s : sources)
    if (s.claimed_by.empty()) return {};
  return sources.empty() ? std::string() : sources.front().claimed_by;
}

// A claim is labelled by its speaker and first words, an event from a headline by the
// headline, any other by its name or type, ordinal, parties and place ("Second round of talks
// between Russia and Ukraine in Istanbul").
std::string event_label(const EventNode& n, const DocWork& fw, const MentionFacts& fm, int ordinal,
                        const std::string& name, const std::string& headline,
                        const ActorKinds& actor_kind) {
  if (n.kind == events::EventKind::claim) {
    const std::string_view text = fw.kept.view(fm.start, fm.end);
    const char* verb = plural_speaker(n.speaker) ? " react: " : " reacts: ";
    return n.speaker + (n.type == "reaction" ? verb : ": ") + claim_snippet(text);
  }
  if (!headline.empty()) return quote(headline, 100);
  std::string head = !name.empty() ? name : std::string(fw.str(fm.label));
  // "First case identified" already says it: no "First First case identified".
  const std::string ordinal_text = ordinal ? ordinal_word(ordinal) : std::string();
  const bool said = !ordinal_text.empty() && head.size() >= ordinal_text.size() &&
                    std::equal(ordinal_text.begin(), ordinal_text.end(), head.begin(),
                               [](char a, char b) { return (a | 0x20) == (b | 0x20); }) &&
                    (head.size() == ordinal_text.size() || head[ordinal_text.size()] == ' ');
  if (ordinal && !said)
    head = ordinal_text + (n.type == "talks" && name.empty() ? " round of talks" : " " + head);
  std::string who;
  std::vector<std::string> countries;
  for (const auto& a : n.actors) {
    const auto kind = actor_kind.find(a);
    const bool person = kind != actor_kind.end() && kind->second == "person";
    if (countries.size() < 2 && !person) countries.push_back(a);
  }
  if (countries.size() == 2 && (n.type == "talks" || n.type == "agreement" ||
                                n.type == "exchange" || n.type == "ceasefire" || n.type == "war"))
    who = " between " + countries[0] + " and " + countries[1];
  else if (!countries.empty())
    who = " (" + countries[0] + ")";
  // A label made from its clause may already name them ("Camarines Sur orders evacuation",
  // "Ferreyra travels" for Tomás Ferreyra).
  if (!countries.empty()) {
    const std::string& a = countries[0];
    const auto space = a.rfind(' ');
    const std::string last = space == std::string::npos ? a : a.substr(space + 1);
    if (head.find(a) != std::string::npos ||
        (last.size() >= 4 &&
         (head.rfind(last + " ", 0) == 0 || head.find(" " + last + " ") != std::string::npos)))
      who.clear();
  }
  const bool place = !n.places.empty() && head.find(n.places.front()) == std::string::npos &&
                     who.find(n.places.front()) == std::string::npos;
  std::string label = head + who + (place ? " in " + n.places.front() : "");
  if (!label.empty() && label[0] >= 'a' && label[0] <= 'z')
    label[0] = static_cast<char>(label[0] - 32);
  return label;
}

// The event node of one cluster, undated: its mentions merged (one piece of evidence per
// sentence or claim), its most named actors and places, and its label.
EventNode event_node(const DocWorks& work, const std::vector<MentionRef>& members,
                     const ActorKinds& actor_kind, SalienceFacts& facts) {
  EventNode n;
  // The mention that names the event: one the lexicon typed if any (its label is the user's
  // word), the first in document-id order, not input order, so that labels (and the ids made
  // from them) do not depend on how the inputs were listed.
  MentionRef first = members.front();
  const auto rank = [&](const MentionRef& r) {
    const auto& w = *work[r.doc];
    return std::make_tuple(w.mentions[r.index].open_domain, std::string_view(w.doc->id),
                           w.mentions[r.index].start);
  };
  for (const MentionRef& r : members)
    if (rank(r) < rank(first)) first = r;
  const DocWork& fw = *work[first.doc];
  const MentionFacts& fm = fw.mentions[first.index];
  n.kind = fm.kind;
  n.type = fw.str(fm.type);
  std::map<std::string, int> actor_count, place_count;
  int ordinal = 0;
  std::string name, headline;
  std::set<std::pair<std::string, std::size_t>> seen;
  facts = SalienceFacts{};
  facts.claim = fm.kind == events::EventKind::claim;
  facts.fact = false;
  const MentionFacts* told = nullptr;  // the first mention telling it as a fact
  std::pair<std::string_view, std::uint32_t> told_key;
  std::size_t last_doc = SIZE_MAX;
  for (const MentionRef& r : members) {
    const DocWork& w = *work[r.doc];
    const MentionFacts& m = w.mentions[r.index];
    facts.title = facts.title || m.title;
    facts.headline = facts.headline || m.headline;
    facts.first_sentence = std::min(facts.first_sentence, m.sentence);
    facts.documents += r.doc != last_doc;
    last_doc = r.doc;
    ++facts.mentions;
    facts.lexicon_typed =
        facts.lexicon_typed || (!m.open_domain && m.kind == fm.kind && !facts.claim);
    if (m.fact()) {  // the first telling it as a fact, in document-id order
      const auto key = std::make_pair(std::string_view(w.doc->id), m.start);
      if (!told || key < told_key) told = &m, told_key = key;
    }
    for (StrId a : w.list(m.actors)) ++actor_count[std::string(w.str(a))];
    for (StrId p : w.list(m.places)) ++place_count[std::string(w.str(p))];
    if (m.ordinal && !ordinal) ordinal = m.ordinal;
    if (m.name && name.empty()) name = w.str(m.name);
    if (m.headline && headline.empty()) headline = w.kept.view(m.sentence_start, m.sentence_end);
    if (n.speaker.empty() && m.speaker) {
      n.speaker = w.str(m.speaker);
      n.speaker_role = w.str(m.speaker_role);
    }
    const std::size_t s = m.kind == events::EventKind::claim ? m.start : m.sentence_start;
    const std::size_t e = m.kind == events::EventKind::claim ? m.end : m.sentence_end;
    if (!seen.insert({w.doc->id, s}).second) continue;
    n.mentions.push_back(Mention{w.evidence(s, e)});
    if (m.kind != events::EventKind::claim && m.start >= s && m.end <= e) {
      n.mentions.back().trigger_start = m.start;
      n.mentions.back().trigger_end = m.end;
    }
  }
  std::sort(n.mentions.begin(), n.mentions.end(), [](const Mention& a, const Mention& b) {
    return std::tie(a.doc, a.start) < std::tie(b.doc, b.start);
  });
  n.mentions.shrink_to_fit();  // a graph of a big corpus holds hundreds of thousands
  n.actors = ranked(actor_count);
  if (n.actors.size() > 6) n.actors.resize(6);
  n.places = ranked(place_count);
  facts.fact = told != nullptr;
  const MentionFacts& head = told ? *told : fm;
  n.event_class = facts.claim ? events::EventClass::reporting : head.event_class;
  n.factuality = head.factuality;
  facts.event_class = n.event_class;
  facts.actors = !n.actors.empty();
  facts.places = !n.places.empty();
  n.label = event_label(n, fw, fm, ordinal, name, headline, actor_kind);
  return n;
}

// The values a cluster's mentions state ("2025-05", "PAST_REF"), for Dating::cluster_date.
std::vector<std::string> values_of(const DocWorks& work, const std::vector<MentionRef>& members) {
  std::vector<std::string> values;
  for (const MentionRef& r : members) {
    const DocWork& w = *work[r.doc];
    const MentionFacts& m = w.mentions[r.index];
    if (m.timex) values.emplace_back(w.str(w.dates[*m.timex].value));
  }
  return values;
}

// What `--events salient` keeps. Claims (who said what) and the lexicon's events (the domain
// the user named) are kept when told as facts; an event found by the detector alone needs the
// salience threshold and something that anchors it on a timeline: a date the text states, a
// title or headline, or a link (the extractor drops the others early, events/extractor.cpp).
bool salient_enough(const EventNode& n, const SalienceFacts& f, double min_salience) {
  if (n.kind == events::EventKind::claim) return true;
  if (f.linked) return true;
  if (!f.fact) return false;
  if (f.lexicon_typed) return true;
  // A date counted from another event the text dates ("two days after the vote") is stated too.
  const bool stated = n.date.basis == base::Basis::explicit_date ||
                      n.date.basis == base::Basis::relative ||
                      (!n.date_steps.empty() && n.date_steps.front().rule == "event-anchor");
  return n.salience >= min_salience && (stated || f.title || f.headline);
}

// The last publication day of the documents telling a cluster, none when one is undated or a
// headline of a dated list tells it (a feed's items are newer than the page's own date).
std::optional<date::sys_days> latest_published(const Timeline& t, const DocWorks& work,
                                               const std::vector<MentionRef>& members) {
  std::optional<date::sys_days> last;
  for (const MentionRef& r : members) {
    if (work[r.doc]->mentions[r.index].headline) return std::nullopt;
    const auto& day = t.documents[r.doc].published.latest;
    if (!day) return std::nullopt;
    if (!last || *day > *last) last = day;
  }
  return last;
}

}  // namespace

std::vector<Vertex> add_vertices(Timeline& t, DocWorks& work, Clustering& clusters, Dating& dating,
                                 const events::Lexicon& lexicon, const BuildOptions& options,
                                 bool release_early, ClusterDates& kept) {
  const std::size_t D = work.size();
  const std::size_t C = clusters.members.size();
  ActorKinds actor_kind;
  for (const auto& a : lexicon.actors) actor_kind[a.name] = a.kind;
  std::vector<Vertex> vertex(C);
  t.graph.m_vertices.reserve(C);  // exact: growing by doubling would hold two copies at once
  // Without pins to come, a document's record is freed as soon as the last event that cites
  // it is made, so the records shrink while the graph grows: document d is done once no
  // cluster left to make has a mention in it (clusters come roughly in order of their first
  // document). The date steps, which may cite any document, are spelled before.
  kept.steps = std::vector<std::vector<DateStep>>(release_early ? C : 0);
  kept.dates = std::vector<base::DateValue>(release_early ? C : 0);
  base::parallel_for(
      kept.steps.size(), options.threads, 512, [&](std::size_t from, std::size_t to, unsigned) {
        for (std::size_t c = from; c < to; ++c) {
          kept.dates[c] = dating.cluster_date(c, values_of(work, clusters.members[c]));
          kept.steps[c] = dating.cluster_steps(c);
        }
      });
  // With pins to come, each cluster's values are kept to date it again.
  kept.values = std::vector<std::vector<std::string>>(release_early ? 0 : C);
  if (release_early) dating.free_solution();  // every date is spelled out now
  kept.first_doc_left = std::vector<std::size_t>(C + 1, D);
  for (std::size_t c = C; c-- > 0;)
    kept.first_doc_left[c] = std::min(kept.first_doc_left[c + 1], clusters.members[c].front().doc);
  // Linked: an end of a cause, or what a reaction is to. Being what a claim is about does not
  // keep an event: a claim mentions much in passing.
  std::vector<bool> linked(C, false);
  for (const auto& l : clusters.links) {
    linked[l.to] = linked[l.to] || l.type != LinkType::claim_about;
    linked[l.from] = linked[l.from] || l.type == LinkType::causes;
  }
  const bool select = options.events == events::EventSelection::salient;
  std::size_t released = 0;  // documents before this one are freed
  // Nodes are made a block at a time, in parallel (each reads only the records), then dated,
  // selected and added in cluster order; a block's records are freed once it is added.
  constexpr std::size_t kBlock = 16384;
  std::vector<EventNode> nodes;
  std::vector<SalienceFacts> facts;
  for (std::size_t block = 0; block < C; block += kBlock) {
    const std::size_t end = std::min(C, block + kBlock);
    nodes.assign(end - block, EventNode{});
    facts.assign(end - block, SalienceFacts{});
    base::parallel_for(
        end - block, options.threads, 256, [&](std::size_t from, std::size_t to, unsigned) {
          for (std::size_t i = from; i < to; ++i)
            nodes[i] = event_node(work, clusters.members[block + i], actor_kind, facts[i]);
        });
    for (std::size_t c = block; c < end; ++c) {
      EventNode& n = nodes[c - block];
      SalienceFacts& f = facts[c - block];
      f.linked = linked[c];
      const auto published = latest_published(t, work, clusters.members[c]);
      if (release_early) {
        n.date = std::move(kept.dates[c]);
        n.date_steps = std::move(kept.steps[c]);
        std::vector<MentionRef>().swap(clusters.members[c]);
      } else {
        kept.values[c] = values_of(work, clusters.members[c]);
        n.date = dating.cluster_date(c, kept.values[c]);
        n.date_steps = dating.cluster_steps(c);
      }
      // "a summit scheduled for Friday": an event told as a fact but dated after every page
      // that tells it has not happened yet.
      if (n.factuality == events::Factuality::asserted && published && n.date.earliest &&
          *n.date.earliest > *published)
        n.factuality = events::Factuality::future;
      n.salience = salience(f, n.date);
      if (select && !salient_enough(n, f, options.min_salience)) {
        vertex[c] = boost::graph_traits<EventGraph>::null_vertex();
        continue;
      }
      n.label.shrink_to_fit();
      vertex[c] = add_event(t.graph, std::move(n));
    }
    if (release_early) {
      for (; released < kept.first_doc_left[end]; ++released) work[released].reset();
      // The vertices' storage is a fresh mapping that grows as it is written; what the
      // freed records held goes back to the system meanwhile, or the peak would count both.
      give_back_free_memory();
    }
  }
  return vertex;
}

void add_links(EventGraph& g, const std::vector<ClusterLink>& links,
               const std::vector<Vertex>& vertex) {
  const Vertex none = boost::graph_traits<EventGraph>::null_vertex();
  for (const auto& l : links) {
    if (vertex[l.from] == none || vertex[l.to] == none) continue;  // left out as not salient
    LinkEdge e;
    e.type = l.type;
    const LinkSource& first = l.sources.front();
    e.evidence = first.evidence;
    e.rule = first.rule;
    e.cue = first.cue;
    for (const auto& s : l.sources) e.confidence = std::max(e.confidence, s.confidence);
    e.claimed_by = edge_claimant(l.sources);
    e.sources = l.sources;
    add_link(g, vertex[l.from], vertex[l.to], std::move(e));
  }
}

}  // namespace chronograph::graph::detail
