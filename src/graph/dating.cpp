// Dating: evidence from documents and clusters in one STN, and dates and steps spelled from it.
#include "dating.hpp"

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <set>
#include <utility>

#include "build_steps.hpp"
#include "chronograph/temporal/timex.hpp"

namespace chronograph::graph::detail {

namespace {

std::string doc_position(const ingest::Document& doc, std::uint32_t line, std::uint32_t column) {
  return doc.id + ":" + std::to_string(line) + ":" + std::to_string(column);
}

// The offset a month or year counts for, in days, as a (lo, hi) range.
std::pair<long, long> shift_days(const temporal::Shift& off) {
  const long a = off.amount;
  switch (off.unit) {
    case temporal::Unit::day:
      return std::pair<long, long>{a, a};
    case temporal::Unit::week:
      // "five weeks after the trial opened": a count of weeks is said to the nearest week.
      if (a >= 2 || a <= -2) return std::pair<long, long>{7 * a - 3, 7 * a + 3};
      return std::pair<long, long>{7 * a, 7 * a};
    case temporal::Unit::month:
      return std::pair<long, long>{a * (a < 0 ? 31 : 28), a * (a < 0 ? 28 : 31)};
    case temporal::Unit::year:
      return std::pair<long, long>{a * (a < 0 ? 366 : 365), a * (a < 0 ? 365 : 366)};
    default:
      return std::pair<long, long>{0, 0};
  }
}

// "'June 2' at doc:3:14": a time expression as a date step cites it.
std::string cite(const DocWork& w, const DateFacts& t) {
  std::string s = "'";  // appended to: "'" + std::string&& makes GCC 12 warn (-Wrestrict)
  s += quote(w.kept.view(t.start, t.end));
  s += "' at ";
  s += doc_position(*w.doc, t.line, t.column);
  return s;
}

temporal::Shift anchor_shift(const DateFacts& t) {
  return t.anchor_offset.value_or(temporal::Shift{0, temporal::Unit::day});
}
bool is_heading(const DateFacts& t) { return t.reference == temporal::Reference::heading; }
bool is_relative(const DateFacts& t) {
  return t.reference == temporal::Reference::dct && t.dct_shift.has_value();
}

}  // namespace

Dating::Dating(const DocWorks& work, const Clustering& clusters)
    : work_(work),
      clusters_(clusters),
      docs_(work.size()),
      stn_(1 + work.size() + clusters.members.size()) {}

void Dating::note(std::size_t group, Source s, std::size_t doc, std::size_t index) {
  if (sources_.size() <= group) sources_.resize(group + 1, {Source::fixed});
  sources_[group] = {s, static_cast<std::uint32_t>(doc), index};
}

void Dating::add_evidence() {
  for (std::size_t d = 0; d < docs_; ++d) {
    const DocWork& w = *work_[d];
    if (w.fixed)
      note(stn_.add_interval(doc_var(d), w.fixed->earliest, w.fixed->latest, strength::kOverride),
           Source::fixed, d, 0);
    else if (w.dct)
      note(stn_.add_interval(doc_var(d), w.dct->day, w.dct->day, strength::kHeader), Source::header,
           d, 0);
  }
  for (std::size_t c = 0; c < clusters_.members.size(); ++c)
    for (const MentionRef& r : clusters_.members[c]) add_mention_evidence(c, r);
  // A reaction or claim follows the event it is about, when that event is told as one that
  // happened: words about a recall that "will" come, or a planned strike, come before it.
  for (std::size_t i = 0; i < clusters_.links.size(); ++i) {
    const auto& l = clusters_.links[i];
    if (l.type == LinkType::causes || !told_as_happened(l.to) || !told_as_happened_by(l)) continue;
    note(stn_.add_difference(cluster_var(l.from), cluster_var(l.to), 0, std::nullopt,
                             strength::kOrder),
         Source::order, 0, i);
  }
}

// Whether the words that link a claim to an event tell that event as one that happened: "said
// it would appoint a mediator if talks stalled" speaks of talks that may come, whatever other
// pages tell of talks held. A sentence naming no mention of the event leaves it to the cluster.
bool Dating::told_as_happened_by(const ClusterLink& l) const {
  bool named = false;
  for (const MentionRef& r : clusters_.members[l.to]) {
    const DocWork& w = *work_[r.doc];
    const MentionFacts& m = w.mentions[r.index];
    for (const LinkSource& s : l.sources) {
      if (s.evidence.doc.view() != w.doc->id || m.start < s.evidence.start ||
          m.end > s.evidence.end)
        continue;
      if (m.factuality == events::Factuality::asserted) return true;
      named = true;
    }
  }
  return !named;
}

bool Dating::told_as_happened(std::size_t c) const {
  for (const MentionRef& r : clusters_.members[c])
    if (work_[r.doc]->mentions[r.index].factuality == events::Factuality::asserted) return true;
  return false;
}

void Dating::add_mention_evidence(std::size_t c, const MentionRef& r) {
  const DocWork& w = *work_[r.doc];
  const MentionFacts& m = w.mentions[r.index];
  const std::size_t x = cluster_var(c);
  const std::size_t R = doc_var(r.doc);
  if (m.kind == events::EventKind::claim) {
    note(stn_.add_difference(x, R, std::nullopt, 0, strength::kPublication), Source::publication,
         r.doc, r.index);
    // "..., the company said on Friday": the time of the speech verb (never one inside the
    // words; the extractor sees to that).
    if (m.timex) add_timex_evidence(c, r);
    return;
  }
  // A negated, hypothetical, modal or intended mention says nothing of when its event was.
  if (!m.fact()) return;
  // The news of the day: the dating model placed it on the publication day.
  if (m.dct_dated && !m.timex && !m.anchor_timex)
    note(stn_.add_difference(x, R, 0, 0, strength::kNews), Source::news, r.doc, r.index);
  if (m.anchor_timex && m.anchor_mention) {
    const auto anchor = clusters_.cluster_of(r.doc, *m.anchor_mention);
    if (anchor && *anchor != c) {
      const auto [lo, hi] = shift_days(anchor_shift(w.dates[*m.anchor_timex]));
      note(stn_.add_difference(x, cluster_var(*anchor), lo, hi, strength::kEventAnchor),
           Source::event_anchor, r.doc, r.index);
    }
  }
  if (m.timex) add_timex_evidence(c, r);
  if (m.since_timex && w.dates[*m.since_timex].earliest)
    note(stn_.add_interval(x, w.dates[*m.since_timex].earliest, std::nullopt, strength::kSince),
         Source::since, r.doc, r.index);
  // Tense bounds: a past-tense report happened before publication; a future one after,
  // but only for a specific mention (a "the talks" attached by reference may speak of
  // what the talks will bring).
  // An anchored past event keeps its bound too: "five weeks after X" is a week's range.
  if (!m.timex && !m.headline && (m.tense < 0 || (m.tense > 0 && m.specific && !m.anchor_timex)))
    note(stn_.add_difference(x, R, m.tense < 0 ? std::nullopt : std::optional<long>(0),
                             m.tense < 0 ? std::optional<long>(0) : std::nullopt, strength::kTense),
         Source::tense, r.doc, r.index);
}

// The time expression that dates a mention: a day counted from the page's date, a month or day
// whose year is still to come (see add_yearless_evidence), or the interval it names.
void Dating::add_timex_evidence(std::size_t c, const MentionRef& r) {
  const DocWork& w = *work_[r.doc];
  const MentionFacts& m = w.mentions[r.index];
  const std::size_t x = cluster_var(c);
  const std::size_t R = doc_var(r.doc);
  const DateFacts& t = w.dates[*m.timex];
  if (t.reference == temporal::Reference::dct && t.dct_shift &&
      t.dct_shift->unit == temporal::Unit::day && t.type != temporal::TimexType::duration) {
    const long a = t.dct_shift->amount;
    note(stn_.add_difference(x, R, a, a, strength::kRelative), Source::relative_day, r.doc,
         r.index);
  } else if (!t.earliest && !t.latest && t.reference == temporal::Reference::dct &&
             w.str(t.value).starts_with("XXXX-") && w.str(t.value).size() >= 7) {
    yearless_.emplace_back(c, r);  // "in May" on a page of unknown date: see below
  } else if (t.earliest || t.latest) {
    // "June 2" names its day; only the year comes from the page's date. It is stated
    // evidence, unlike "last month".
    note(stn_.add_interval(x, t.earliest, t.latest,
                           is_heading(t)    ? strength::kHeading
                           : is_relative(t) ? strength::kRelative
                                            : strength::kExplicit),
         is_heading(t)    ? Source::dated_heading
         : is_relative(t) ? Source::dated_relative
                          : Source::dated,
         r.doc, r.index);
  }
}

void Dating::pin(std::size_t cluster, const DatePin& pin) {
  pins_[cluster] = pin;
  note(stn_.add_interval(cluster_var(cluster), pin.date.earliest, pin.date.latest,
                         strength::kOverride),
       Source::pinned, 0, cluster);
}

void Dating::solve(unsigned threads) { sol_ = stn_.solve(threads); }

bool Dating::add_yearless_evidence() {
  bool added = false;
  for (const auto& [c, r] : yearless_) {
    const DocWork& w = *work_[r.doc];
    const MentionFacts& m = w.mentions[r.index];
    const std::size_t R = doc_var(r.doc);
    if (!sol_.earliest[R] || sol_.earliest[R] != sol_.latest[R]) continue;
    const date::year_month_day page{*sol_.earliest[R]};
    const std::string_view v = w.str(w.dates[*m.timex].value);  // "XXXX-05", "XXXX-06-02"
    const int month = std::atoi(std::string(v.substr(5, 2)).c_str());
    const int day = v.size() >= 10 ? std::atoi(std::string(v.substr(8, 2)).c_str()) : 0;
    if (month < 1 || month > 12) continue;
    auto place = [&](date::year y) {
      const date::year_month ym = y / date::month{static_cast<unsigned>(month)};
      const date::sys_days first =
          day ? date::sys_days{ym / date::day{static_cast<unsigned>(day)}} : date::sys_days{ym / 1};
      const date::sys_days last = day ? first : date::sys_days{ym / date::last};
      return std::make_pair(first, last);
    };
    auto days = place(page.year());
    // A past event named by a month or day after the page's own lies in the year before.
    if (m.tense < 0 && days.first > *sol_.earliest[R]) days = place(page.year() - date::years{1});
    if (!date::year_month_day{days.first}.ok()) continue;
    const std::size_t group =
        stn_.add_interval(cluster_var(c), days.first, days.second, strength::kRelative);
    note(group, Source::yearless, r.doc, r.index);
    yearless_days_[{r.doc, r.index}] = days;
    added = true;
  }
  yearless_.clear();
  return added;
}

void Dating::free_network() { stn_ = TemporalNetwork(0); }

void Dating::free_solution() {
  sol_ = TemporalNetwork::Solution{};
  std::vector<StepSource>().swap(sources_);
}

void Dating::release() {
  free_network();
  free_solution();
}

// The explanation of one piece of evidence, in words.
DateStep Dating::spell_step(std::size_t group) const {
  const StepSource& s = sources_[group];
  const DocWork& w = *work_[s.doc];
  const ingest::Document& doc = *w.doc;
  if (s.source == Source::fixed)
    return {"override", doc.id + " published " + w.fixed->value + " (" + w.fixed_rule + ")",
            std::nullopt};
  if (s.source == Source::header)
    return {"header",
            doc.id + " is dated " + base::format_day(w.dct->day) + " by its header '" +
                quote(w.kept.view(w.dct->start, w.dct->end)) + "' (" + w.dct->rule + ")",
            w.evidence(w.dct->start, w.dct->end)};
  if (s.source == Source::pinned) {
    const DatePin& pin = pins_.at(s.index);
    return {"override", "date set to " + pin.date.value + " by " + pin.source, std::nullopt};
  }
  if (s.source == Source::order) {
    const auto& l = clusters_.links[s.index];
    return {"order", "a claim or reaction follows the event it speaks of", l.evidence()};
  }
  return spell_mention_step(s);
}

// The explanation of a piece of evidence that a mention gives.
DateStep Dating::spell_mention_step(const StepSource& s) const {
  const DocWork& w = *work_[s.doc];
  const ingest::Document& doc = *w.doc;
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
              cite(w, t) + ": " + std::to_string(off.amount) + " " +
                  std::string(temporal::to_string(off.unit)) + "(s) from '" +
                  quote(w.kept.view(am.start, am.end)) + "'",
              w.evidence(t.start, t.end)};
    }
    case Source::relative_day: {
      const DateFacts& t = w.dates[*m.timex];
      return {"relative",
              cite(w, t) + ": " + std::to_string(t.dct_shift->amount) +
                  " day(s) from the date of " + doc.id,
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
              cite(w, t) + (heading ? " under its date heading" : "") + " = " +
                  (t.value == 0 ? std::string("?") : std::string(w.str(t.value))),
              w.evidence(t.start, t.end)};
    }
    case Source::since: {
      const DateFacts& t = w.dates[*m.since_timex];
      return {"since", "after " + cite(w, t), w.evidence(t.start, t.end)};
    }
    case Source::tense:
      return {
          "tense",
          std::string(m.tense < 0 ? "told in the past tense: before " : "told as future: after ") +
              doc.id + " was published (" + doc_position(doc, m.line, m.column) + ")",
          w.evidence(m.sentence_start, m.sentence_end)};
    case Source::yearless: {
      const DateFacts& t = w.dates[*m.timex];
      const auto& [first, last] = yearless_days_.at({s.doc, s.index});
      return {"relative",
              cite(w, t) + " names no year: in the year of " + doc.id + "'s date, " +
                  base::format_day(first) +
                  (first == last ? std::string() : ".." + base::format_day(last)),
              w.evidence(t.start, t.end)};
    }
    case Source::news:
      return {"news",
              "'" + quote(w.kept.view(m.start, m.end)) + "' is told as news of the day " + doc.id +
                  " was published (the dating model's choice for this sentence)",
              w.evidence(m.sentence_start, m.sentence_end)};
    default:
      return {};
  }
}

