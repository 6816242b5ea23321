// Graph assembly: per-document extraction, mention clustering into events, STN dating, links.
#include "chronograph/graph/builder.hpp"

#include <time.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <algorithm>
#include <array>
#include <atomic>
#include <cstdint>
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

std::string doc_position(const ingest::Document& doc, std::uint32_t line, std::uint32_t column) {
  return doc.id + ":" + std::to_string(line) + ":" + std::to_string(column);
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

// Returns the heap's free pages to the system. Clustering and solving leave tens of MB free in
// the middle of the heap; the vertices' storage comes from a fresh mapping and would not reuse
// them, so without this the peak counts them twice.
void give_back_free_memory() {
#if defined(__GLIBC__)
  malloc_trim(0);
#endif
}

// CPU time of the calling thread: what a stage costs, whatever else runs on the machine.
double thread_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

}  // namespace

Timeline build_timeline(std::vector<ingest::Document> documents, const events::Lexicon& lexicon,
                        const BuildOptions& options) {
  // Ids are shared with the evidence; each text is freed once its document is processed, the
  // evidence quoting only the parts it kept (DocWork::kept).
  const auto owner = std::make_shared<std::vector<ingest::Document>>(std::move(documents));
  const std::vector<ingest::Document>& docs = *owner;
  const temporal::Tagger tagger;
  const events::Extractor extractor(lexicon);
  DocWorks work(docs.size());
  // Kept offsets are 32-bit (DocWork), which halves what every mention costs.
  for (const auto& d : docs)
    if (d.text.size() > UINT32_MAX)
      throw base::InputError(d.path, 1, 1,
                             "document larger than 4 GiB; split it into smaller files");

  // 1. Per document, independently (in parallel when asked; results land by index, so the
  //    output does not depend on the thread count).
  BuildStats* stats = options.threads <= 1 ? options.stats : nullptr;
  double mark = thread_seconds();
  auto lap = [&](double BuildStats::*field) {
    if (!stats) return;
    const double now = thread_seconds();
    stats->*field += now - mark;
    mark = now;
  };
  auto process = [&](std::size_t i, base::TextArena& arena) {
    work[i] = std::make_unique<DocWork>();
    DocWork& w = *work[i];
    const ingest::Document& d = docs[i];
    w.doc = &d;
    w.id = base::SharedText(owner, d.id);
    const ingest::Layout layout = ingest::analyze_layout(d.text);
    lap(&BuildStats::layout);
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
    const std::vector<temporal::Timex> timexes = tagger.tag(d.text, topt);
    lap(&BuildStats::tagging);
    const events::Extraction extraction = extractor.extract(d, layout, timexes);
    // Only a compact copy outlives this document: holding every document's layout, time
    // expressions and mentions at once used to cost five times the input.
    if (layout.title_line >= 0) {
      const auto& l = layout.lines[static_cast<std::size_t>(layout.title_line)];
      w.title = d.text.substr(l.start, l.end - l.start);
    } else if (!layout.sentences.empty()) {
      // No headline line: the opening sentence stands in for it.
      const auto& s = layout.sentences.front();
      w.title = quote(std::string_view(d.text).substr(s.start, s.end - s.start), 120);
    }
    w.keep(d.text, layout, timexes, extraction, &arena);
    std::string().swap((*owner)[i].text);
    lap(&BuildStats::extraction);
  };
  const unsigned threads =
      std::max(1u, std::min<unsigned>(options.threads, static_cast<unsigned>(docs.size())));
  // Kept bytes go into one arena per worker (the bytes, not the output, depend on which).
  std::vector<base::TextArena> arenas(threads);
  if (threads <= 1) {
    for (std::size_t i = 0; i < docs.size(); ++i) process(i, arenas[0]);
  } else {
    std::atomic<std::size_t> next{0};
    std::vector<std::thread> pool;
    std::vector<std::exception_ptr> errors(threads);
    for (unsigned t = 0; t < threads; ++t)
      pool.emplace_back([&, t] {
        try {
          for (std::size_t i = next++; i < docs.size(); i = next++) process(i, arenas[t]);
        } catch (...) {
          errors[t] = std::current_exception();
        }
      });
    for (auto& th : pool) th.join();
    for (auto& e : errors)
      if (e) std::rethrow_exception(e);
    // The records outlive the workers' heaps' other contents: moved to this thread's heap,
    // the space they leave is returned, and the graph made later reuses what they free.
    for (auto& w : work) {
      w = std::make_unique<DocWork>(std::move(*w));
      w->rehome();
    }
    give_back_free_memory();
  }

  stats = options.stats;
  mark = thread_seconds();
  // 2. Mentions -> clusters (one per real event or statement).
  Clustering clusters = cluster_mentions(work);
  give_back_free_memory();
  lap(&BuildStats::clustering);

  // 3. Dates: one STN over documents and clusters. Each piece of evidence is recorded by where
  //    it comes from; its step (a sentence of explanation) is spelled only if a date uses it.
  const std::size_t D = work.size();
  const std::size_t C = clusters.members.size();
  TemporalNetwork stn(1 + D + C);
  auto doc_var = [](std::size_t d) { return 1 + d; };
  auto cluster_var = [&](std::size_t c) { return 1 + D + c; };
  enum class Source : std::uint8_t {
    fixed,
    header,
    publication,
    event_anchor,
    relative_day,
    dated,           // a stated date ("June 2", "2022")
    dated_heading,   // the date heading a headline list
    dated_relative,  // a date counted from the page's ("last month")
    since,
    tense,
    order,
    pinned  // a date fixed by hand (BuildOptions::pin_dates)
  };
  struct StepSource {
    Source source;
    std::uint32_t doc = 0;
    std::size_t index = 0;  // a mention of that document, or a cluster link for 'order'
  };
  std::vector<StepSource> sources;
  auto note = [&](std::size_t group, Source s, std::size_t doc, std::size_t index) {
    if (sources.size() <= group) sources.resize(group + 1, {Source::fixed});
    sources[group] = {s, static_cast<std::uint32_t>(doc), index};
  };
  // The offset a month or year counts for, in days, as a (lo, hi) range.
  auto shift_days = [](const temporal::Shift& off) {
    const long a = off.amount;
    switch (off.unit) {
      case temporal::Unit::day:
        return std::pair<long, long>{a, a};
      case temporal::Unit::week:
        return std::pair<long, long>{7 * a, 7 * a};
      case temporal::Unit::month:
        return std::pair<long, long>{a * (a < 0 ? 31 : 28), a * (a < 0 ? 28 : 31)};
      case temporal::Unit::year:
        return std::pair<long, long>{a * (a < 0 ? 366 : 365), a * (a < 0 ? 365 : 366)};
      default:
        return std::pair<long, long>{0, 0};
    }
  };
  auto anchor_shift = [](const DateFacts& t) {
    return t.anchor_offset.value_or(temporal::Shift{0, temporal::Unit::day});
  };
  auto is_heading = [](const DateFacts& t) { return t.reference == temporal::Reference::heading; };
  auto is_relative = [](const DateFacts& t) {
    return t.reference == temporal::Reference::dct && t.dct_shift.has_value();
  };
  for (std::size_t d = 0; d < D; ++d) {
    const DocWork& w = *work[d];
    if (w.fixed)
      note(stn.add_interval(doc_var(d), w.fixed->earliest, w.fixed->latest, strength::kOverride),
           Source::fixed, d, 0);
    else if (w.dct)
      note(stn.add_interval(doc_var(d), w.dct->day, w.dct->day, strength::kHeader), Source::header,
           d, 0);
  }
  for (std::size_t c = 0; c < C; ++c) {
    for (const MentionRef& r : clusters.members[c]) {
      const DocWork& w = *work[r.doc];
      const MentionFacts& m = w.mentions[r.index];
      const std::size_t x = cluster_var(c);
      const std::size_t R = doc_var(r.doc);
      if (m.kind == events::EventKind::claim) {
        note(stn.add_difference(x, R, std::nullopt, 0, strength::kPublication), Source::publication,
             r.doc, r.index);
        continue;
      }
      if (m.anchor_timex && m.anchor_mention) {
        const auto anchor = clusters.cluster_of(r.doc, *m.anchor_mention);
        if (anchor && *anchor != c) {
          const auto [lo, hi] = shift_days(anchor_shift(w.dates[*m.anchor_timex]));
          note(stn.add_difference(x, cluster_var(*anchor), lo, hi, strength::kEventAnchor),
               Source::event_anchor, r.doc, r.index);
        }
      }
      if (m.timex) {
        const DateFacts& t = w.dates[*m.timex];
        if (t.reference == temporal::Reference::dct && t.dct_shift &&
            t.dct_shift->unit == temporal::Unit::day && t.type != temporal::TimexType::duration) {
          const long a = t.dct_shift->amount;
          note(stn.add_difference(x, R, a, a, strength::kRelative), Source::relative_day, r.doc,
               r.index);
        } else if (t.earliest || t.latest) {
          // "June 2" names its day; only the year comes from the page's date. It is stated
          // evidence, unlike "last month".
          note(stn.add_interval(x, t.earliest, t.latest,
                                is_heading(t)    ? strength::kHeading
                                : is_relative(t) ? strength::kRelative
                                                 : strength::kExplicit),
               is_heading(t)    ? Source::dated_heading
               : is_relative(t) ? Source::dated_relative
                                : Source::dated,
               r.doc, r.index);
        }
      }
      if (m.since_timex && w.dates[*m.since_timex].earliest)
        note(stn.add_interval(x, w.dates[*m.since_timex].earliest, std::nullopt, strength::kSince),
             Source::since, r.doc, r.index);
      // Tense bounds: a past-tense report happened before publication; a future one after,
      // but only for a specific mention (a "the talks" attached by reference may speak of
      // what the talks will bring).
      if (!m.timex && !m.anchor_timex && !m.headline &&
          (m.tense < 0 || (m.tense > 0 && m.specific)))
        note(stn.add_difference(x, R, m.tense < 0 ? std::nullopt : std::optional<long>(0),
                                m.tense < 0 ? std::optional<long>(0) : std::nullopt,
                                strength::kTense),
             Source::tense, r.doc, r.index);
    }
  }
  // A reaction or claim follows the event it is about.
  for (std::size_t i = 0; i < clusters.links.size(); ++i) {
    const auto& l = clusters.links[i];
    if (l.type == LinkType::causes) continue;
    note(stn.add_difference(cluster_var(l.from), cluster_var(l.to), 0, std::nullopt,
                            strength::kOrder),
         Source::order, 0, i);
  }
  // Which cluster a mention is in was only needed to link anchored mentions.
  std::vector<std::vector<long>>().swap(clusters.cluster_index);
  TemporalNetwork::Solution sol = stn.solve();
  // Without pins to come the network is never solved again: free it now.
  if (!options.pin_dates) stn = TemporalNetwork(0);
  std::map<std::size_t, DatePin> pins;  // by cluster

  // The explanation of one piece of evidence, in words.
  auto spell_step = [&](std::size_t group) -> DateStep {
    const StepSource& s = sources[group];
    const DocWork& w = *work[s.doc];
    const ingest::Document& doc = *w.doc;
    auto at = [&](const auto& fact) { return doc_position(doc, fact.line, fact.column); };
    auto span = [&](std::size_t b, std::size_t e) { return quote(w.kept.view(b, e)); };
    if (s.source == Source::fixed)
      return {"override", doc.id + " published " + w.fixed->value + " (" + w.fixed_rule + ")",
              std::nullopt};
    if (s.source == Source::header)
      return {"header",
              doc.id + " is dated " + base::format_day(w.dct->day) + " by its header '" +
                  span(w.dct->start, w.dct->end) + "' (" + w.dct->rule + ")",
              w.evidence(w.dct->start, w.dct->end)};
    if (s.source == Source::pinned) {
      const DatePin& pin = pins.at(s.index);
      return {"override", "date set to " + pin.date.value + " by " + pin.source, std::nullopt};
    }
    if (s.source == Source::order) {
      const auto& l = clusters.links[s.index];
      return {"order", "a claim or reaction follows the event it speaks of", l.evidence};
    }
    const MentionFacts& m = w.mentions[s.index];
    switch (s.source) {
      case Source::publication:
        return {"publication", "said no later than " + doc.id + " was published",
                w.evidence(m.start, m.end)};
      case Source::event_anchor: {
        const DateFacts& t = w.dates[*m.anchor_timex];
        const temporal::Shift off = anchor_shift(t);
        const auto& am = w.mentions[*m.anchor_mention];
        return {"event-anchor",
                "'" + span(t.start, t.end) + "' at " + at(t) + ": " + std::to_string(off.amount) +
                    " " + std::string(temporal::to_string(off.unit)) + "(s) from '" +
                    span(am.start, am.end) + "'",
                w.evidence(t.start, t.end)};
      }
      case Source::relative_day: {
        const DateFacts& t = w.dates[*m.timex];
        return {"relative",
                "'" + span(t.start, t.end) + "' at " + at(t) + ": " +
                    std::to_string(t.dct_shift->amount) + " day(s) from the date of " + doc.id,
                w.evidence(t.start, t.end)};
      }
      case Source::dated:
      case Source::dated_heading:
      case Source::dated_relative: {
        const DateFacts& t = w.dates[*m.timex];
        const bool heading = is_heading(t);
        return {heading          ? "heading"
                : is_relative(t) ? "relative"
                                 : "explicit",
                "'" + span(t.start, t.end) + "' at " + at(t) +
                    (heading ? " under its date heading" : "") + " = " +
                    (t.value == 0 ? std::string("?") : std::string(w.str(t.value))),
                w.evidence(t.start, t.end)};
      }
      case Source::since: {
        const DateFacts& t = w.dates[*m.since_timex];
        return {"since", "after '" + span(t.start, t.end) + "' at " + at(t),
                w.evidence(t.start, t.end)};
      }
      case Source::tense:
        return {"tense",
                std::string(m.tense < 0 ? "told in the past tense: before "
                                        : "told as future: after ") +
                    doc.id + " was published (" + at(m) + ")",
                w.evidence(m.sentence_start, m.sentence_end)};
      default:
        return {};
    }
  };
  auto steps_of = [&](std::size_t var) {
    std::vector<DateStep> steps;
    steps.reserve(sol.groups[var].size());
    for (std::size_t g : sol.groups[var]) {
      steps.push_back(spell_step(g));
      steps.back().detail.shrink_to_fit();  // spelled by concatenation; kept for good
    }
    return steps;
  };

  // The rule name of a step, without spelling the step (nor reading any document's record,
  // which may be freed by then).
  auto rule_of = [&](std::size_t group) -> std::string_view {
    const StepSource& s = sources[group];
    switch (s.source) {
      case Source::fixed:
        return "override";
      case Source::header:
        return "header";
      case Source::publication:
        return "publication";
      case Source::event_anchor:
        return "event-anchor";
      case Source::relative_day:
        return "relative";
      case Source::dated:
        return "explicit";
      case Source::dated_heading:
        return "heading";
      case Source::dated_relative:
        return "relative";
      case Source::since:
        return "since";
      case Source::tense:
        return "tense";
      case Source::order:
        return "order";
      case Source::pinned:
        return "override";
    }
    return "";
  };
  auto date_from = [&](std::size_t var, bool is_doc, const std::vector<std::string>& values) {
    base::DateValue d;
    d.earliest = sol.earliest[var];
    d.latest = sol.latest[var];
    std::set<std::string_view> rules;
    for (std::size_t g : sol.groups[var]) rules.insert(rule_of(g));
    auto only = [&](std::initializer_list<std::string_view> allowed) {
      return std::all_of(rules.begin(), rules.end(), [&](std::string_view r) {
        return std::find(allowed.begin(), allowed.end(), r) != allowed.end();
      });
    };
    if (!d.known())
      d.basis = base::Basis::unknown;
    else if (rules.count("override") && sol.only_direct[var])
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
    info.id = work[d]->doc->id;
    info.path = work[d]->doc->path;
    info.title = std::move(work[d]->title);
    t.documents.push_back(std::move(info));
  }
  // Dates of documents and the conflicts met, from the current solution (again after pins).
  auto date_documents = [&] {
    for (std::size_t d = 0; d < D; ++d) {
      t.documents[d].published = date_from(doc_var(d), true, {});
      t.documents[d].date_steps = steps_of(doc_var(d));
    }
    t.diagnostics.clear();
    for (const auto& conflict : sol.conflicts) {
      const DateStep dropped = spell_step(conflict.dropped_group);
      const DateStep kept = spell_step(conflict.kept_group);
      const bool self = kept.detail == dropped.detail;
      t.diagnostics.push_back({"warning",
                               "conflicting date evidence: " + dropped.detail +
                                   (self ? " cannot hold together with the other evidence"
                                         : " contradicts " + kept.detail) +
                                   "; the weaker evidence was set aside",
                               dropped.evidence});
    }
  };
  date_documents();

  lap(&BuildStats::dating);
  // 4. Vertices.
  std::map<std::string, std::string> actor_kind;
  for (const auto& a : lexicon.actors) actor_kind[a.name] = a.kind;
  std::vector<Vertex> vertex(C);
  t.graph.m_vertices.reserve(C);  // exact: growing by doubling would hold two copies at once
  // The values a cluster's mentions state ("2025-05", "PAST_REF"), for date_from.
  auto values_of = [&](std::size_t c) {
    std::vector<std::string> values;
    for (const MentionRef& r : clusters.members[c]) {
      const DocWork& w = *work[r.doc];
      const MentionFacts& m = w.mentions[r.index];
      if (m.timex) values.emplace_back(w.str(w.dates[*m.timex].value));
    }
    return values;
  };
  // Without pins to come, a document's record is freed as soon as the last event that cites
  // it is made, so the records shrink while the graph grows: document d is done once no
  // cluster left to make has a mention in it (clusters come roughly in order of their first
  // document). The date steps, which may cite any document, are spelled before.
  const bool release_early = !options.pin_dates;
  std::vector<std::vector<DateStep>> cluster_steps(release_early ? C : 0);
  std::vector<base::DateValue> cluster_dates(release_early ? C : 0);
  for (std::size_t c = 0; c < cluster_steps.size(); ++c) {
    cluster_dates[c] = date_from(cluster_var(c), false, values_of(c));
    cluster_steps[c] = steps_of(cluster_var(c));
  }
  // With pins to come, each cluster's values are kept to date it again.
  std::vector<std::vector<std::string>> cluster_values(release_early ? 0 : C);
  if (release_early) {  // the solution and where its evidence came from are spelled out now
    sol = TemporalNetwork::Solution{};
    std::vector<StepSource>().swap(sources);
  }
  std::vector<std::size_t> first_doc_left(C + 1, D);  // smallest document of clusters c..
  for (std::size_t c = C; c-- > 0;)
    first_doc_left[c] = std::min(first_doc_left[c + 1], clusters.members[c].front().doc);
  std::size_t released = 0;  // documents before this one are freed
  for (std::size_t c = 0; c < C; ++c) {
    EventNode n;
    const auto& members = clusters.members[c];
    const MentionRef first = members.front();
    const DocWork& fw = *work[first.doc];
    const MentionFacts& fm = fw.mentions[first.index];
    n.kind = fm.kind;
    n.type = fw.str(fm.type);
    std::map<std::string, int> actor_count, place_count;
    int ordinal = 0;
    std::string name, headline;
    std::set<std::pair<std::string, std::size_t>> seen;
    for (const MentionRef& r : members) {
      const DocWork& w = *work[r.doc];
      const MentionFacts& m = w.mentions[r.index];
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
      if (seen.insert({w.doc->id, s}).second) n.mentions.push_back(w.evidence(s, e));
    }
    std::sort(n.mentions.begin(), n.mentions.end(),
              [](const base::Evidence& a, const base::Evidence& b) {
                return std::tie(a.doc, a.start) < std::tie(b.doc, b.start);
              });
    n.mentions.shrink_to_fit();  // a graph of a big corpus holds hundreds of thousands
    auto ranked = [](const std::map<std::string, int>& counts) {
      std::vector<std::pair<std::string, int>> v(counts.begin(), counts.end());
      std::stable_sort(v.begin(), v.end(),
                       [](const auto& a, const auto& b) { return a.second > b.second; });
      std::vector<std::string> out;
      out.reserve(v.size());
      for (const auto& [k, _] : v) out.push_back(k);
      return out;
    };
    n.actors = ranked(actor_count);
    if (n.actors.size() > 6) n.actors.resize(6);
    n.places = ranked(place_count);
    // Label.
    if (n.kind == events::EventKind::claim) {
      const auto& m = fm;
      const std::string_view text = fw.kept.view(m.start, m.end);
      n.label = n.speaker + (n.type == "reaction" ? " reacts: " : ": ") + claim_snippet(text);
    } else if (!headline.empty()) {
      n.label = quote(headline, 100);
    } else {
      std::string head = !name.empty() ? name : std::string(fw.str(fm.label));
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
    if (release_early) {
      n.date = std::move(cluster_dates[c]);
      n.date_steps = std::move(cluster_steps[c]);
      std::vector<MentionRef>().swap(clusters.members[c]);
      for (; released < first_doc_left[c + 1]; ++released) work[released].reset();
      // The vertices' storage is a fresh mapping that grows as it is written; what the
      // freed records held goes back to the system meanwhile, or the peak would count both.
      if (c % 16384 == 16383) give_back_free_memory();
    } else {
      cluster_values[c] = values_of(c);
      n.date = date_from(cluster_var(c), false, cluster_values[c]);
      n.date_steps = steps_of(cluster_var(c));
    }
    n.label.shrink_to_fit();
    vertex[c] = add_event(t.graph, std::move(n));
  }
  for (const auto& l : clusters.links) {
    LinkEdge e;
    e.type = l.type;
    e.evidence = l.evidence;
    e.rule = l.rule;
    add_link(t.graph, vertex[l.from], vertex[l.to], std::move(e));
  }
  lap(&BuildStats::vertices);
  // Once dates are spelled (and pinned), the per-document records, the clusters and the
  // network are not needed: free them before the ids and the reordering allocate.
  auto release = [&] {
    DocWorks().swap(work);
    clusters = Clustering{};
    stn = TemporalNetwork(0);
    sol = TemporalNetwork::Solution{};
    std::vector<StepSource>().swap(sources);
    std::vector<std::vector<std::string>>().swap(cluster_values);
    std::vector<std::vector<DateStep>>().swap(cluster_steps);
    std::vector<base::DateValue>().swap(cluster_dates);
    std::vector<std::size_t>().swap(first_doc_left);
    give_back_free_memory();  // ids and the reordering allocate large blocks of their own
  };
  if (!options.pin_dates) release();
  assign_ids(t.graph);
  // 5. Dates pinned by hand, now that events have the ids the pins name: the network is
  //    solved again with them as its strongest evidence, so that what is dated from a pinned
  //    event follows it. Ids stay as they are, so the pins keep naming the same events.
  if (options.pin_dates) {
    const auto by_id = options.pin_dates(t);
    for (std::size_t c = 0; c < C && !by_id.empty(); ++c) {
      const auto it = by_id.find(t.graph[vertex[c]].id);
      if (it == by_id.end() || !it->second.date.known()) continue;
      pins[c] = it->second;
      note(stn.add_interval(cluster_var(c), it->second.date.earliest, it->second.date.latest,
                            strength::kOverride),
           Source::pinned, 0, c);
    }
    if (!pins.empty()) {
      sol = stn.solve();
      date_documents();
      for (std::size_t c = 0; c < C; ++c) {
        EventNode& n = t.graph[vertex[c]];
        n.date = date_from(cluster_var(c), false, cluster_values[c]);
        n.date_steps = steps_of(cluster_var(c));
      }
    }
  }
  if (options.pin_dates) release();
  canonicalize(t);
  lap(&BuildStats::ids);
  return t;
}

}  // namespace chronograph::graph
