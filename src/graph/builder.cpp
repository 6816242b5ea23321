// Graph assembly: per-document extraction, mention clustering into events, STN dating, links.
#include "chronograph/graph/builder.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <map>
#include <numeric>
#include <set>
#include <thread>

#include "chronograph/base/source_error.hpp"

#include "chronograph/graph/clustering.hpp"
#include "chronograph/graph/ids.hpp"
#include "chronograph/graph/temporal_network.hpp"
#include "chronograph/ingest/layout.hpp"
#include "chronograph/temporal/dct.hpp"
#include "chronograph/temporal/tagger.hpp"

namespace chronograph::graph {

namespace {

using events::EventMention;

std::string doc_position(const ingest::Document& doc, const base::LineIndex& lines,
                         std::size_t offset) {
  const auto pos = lines.at(offset);
  return doc.id + ":" + std::to_string(pos.line) + ":" + std::to_string(pos.column);
}

base::Evidence evidence_of(const ingest::Document& doc, std::size_t start, std::size_t end) {
  return base::Evidence{doc.id, start, end, doc.text.substr(start, end - start)};
}

std::string quote(std::string_view s, std::size_t max_bytes = 80) {
  std::string out(s.substr(0, std::min(max_bytes, s.size())));
  if (s.size() > max_bytes) {
    // do not cut inside a UTF-8 sequence
    while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) out.pop_back();
    if (!out.empty() && static_cast<unsigned char>(out.back()) >= 0xC0) out.pop_back();
    out += "…";
  }
  for (auto& c : out)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return out;
}

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

// First words of a claim, without its opening quote.
std::string claim_snippet(std::string_view text) {
  std::size_t b = 0;
  while (b < text.size() && (text[b] == '"' || text[b] == ' ')) ++b;
  if (text.substr(b, 3) == "“") b += 3;
  std::size_t words = 0, e = b;
  while (e < text.size() && words < 10) {
    if (text[e] == ' ') ++words;
    ++e;
  }
  std::string s = quote(text.substr(b, e - b), 90);
  while (!s.empty() && (s.back() == ' ' || s.back() == ',')) s.pop_back();
  return s + (e < text.size() ? "…" : "");
}

}  // namespace