std::vector<DateStep> Dating::steps_of(std::size_t var) const {
  std::vector<DateStep> steps;
  steps.reserve(sol_.groups[var].size());
  for (std::size_t g : sol_.groups[var]) {
    steps.push_back(spell_step(g));
    steps.back().detail.shrink_to_fit();  // spelled by concatenation; kept for good
  }
  return steps;
}

// The rule name of a step, without spelling the step (nor reading any document's record,
// which may be freed by then).
std::string_view Dating::rule_of(std::size_t group) const {
  const StepSource& s = sources_[group];
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
    case Source::news:
      return "news";
    case Source::yearless:
      return "relative";
    case Source::pinned:
      return "override";
  }
  return "";
}

base::DateValue Dating::date_from(std::size_t var, bool is_doc,
                                  const std::vector<std::string>& values) const {
  base::DateValue d;
  d.earliest = sol_.earliest[var];
  d.latest = sol_.latest[var];
  std::set<std::string_view> rules;
  for (std::size_t g : sol_.groups[var]) rules.insert(rule_of(g));
  auto only = [&](std::initializer_list<std::string_view> allowed) {
    return std::all_of(rules.begin(), rules.end(), [&](std::string_view r) {
      return std::find(allowed.begin(), allowed.end(), r) != allowed.end();
    });
  };
  if (!d.known())
    d.basis = base::Basis::unknown;
  else if (rules.count("override") && sol_.only_direct[var])
    d.basis = base::Basis::override_value;
  else if (is_doc && only({"header"}))
    d.basis = base::Basis::header;
  else if (!is_doc && only({"explicit", "heading"}))
    d.basis = base::Basis::explicit_date;
  // Counted from the publication day, whether a header or the user (--dct, an override) gave it.
  else if (!is_doc && only({"relative", "header", "override"}))
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
    for (const auto& v : values)  // a coarser stated value ("2025-05", "PAST_REF") that still fits
      if (d.value == "XXXX-XX-XX" && !v.empty() && v.find('T') == std::string::npos) d.value = v;
  }
  return d;
}

void Dating::date_documents(Timeline& t) const {
  for (std::size_t d = 0; d < docs_; ++d) {
    t.documents[d].published = date_from(doc_var(d), true, {});
    t.documents[d].date_steps = steps_of(doc_var(d));
  }
  t.diagnostics.clear();
  for (const auto& conflict : sol_.conflicts) {
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
}

base::DateValue Dating::cluster_date(std::size_t c, const std::vector<std::string>& values) const {
  return date_from(cluster_var(c), false, values);
}

std::vector<DateStep> Dating::cluster_steps(std::size_t c) const {
  return steps_of(cluster_var(c));
}

void apply_pins(Timeline& t, Dating& dating, const std::vector<Vertex>& vertex,
                const std::vector<std::vector<std::string>>& values, const BuildOptions& options) {
  const auto by_id = options.pin_dates(t);
  const Vertex none = boost::graph_traits<EventGraph>::null_vertex();
  for (std::size_t c = 0; c < vertex.size() && !by_id.empty(); ++c) {
    if (vertex[c] == none) continue;
    const auto it = by_id.find(t.graph[vertex[c]].id);
    if (it == by_id.end() || !it->second.date.known()) continue;
    dating.pin(c, it->second);
  }
  if (!dating.pinned()) return;
  dating.solve(options.threads);
  dating.date_documents(t);
  for (std::size_t c = 0; c < vertex.size(); ++c) {
    if (vertex[c] == none) continue;
    EventNode& n = t.graph[vertex[c]];
    n.date = dating.cluster_date(c, values[c]);
    n.date_steps = dating.cluster_steps(c);
  }
}

}  // namespace chronograph::graph::detail