Timeline build_timeline(const std::vector<ingest::Document>& docs, const events::Lexicon& lexicon,
                        const BuildOptions& options) {
  const temporal::Tagger tagger;
  const events::Extractor extractor(lexicon);
  std::vector<DocWork> work(docs.size());

  // 1. Per document, independently (in parallel when asked; results land by index, so the
  //    output does not depend on the thread count).
  auto process = [&](std::size_t i) {
    DocWork& w = work[i];
    const ingest::Document& d = docs[i];
    w.doc = &d;
    w.layout = ingest::analyze_layout(d.text);
    if (auto it = options.published_by_doc.find(d.id); it != options.published_by_doc.end()) {
      w.fixed = it->second;
      w.fixed_rule = "override";
    } else if (options.dct_for_all) {
      w.fixed = base::day_value(*options.dct_for_all, base::Basis::override_value);
      w.fixed_rule = "--dct";
    } else {
      w.dct = temporal::detect_dct(d.text, tagger);
    }
    temporal::TagOptions topt;
    if (w.fixed && w.fixed->exact())
      topt.dct = w.fixed->earliest;
    else if (w.dct)
      topt.dct = w.dct->day;
    w.timexes = tagger.tag(d.text, topt);
    w.extraction = extractor.extract(d, w.layout, w.timexes);
  };
  const unsigned threads =
      std::max(1u, std::min<unsigned>(options.threads, static_cast<unsigned>(docs.size())));
  if (threads <= 1) {
    for (std::size_t i = 0; i < docs.size(); ++i) process(i);
  } else {
    std::atomic<std::size_t> next{0};
    std::vector<std::thread> pool;
    std::vector<std::exception_ptr> errors(threads);
    for (unsigned t = 0; t < threads; ++t)
      pool.emplace_back([&, t] {
        try {
          for (std::size_t i = next++; i < docs.size(); i = next++) process(i);
        } catch (...) {
          errors[t] = std::current_exception();
        }
      });
    for (auto& th : pool) th.join();
    for (auto& e : errors)
      if (e) std::rethrow_exception(e);
  }

  // 2. Mentions -> clusters (one per real event or statement).
  const Clustering clusters = cluster_mentions(work);

  // 3. Dates: one STN over documents and clusters.
  const std::size_t D = work.size();
  const std::size_t C = clusters.members.size();
  TemporalNetwork stn(1 + D + C);
  auto doc_var = [](std::size_t d) { return 1 + d; };
  auto cluster_var = [&](std::size_t c) { return 1 + D + c; };
  for (std::size_t d = 0; d < D; ++d) {
    const DocWork& w = work[d];
    if (w.fixed) {
      stn.add_interval(
          doc_var(d), w.fixed->earliest, w.fixed->latest, strength::kOverride,
          {"override", w.doc->id + " published " + w.fixed->value + " (" + w.fixed_rule + ")",
           std::nullopt});
    } else if (w.dct) {
      stn.add_interval(
          doc_var(d), w.dct->day, w.dct->day, strength::kHeader,
          {"header",
           w.doc->id + " is dated " + base::format_day(w.dct->day) + " by its header '" +
               quote(
                   std::string_view(w.doc->text).substr(w.dct->start, w.dct->end - w.dct->start)) +
               "' (" + w.dct->rule + ")",
           evidence_of(*w.doc, w.dct->start, w.dct->end)});
    }
  }
  std::vector<base::LineIndex> line_index;
  line_index.reserve(D);
  for (const auto& w : work) line_index.emplace_back(w.doc->text);
  for (std::size_t c = 0; c < C; ++c) {
    for (const MentionRef& r : clusters.members[c]) {
      const DocWork& w = work[r.doc];
      const EventMention& m = w.extraction.mentions[r.index];
      const std::size_t x = cluster_var(c);
      const std::size_t R = doc_var(r.doc);
      const ingest::Document& doc = *w.doc;
      if (m.kind == events::EventKind::claim) {
        stn.add_difference(x, R, std::nullopt, 0, strength::kPublication,
                           {"publication", "said no later than " + doc.id + " was published",
                            evidence_of(doc, m.start, m.end)});
        continue;
      }
      if (m.anchor_timex && m.anchor_mention) {
        const temporal::Timex& t = w.timexes[*m.anchor_timex];
        const auto anchor = clusters.cluster_of(r.doc, *m.anchor_mention);
        if (anchor && *anchor != c) {
          const temporal::Shift off =
              t.anchor ? t.anchor->offset : temporal::Shift{0, temporal::Unit::day};
          const long a = off.amount;
          long lo = a, hi = a;
          switch (off.unit) {
            case temporal::Unit::day:
              break;
            case temporal::Unit::week:
              lo = hi = 7 * a;
              break;
            case temporal::Unit::month:
              lo = a * (a < 0 ? 31 : 28), hi = a * (a < 0 ? 28 : 31);
              break;
            case temporal::Unit::year:
              lo = a * (a < 0 ? 366 : 365), hi = a * (a < 0 ? 365 : 366);
              break;
            default:
              lo = hi = 0;
              break;
          }
          const auto& am = w.extraction.mentions[*m.anchor_mention];
          stn.add_difference(
              x, cluster_var(*anchor), lo, hi, strength::kEventAnchor,
              {"event-anchor",
               "'" + quote(std::string_view(doc.text).substr(t.start, t.end - t.start)) + "' at " +
                   doc_position(doc, line_index[r.doc], t.start) + ": " + std::to_string(a) + " " +
                   std::string(temporal::to_string(off.unit)) + "(s) from '" +
                   quote(std::string_view(doc.text).substr(am.start, am.end - am.start)) + "'",
               evidence_of(doc, t.start, t.end)});
        }
      }
      if (m.timex) {
        const temporal::Timex& t = w.timexes[*m.timex];
        const base::Evidence ev = evidence_of(doc, t.start, t.end);
        const std::string where = " at " + doc_position(doc, line_index[r.doc], t.start);
        const std::string said = "'" + quote(ev.text) + "'";
        if (t.reference == temporal::Reference::dct && t.dct_shift &&
            t.dct_shift->unit == temporal::Unit::day && t.type != temporal::TimexType::duration) {
          const long a = t.dct_shift->amount;
          stn.add_difference(
              x, R, a, a, strength::kRelative,
              {"relative",
               said + where + ": " + std::to_string(a) + " day(s) from the date of " + doc.id, ev});
        } else if (t.earliest || t.latest) {
          // "June 2" names its day; only the year comes from the page's date. It is stated
          // evidence, unlike "last month".
          const bool heading = t.reference == temporal::Reference::heading;
          const bool relative = t.reference == temporal::Reference::dct && t.dct_shift;
          stn.add_interval(x, t.earliest, t.latest,
                           heading    ? strength::kHeading
                           : relative ? strength::kRelative
                                      : strength::kExplicit,
                           {heading    ? "heading"
                            : relative ? "relative"
                                       : "explicit",
                            said + where + (heading ? " under its date heading" : "") + " = " +
                                (t.value.empty() ? std::string("?") : t.value),
                            ev});
        }
      }
      if (m.since_timex) {
        const temporal::Timex& t = w.timexes[*m.since_timex];
        if (t.earliest)
          stn.add_interval(
              x, t.earliest, std::nullopt, strength::kSince,
              {"since",
               "after '" + quote(std::string_view(doc.text).substr(t.start, t.end - t.start)) +
                   "' at " + doc_position(doc, line_index[r.doc], t.start),
               evidence_of(doc, t.start, t.end)});
      }
      // Tense bounds: a past-tense report happened before publication; a future one after,
      // but only for a specific mention (a "the talks" attached by reference may speak of
      // what the talks will bring).
      if (!m.timex && !m.anchor_timex && !m.headline &&
          (m.tense < 0 || (m.tense > 0 && m.specific))) {
        const std::string what =
            m.tense < 0 ? "told in the past tense: before " : "told as future: after ";
        stn.add_difference(x, R, m.tense < 0 ? std::nullopt : std::optional<long>(0),
                           m.tense < 0 ? std::optional<long>(0) : std::nullopt, strength::kTense,
                           {"tense",
                            what + doc.id + " was published (" +
                                doc_position(doc, line_index[r.doc], m.start) + ")",
                            evidence_of(doc, m.sentence_start, m.sentence_end)});
      }
    }
  }
  // A reaction or claim follows the event it is about.
  for (const auto& l : clusters.links) {
    if (l.type == LinkType::causes) continue;
    stn.add_difference(cluster_var(l.from), cluster_var(l.to), 0, std::nullopt, strength::kOrder,
                       {"order", "a claim or reaction follows the event it speaks of", l.evidence});
  }
  const TemporalNetwork::Solution sol = stn.solve();

  auto date_from = [&](std::size_t var, bool is_doc, const std::vector<std::string>& values) {
    base::DateValue d;
    d.earliest = sol.earliest[var];
    d.latest = sol.latest[var];
    std::set<std::string> rules;
    for (const auto& s : sol.steps[var]) rules.insert(s.rule);
    auto only = [&](std::initializer_list<const char*> allowed) {
      return std::all_of(rules.begin(), rules.end(), [&](const std::string& r) {
        return std::any_of(allowed.begin(), allowed.end(), [&](const char* a) { return r == a; });
      });
    };
    if (!d.known())
      d.basis = base::Basis::unknown;
    else if (rules.count("override"))
      d.basis = base::Basis::override_value;
    else if (is_doc && only({"header"}))
      d.basis = base::Basis::header;
    else if (!is_doc && only({"explicit", "heading"}))
      d.basis = base::Basis::explicit_date;
    else if (!is_doc && only({"relative", "header"}))
      d.basis = base::Basis::relative;
    else
      d.basis = base::Basis::inferred;
    if (d.exact()) {
      d.value = base::format_day(*d.earliest);
    } else if (d.earliest && d.latest) {
      const date::year_month_day a{*d.earliest}, b{*d.latest};
      const bool whole_month = a.day() == date::day{1} && a.year() == b.year() &&
                               a.month() == b.month() &&
                               b == date::year_month_day{a.year() / a.month() / date::last};
      const bool whole_year = a.month() == date::January && a.day() == date::day{1} &&
                              b.month() == date::December && b.day() == date::day{31} &&
                              a.year() == b.year();
      d.value = whole_month  ? base::format_day(*d.earliest).substr(0, 7)
                : whole_year ? base::format_day(*d.earliest).substr(0, 4)
                             : "XXXX-XX-XX";
      for (const auto& v :
           values)  // a coarser stated value ("2025-05", "PAST_REF") that still fits
        if (d.value == "XXXX-XX-XX" && !v.empty() && v.find('T') == std::string::npos) d.value = v;
    }
    return d;
  };

  Timeline t;
  for (std::size_t d = 0; d < D; ++d) {
    DocumentInfo info;
    info.id = work[d].doc->id;
    info.path = work[d].doc->path;
    const auto& layout = work[d].layout;
    if (layout.title_line >= 0) {
      const auto& l = layout.lines[static_cast<std::size_t>(layout.title_line)];
      info.title = work[d].doc->text.substr(l.start, l.end - l.start);
    } else if (!layout.sentences.empty()) {
      // No headline line: the opening sentence stands in for it.
      const auto& s = layout.sentences.front();
      info.title = quote(std::string_view(work[d].doc->text).substr(s.start, s.end - s.start), 120);
    }
    info.published = date_from(doc_var(d), true, {});
    info.date_steps = sol.steps[doc_var(d)];
    t.documents.push_back(std::move(info));
  }
  for (const auto& conflict : sol.conflicts) {
    const bool self = conflict.kept.detail == conflict.dropped.detail;
    t.diagnostics.push_back({"warning",
                             "conflicting date evidence: " + conflict.dropped.detail +
                                 (self ? " cannot hold together with the other evidence"
                                       : " contradicts " + conflict.kept.detail) +
                                 "; the weaker evidence was set aside",
                             conflict.dropped.evidence});
  }

  // 4. Vertices.
  std::map<std::string, std::string> actor_kind;
  for (const auto& a : lexicon.actors) actor_kind[a.name] = a.kind;
  std::vector<Vertex> vertex(C);
  for (std::size_t c = 0; c < C; ++c) {
    EventNode n;
    const auto& members = clusters.members[c];
    const MentionRef first = members.front();
    const EventMention& fm = work[first.doc].extraction.mentions[first.index];
    n.kind = fm.kind;
    n.type = fm.type;
    std::map<std::string, int> actor_count, place_count;
    std::vector<std::string> values;
    int ordinal = 0;
    std::string name, headline;
    std::set<std::pair<std::string, std::size_t>> seen;
    for (const MentionRef& r : members) {
      const DocWork& w = work[r.doc];
      const EventMention& m = w.extraction.mentions[r.index];
      for (const auto& a : m.actors) ++actor_count[a];
      for (const auto& p : m.places) ++place_count[p];
      if (m.ordinal && !ordinal) ordinal = m.ordinal;
      if (!m.name.empty() && name.empty()) name = m.name;
      if (m.headline && headline.empty())
        headline = w.doc->text.substr(m.sentence_start, m.sentence_end - m.sentence_start);
      if (m.timex) values.push_back(w.timexes[*m.timex].value);
      if (n.speaker.empty() && !m.speaker.empty()) {
        n.speaker = m.speaker;
        n.speaker_role = m.speaker_role;
      }
      const std::size_t s = m.kind == events::EventKind::claim ? m.start : m.sentence_start;
      const std::size_t e = m.kind == events::EventKind::claim ? m.end : m.sentence_end;
      if (seen.insert({w.doc->id, s}).second) n.mentions.push_back(evidence_of(*w.doc, s, e));
    }
    std::sort(n.mentions.begin(), n.mentions.end(),
              [](const base::Evidence& a, const base::Evidence& b) {
                return std::tie(a.doc, a.start) < std::tie(b.doc, b.start);
              });
    auto ranked = [](const std::map<std::string, int>& counts) {
      std::vector<std::pair<std::string, int>> v(counts.begin(), counts.end());
      std::stable_sort(v.begin(), v.end(),
                       [](const auto& a, const auto& b) { return a.second > b.second; });
      std::vector<std::string> out;
      for (const auto& [k, _] : v) out.push_back(k);
      return out;
    };
    n.actors = ranked(actor_count);
    if (n.actors.size() > 6) n.actors.resize(6);
    n.places = ranked(place_count);
    // Label.
    if (n.kind == events::EventKind::claim) {
      const auto& m = work[first.doc].extraction.mentions[first.index];
      const std::string_view text =
          std::string_view(work[first.doc].doc->text).substr(m.start, m.end - m.start);
      n.label = n.speaker + (n.type == "reaction" ? " reacts: " : ": ") + claim_snippet(text);
    } else if (!headline.empty()) {
      n.label = quote(headline, 100);
    } else {
      std::string head = !name.empty() ? name : fm.label;
      if (ordinal)
        head = ordinal_word(ordinal) +
               (n.type == "talks" && name.empty() ? " round of talks" : " " + head);
      std::string who;
      std::vector<std::string> countries;
      for (const auto& a : n.actors)
        if (countries.size() < 2 && actor_kind[a] != "person") countries.push_back(a);
      if (countries.size() == 2 &&
          (n.type == "talks" || n.type == "agreement" || n.type == "exchange" ||
           n.type == "ceasefire" || n.type == "war"))
        who = " between " + countries[0] + " and " + countries[1];
      else if (!countries.empty())
        who = " (" + countries[0] + ")";
      n.label = head + who + (n.places.empty() ? "" : " in " + n.places.front());
      if (!n.label.empty() && n.label[0] >= 'a' && n.label[0] <= 'z')
        n.label[0] = static_cast<char>(n.label[0] - 32);
    }
    n.date = date_from(cluster_var(c), false, values);
    n.date_steps = sol.steps[cluster_var(c)];
    vertex[c] = boost::add_vertex(std::move(n), t.graph);
  }
  for (const auto& l : clusters.links) {
    LinkEdge e;
    e.type = l.type;
    e.evidence = l.evidence;
    e.rule = l.rule;
    boost::add_edge(vertex[l.from], vertex[l.to], std::move(e), t.graph);
  }
  assign_ids(t.graph);
  canonicalize(t);
  return t;
}

}  // namespace chronograph::graph
