// Event dating: candidate times of each event, their features, and the model's choice.
#include "chronograph/events/event_dating.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <optional>

#include "chronograph/base/binary_io.hpp"
#include "chronograph/base/date_value.hpp"
#include "chronograph/base/text.hpp"
#include "chronograph/events/event_word_lists.hpp"

namespace chronograph::events {

namespace {
// The word right before byte `at` (spaces skipped), at most `max` bytes long, else "".
std::string_view word_before(std::string_view text, std::size_t at, std::size_t max) {
  std::size_t p = at;
  while (p > 0 && text[p - 1] == ' ') --p;
  std::size_t q = p;
  while (q > 0 && p - q < max && text[q - 1] != ' ' && text[q - 1] != '\n') --q;
  return text.substr(q, p - q);
}

constexpr std::string_view kDatingModelMagic = "chronograph-dating-model 1\n";

// How many sentences back the narrative's time still counts.
constexpr std::size_t kPreviousReach = 2;

// How many of a sentence's time expressions, the nearest to the event, compete to date it. More
// never happens in news; the bound keeps a sentence of thousands of dates linear.
constexpr std::size_t kMaxSentenceCandidates = 16;

// Words whose presence between an event and a time expression is a feature: clause breaks,
// subordinators, quotes. Then two counted columns: commas and quotation marks.
constexpr std::array<std::string_view, 24> kBetweenCues = {
    "that",  "which", "who", "when", "while", "because", "after", "before",
    "since", "until", "if",  ";",    ":",     "—",       "--",    "(",
    "\"",    "“",     "”",   "and",  "but",   "'s",      "’s",    "to"};
constexpr std::size_t kCommaColumn = kBetweenCues.size();
constexpr std::size_t kQuoteColumn = kCommaColumn + 1;
constexpr std::size_t kCountColumns = kQuoteColumn + 1;

// Token distance from an event's token to an expression's tokens [first, last).
std::size_t distance(std::size_t ev, std::size_t first, std::size_t last) {
  return last <= ev ? ev - last : first > ev ? first - ev - 1 : 0;
}

std::string_view bucket(std::size_t d) {
  return d == 0    ? "0"
         : d == 1  ? "1"
         : d == 2  ? "2"
         : d == 3  ? "3"
         : d <= 5  ? "4-5"
         : d <= 8  ? "6-8"
         : d <= 12 ? "9-12"
                   : "13+";
}

std::string_view coarse_bucket(std::size_t d) { return d <= 2 ? "near" : d <= 8 ? "mid" : "far"; }

std::string_view granularity(const temporal::Timex& t) {
  if (t.type == temporal::TimexType::time) return "time";
  return temporal::to_string(t.granularity);
}

// The candidates' kinds, whose names seed their features' hashes.
constexpr std::array<std::string_view, 3> kKindNames = {"sentence", "previous", "dct"};

// A template name, hashed with "=" after each kind's seed at compile time: a feature then
// costs the hash of its value alone.
struct FeatureName {
  std::array<std::uint64_t, kKindNames.size()> prefix{};
};
consteval FeatureName operator""_name(const char* text, std::size_t size) {
  const std::string_view name(text, size);
  FeatureName n;
  for (std::size_t k = 0; k < kKindNames.size(); ++k)
    n.prefix[k] = base::stable_hash("=", base::stable_hash(name, base::stable_hash(kKindNames[k])));
  return n;
}

// A feature: template name and value, hashed with the candidate's kind.
struct DatingFeatureEmitter {
  std::vector<std::uint64_t>& out;
  std::size_t kind;  // index into kKindNames
  void operator()(const FeatureName& name, std::string_view value) const {
    out.push_back(base::stable_hash(value, name.prefix[kind]));
  }
  // The value "a|b" (b_more follows b, as if joined: FNV-1a hashes a joined text in steps).
  void operator()(const FeatureName& name, std::string_view a, std::string_view b,
                  std::string_view b_more = {}) const {
    const std::uint64_t h = base::stable_hash("|", base::stable_hash(a, name.prefix[kind]));
    out.push_back(base::stable_hash(b_more, base::stable_hash(b, h)));
  }
};

}  // namespace

bool dates_events(const temporal::Timex& t) {
  if (t.type != temporal::TimexType::date && t.type != temporal::TimexType::time) return false;
  if (t.reference == temporal::Reference::event) return false;
  // Resolved, or counted from a publication day not known yet ("yesterday", "in May" on a page
  // with no date): the graph resolves those once it has reasoned the page's date.
  const bool resolved = t.earliest && t.latest;
  const bool pending =
      t.reference == temporal::Reference::dct && (t.dct_shift || t.value.starts_with("XXXX-"));
  if (!resolved && !pending) return false;
  return t.value.size() < 4 || t.value.compare(t.value.size() - 4, 4, "_REF") != 0;
}

DatingModel DatingModel::from_bytes(std::string_view bytes, const std::string& file) {
  base::BinaryReader r(bytes, file);
  r.expect(kDatingModelMagic);
  DatingModel m;
  m.provenance_ = std::string(r.str());
  m.weights_ = LinearModel::read(r, 1);
  if (!r.done()) r.fail("unexpected bytes after the weights");
  return m;
}

std::string DatingModel::serialize() const {
  base::BinaryWriter w;
  w.bytes(kDatingModelMagic);
  w.str(provenance_);
  weights_.write(w);
  return std::move(w.data());
}

std::int32_t DatingModel::score(const std::vector<std::uint64_t>& features) const {
  std::int32_t s = 0;
  for (const auto f : features)
    if (const std::int16_t* w = weights_.find(f)) s += w[0];
  return s;
}

void SentenceDater::begin_sentence(const ingest::Sentence& sentence, std::span<const Token> tokens,
                                   std::span<const DocumentEvent> events) {
  tokens_ = tokens;
  events_ = events;
  while (cursor_ < timexes_.size() && timexes_[cursor_].end <= sentence.start) ++cursor_;
  in_sentence_.clear();
  // Days or weeks counted from another event ("the day before", "two days later"); not the
  // periods of a comparison ("a year earlier"). See counted_from_an_event.
  last_day_distance_.reset();
  for (std::size_t k = cursor_; k < timexes_.size() && timexes_[k].start < sentence.end; ++k) {
    const temporal::Timex& x = timexes_[k];
    if (x.start >= sentence.start && x.reference == temporal::Reference::event && x.anchor &&
        (x.anchor->offset.unit == temporal::Unit::day ||
         x.anchor->offset.unit == temporal::Unit::week))
      last_day_distance_ = x.start;
  }
  for (std::size_t k = cursor_; k < timexes_.size() && timexes_[k].start < sentence.end; ++k)
    if (timexes_[k].start >= sentence.start && dates_events(timexes_[k]))
      in_sentence_.push_back(
          {k, token_at(tokens, timexes_[k].start), token_at(tokens, timexes_[k].end)});
  // The tables serve only the events' features: most sentences of a page have none.
  if (!events.empty()) count_tokens(sentence);
  find_asides(tokens);
}

// "The Grand Prix, scheduled for Sunday, was cancelled because of the flooding", "a decision
// that led to the postponement of surgeries scheduled for Monday": a time a plan names is the
// planned event's (the noun just before the plan word), not the scheduling's or any other's.
bool SentenceDater::scheduled_for_another(const DocumentEvent& e, const DatingCandidate& c) const {
  if (c.kind != CandidateKind::sentence) return false;
  const auto it = sentence_timex(c.timex);
  if (it == in_sentence_.end() || it->index != c.timex || it->first < 2) return false;
  const auto word = [&](std::size_t k) {
    return text_.substr(tokens_[k].start, tokens_[k].end - tokens_[k].start);
  };
  if (word(it->first - 1) != "for") return false;
  // "set sentencing for Feb. 21": the day is the sentencing's, not the setting's.
  if (e.pos == EventPos::verb && e.start < timexes_[c.timex].start &&
      lists_.holds(EventWordLists::scheduled_for, text_.substr(e.start, e.end - e.start)))
    return true;
  if (!lists_.holds(EventWordLists::scheduled_for, word(it->first - 2))) return false;
  const std::size_t plan = tokens_[it->first - 2].start;
  constexpr std::size_t kNear = 40;  // "a health fair it had scheduled for": a few words
  if (e.end > plan || plan - e.end > kNear) return true;
  // "a strike over pay planned for Wednesday": the plan is the strike's, not its topic's.
  if (lists_.holds(EventWordLists::plan_topic, word_before(text_, e.start, 8))) return true;
  // No other event between the planned one and the plan word.
  return std::any_of(events_.begin(), events_.end(),
                     [&](const DocumentEvent& o) { return o.start >= e.end && o.end <= plan; });
}

namespace {
// An auxiliary opening a main clause's verb group after an aside: "..., was arrested".
bool main_verb_word(std::string_view w) {
  static constexpr std::array<std::string_view, 18> kAux = {
      "is",  "are",   "was",   "were",   "has", "have",  "had",  "will", "would",
      "can", "could", "shall", "should", "may", "might", "must", "did",  "does"};
  return std::find(kAux.begin(), kAux.end(), w) != kAux.end();
}
}  // namespace

void SentenceDater::find_asides(std::span<const Token> tokens) {
  asides_.clear();
  constexpr std::size_t kMaxAside = 40;  // tokens: a relative clause, not the rest of the page
  const auto word = [&](std::size_t k) {
    return text_.substr(tokens[k].start, tokens[k].end - tokens[k].start);
  };
  // Events are in text order: the one starting at a byte is found by bisection.
  const auto verb_at = [&](std::size_t start) {
    const auto it =
        std::lower_bound(events_.begin(), events_.end(), start,
                         [](const DocumentEvent& e, std::size_t s) { return e.start < s; });
    return it != events_.end() && it->start == start && it->pos == EventPos::verb;
  };
  for (std::size_t k = 0; k + 1 < tokens.size(); ++k) {
    if (word(k) != ",") continue;
    const auto w = word(k + 1);
    if (w != "who" && w != "which" && w != "whose" && w != "whom") continue;
    // Closed by the comma before the main clause's verb ("..., was arrested"): not one inside a
    // number ("5,000") or a list ("chairman, president and chief executive").
    std::optional<std::size_t> close;
    for (std::size_t j = k + 2; j + 1 < tokens.size() && j < k + kMaxAside && !close; ++j) {
      const auto c = word(j);
      if (c == ";" || c == ":") break;
      if (c != "," ||
          (tokens[j].start == tokens[j - 1].end && tokens[j + 1].start == tokens[j].end))
        continue;
      if (main_verb_word(word(j + 1)) || verb_at(tokens[j + 1].start)) close = j;
    }
    if (!close) continue;
    // Past "which" the clause may time its antecedent ("the talks, which were held on May 16,"):
    // only its own events are kept from the times outside it.
    asides_.push_back({tokens[k].start, tokens[*close].end, w == "which"});
    k = *close - 1;
  }
  find_relative_clauses(tokens);
}

// "The death toll from the earthquake that struck on Monday rose to 212 on Thursday": a relative
// clause without commas, from "that"/"which"/"who" after a noun and a verb of its own, up to the
// main clause's finite verb ("rose"); its times are its own and its antecedent's.
void SentenceDater::find_relative_clauses(std::span<const Token> tokens) {
  constexpr std::size_t kMaxClause = 24;  // tokens
  const auto word = [&](std::size_t k) {
    return text_.substr(tokens[k].start, tokens[k].end - tokens[k].start);
  };
  const auto event_at = [&](std::size_t k) -> const DocumentEvent* {
    const auto it =
        std::lower_bound(events_.begin(), events_.end(), tokens[k].start,
                         [](const DocumentEvent& e, std::size_t s) { return e.start < s; });
    return it != events_.end() && it->start == tokens[k].start ? &*it : nullptr;
  };
  const auto finite = [&](std::size_t k) {
    const DocumentEvent* e = event_at(k);
    return main_verb_word(word(k)) || (e && e->pos == EventPos::verb &&
                                       (e->tense == Tense::past || e->tense == Tense::present));
  };
  for (std::size_t k = 1; k + 2 < tokens.size(); ++k) {
    const auto w = word(k);
    if (w != "that" && w != "which" && w != "who") continue;
    // After a verb ("said that") it opens a complement; after a comma, an aside (above).
    const auto before = word(k - 1);
    const DocumentEvent* prev = event_at(k - 1);
    if (prev && prev->pos == EventPos::verb) continue;
    if (before.empty() || !std::isalpha(static_cast<unsigned char>(before[0]))) continue;
    // Its own verb group right after the pronoun: "that struck", "that had struck".
    std::size_t own = k + 1;
    if (main_verb_word(word(own)) && own + 1 < tokens.size()) ++own;
    const DocumentEvent* verb = event_at(own);
    if (!verb || verb->pos != EventPos::verb) continue;
    for (std::size_t j = own + 1; j < tokens.size() && j < k + kMaxClause; ++j) {
      const auto c = word(j);
      if (c == "," || c == ";" || c == ":" || c == "and" || c == "or") break;
      if (!finite(j)) continue;
      const auto p = word(j - 1);
      if (p == "to" || main_verb_word(p)) continue;
      asides_.push_back({tokens[k].start, tokens[j - 1].end, false, tokens[k - 1].end});
      k = j - 1;
      break;
    }
  }
}

// Times and events on the two sides of an aside's commas are not each other's: "Almeida, who
// led the city from 2009 to 2017, was arrested in June 2019".
bool SentenceDater::across_an_aside(const DocumentEvent& e, const DatingCandidate& c) const {
  if (asides_.empty() || c.kind != CandidateKind::sentence) return false;
  const auto& t = timexes_[c.timex];
  for (const auto& a : asides_) {
    const bool event_in = e.start >= a.start && e.end <= a.end;
    const bool time_in = t.start >= a.start && t.end <= a.end;
    if (event_in && !time_in) return true;
    if (!event_in && time_in && !a.times_antecedent && e.end != a.antecedent_end) return true;
  }
  return false;
}

namespace {

// A word of at most 8 bytes as one integer, ASCII letters lower-cased; words have no zero byte,
// so two words are equal when their keys are.
constexpr std::uint64_t word_key(std::string_view w) {
  std::uint64_t k = 0;
  for (std::size_t i = 0; i < w.size(); ++i) {
    const char c = w[i];
    const auto b = static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    k |= std::uint64_t{b} << (8 * i);
  }
  return k;
}

// The cues by key in a small open-addressing table: a word is one multiply and a probe or two
// (a scan of the 24 keys was most of what counting cost).
struct CueTable {
  static constexpr std::size_t kSlots = 64;  // a power of two, under half full
  std::array<std::uint64_t, kSlots> key{};   // 0: empty
  std::array<std::uint8_t, kSlots> column{};
  static constexpr std::size_t slot(std::uint64_t k) {
    return static_cast<std::size_t>((k * 0x9E3779B97F4A7C15ull) >> 58);
  }
  constexpr CueTable() {
    static_assert(2 * kBetweenCues.size() < kSlots);
    for (std::size_t c = 0; c < kBetweenCues.size(); ++c) {
      std::size_t i = slot(word_key(kBetweenCues[c]));
      while (key[i]) i = (i + 1) % kSlots;
      key[i] = word_key(kBetweenCues[c]);
      column[i] = static_cast<std::uint8_t>(c);
    }
  }
};
constexpr CueTable kCues;

// The cue column of a word, kCountColumns when it is none.
std::size_t cue_column(std::string_view w) {
  if (w.size() > 8 || w.empty()) return kCountColumns;
  if (w.size() == 1 && w[0] == ',') return kCommaColumn;
  const std::uint64_t k = word_key(w);
  for (std::size_t i = CueTable::slot(k); kCues.key[i]; i = (i + 1) % CueTable::kSlots)
    if (kCues.key[i] == k) return kCues.column[i];
  return kCountColumns;
}

}  // namespace

void SentenceDater::count_tokens(const ingest::Sentence& sentence) {
  const std::size_t n = tokens_.size();
  counts_.resize((n + 1) * kCountColumns);
  std::fill_n(counts_.begin(), kCountColumns, 0u);
  std::uint32_t* row = counts_.data();
  for (const Token& t : tokens_) {
    std::memcpy(row + kCountColumns, row, kCountColumns * sizeof *row);  // a few vector moves
    row += kCountColumns;
    const std::string_view w = text_.substr(t.start, t.end - t.start);
    const std::size_t c = cue_column(w);
    if (c >= kCountColumns) continue;
    ++row[c];
    const std::string_view cue = c < kBetweenCues.size() ? kBetweenCues[c] : std::string_view();
    row[kQuoteColumn] += cue == "\"" || cue == "“" || cue == "”";
  }
  event_tokens_.clear();
  for (const auto& e : events_) event_tokens_.push_back(e.token);
  std::sort(event_tokens_.begin(), event_tokens_.end());
  anchor_phrases_.clear();
  for (std::size_t k = cursor_; k < timexes_.size() && timexes_[k].start < sentence.end; ++k) {
    const auto& a = timexes_[k].anchor;
    if (timexes_[k].reference == temporal::Reference::event && a)
      anchor_phrases_.emplace_back(a->start, a->end);
  }
  std::sort(anchor_phrases_.begin(), anchor_phrases_.end());
  for (std::size_t i = 1; i < anchor_phrases_.size(); ++i)
    anchor_phrases_[i].second = std::max(anchor_phrases_[i].second, anchor_phrases_[i - 1].second);
}

// The sentence's entry for a time expression (they are in index order).
std::vector<SentenceDater::SentenceTimex>::const_iterator SentenceDater::sentence_timex(
    std::size_t index) const {
  return std::lower_bound(in_sentence_.begin(), in_sentence_.end(), index,
                          [](const SentenceTimex& s, std::size_t i) { return s.index < i; });
}

std::size_t SentenceDater::count_between(std::size_t column, std::size_t from,
                                         std::size_t to) const {
  const std::size_t rows = counts_.size() / kCountColumns;
  from = std::min(from, rows - 1);
  to = std::min(std::max(to, from), rows - 1);
  return counts_[to * kCountColumns + column] - counts_[from * kCountColumns + column];
}

// Whether the event lies inside a phrase an anchored expression counts from: some phrase
// starting at or before it reaches past its end.
bool SentenceDater::in_anchor_phrase(const DocumentEvent& e) const {
  const auto it = std::upper_bound(anchor_phrases_.begin(), anchor_phrases_.end(),
                                   std::pair{e.start, SIZE_MAX});
  return it != anchor_phrases_.begin() && std::prev(it)->second >= e.end;
}

void SentenceDater::skip_sentence(const ingest::Sentence& sentence) {
  begin_sentence(sentence, {}, {});
  end_sentence();
}

void SentenceDater::end_sentence() {
  if (!in_sentence_.empty()) {
    last_timex_ = in_sentence_.back().index;
    last_timex_sentence_ = sentence_;
  }
  ++sentence_;
}

const std::vector<DatingCandidate>& SentenceDater::candidates(const DocumentEvent& e) {
  candidates_.clear();
  if (in_sentence_.size() <= kMaxSentenceCandidates) {
    for (const auto& st : in_sentence_)
      candidates_.push_back({CandidateKind::sentence, st.index, 0});
  } else {
    // The nearest expressions, found outward from the event (they are in text order), then
    // kept in text order as in the common case.
    const auto at = std::partition_point(in_sentence_.begin(), in_sentence_.end(),
                                         [&](const SentenceTimex& t) { return t.last <= e.token; });
    std::size_t left = static_cast<std::size_t>(at - in_sentence_.begin()), right = left;
    while (candidates_.size() < kMaxSentenceCandidates) {
      const bool has_left = left > 0, has_right = right < in_sentence_.size();
      if (!has_left && !has_right) break;
      const auto d = [&](std::size_t i) {
        return distance(e.token, in_sentence_[i].first, in_sentence_[i].last);
      };
      const bool take_left = has_left && (!has_right || d(left - 1) <= d(right));
      const std::size_t i = take_left ? --left : right++;
      candidates_.push_back({CandidateKind::sentence, in_sentence_[i].index, 0});
    }
    std::sort(candidates_.begin(), candidates_.end(),
              [](const DatingCandidate& a, const DatingCandidate& b) { return a.timex < b.timex; });
  }
  if (last_timex_ && sentence_ - last_timex_sentence_ <= kPreviousReach)
    candidates_.push_back(
        {CandidateKind::previous, *last_timex_, sentence_ - last_timex_sentence_});
  if (dct_) candidates_.push_back({CandidateKind::dct, 0, 0});
  return candidates_;
}

void SentenceDater::features(const DocumentEvent& e, const DatingCandidate& c,
                             std::vector<std::uint64_t>& out) const {
  // CandidateKind's order is kKindNames'.
  const DatingFeatureEmitter f{out, static_cast<std::size_t>(c.kind)};
  const std::string_view cls = to_string(e.event_class), tense = to_string(e.tense);
  f("bias"_name, "");
  f("class"_name, cls);
  f("tense"_name, tense);
  f("aspect"_name, to_string(e.aspect));
  f("pos"_name, to_string(e.pos));
  f("fact"_name, to_string(e.factuality));
  f("class_tense"_name, cls, tense);
  f("sentence_timexes"_name, bucket(std::min<std::size_t>(in_sentence_.size(), 3)));
  // Inside a quotation the speaker's time applies, not the narrator's.
  f("quoted"_name, count_between(kQuoteColumn, 0, e.token) % 2 ? "1" : "0");
  if (c.kind == CandidateKind::previous) {
    const auto& t = timexes_[c.timex];
    f("back"_name, bucket(c.sentences_back));
    f("gran"_name, granularity(t));
    f("class_back"_name, cls, bucket(c.sentences_back));
    f("tense_gran"_name, tense, granularity(t));
    return;
  }
  if (c.kind == CandidateKind::dct) {
    f("tense_aspect"_name, tense, to_string(e.aspect));
    return;
  }
  const auto st = sentence_timex(c.timex);
  const auto& t = timexes_[c.timex];
  const std::size_t ev = e.token;
  const bool before = st->last <= ev, after = st->first > ev;
  const std::string_view dir = before ? "B" : after ? "A" : "O";
  const std::size_t dist = distance(ev, st->first, st->last);
  f("dir"_name, dir);
  f("dir_dist"_name, dir, bucket(dist));
  f("class_dir"_name, cls, dir, coarse_bucket(dist));
  f("tense_dir"_name, tense, dir, coarse_bucket(dist));
  f("gran"_name, granularity(t));
  f("ref"_name, temporal::to_string(t.reference));
  // Rank by distance among the sentence's candidates: the nearest usually governs. Anything
  // nearer than a candidate is itself a candidate, so counting candidates is exact.
  std::size_t rank = 0;
  for (const auto& o : candidates_) {
    if (o.kind != CandidateKind::sentence) continue;
    const auto os = sentence_timex(o.timex);
    rank += distance(ev, os->first, os->last) < dist;
  }
  f("rank"_name, bucket(std::min<std::size_t>(rank, 2)));
  // What stands between: clause breaks, subordinators, other events. A cue counts each time
  // it occurs (training keeps one: a known skew, kept while the shipped model was tuned with it).
  const std::size_t from = before ? st->last : ev + 1, to = before ? ev : st->first;
  for (std::size_t cue = 0; cue < kBetweenCues.size(); ++cue)
    for (std::size_t n = count_between(cue, from, to); n > 0; --n)
      f("between"_name, kBetweenCues[cue]);
  const std::size_t commas = count_between(kCommaColumn, from, to);
  const std::size_t events_between =
      from >= to ? 0
                 : static_cast<std::size_t>(
                       std::lower_bound(event_tokens_.begin(), event_tokens_.end(), to) -
                       std::lower_bound(event_tokens_.begin(), event_tokens_.end(), from));
  f("commas"_name, bucket(std::min<std::size_t>(commas, 2)));
  f("events_between"_name, bucket(std::min<std::size_t>(events_between, 2)));
  f("dir_events_between"_name, dir, bucket(std::min<std::size_t>(events_between, 2)));
  // The word just before the expression: "on Tuesday", "in May", "since 1980", "by Friday".
  if (st->first > 0) {
    const Token& p = tokens_[st->first - 1];
    const std::string low = base::lower_ascii(text_.substr(p.start, p.end - p.start));
    f("prep"_name, low);
    f("dir_prep"_name, dir, low);
  } else {
    f("prep"_name, "^");
  }
  // "On Tuesday, ...": an expression heading the sentence dates its main clause.
  if (st->first <= 1 && st->last < tokens_.size()) {
    const Token& n = tokens_[st->last];
    if (text_.substr(n.start, n.end - n.start) == ",") f("heads"_name, dir);
  }
}

// An event noun the model did not take (DocumentEvent::listed) is dated only by a time expression
// of its own phrase: "the earthquake last month", "Tuesday's storm", "the 2011 quake". The
// model's choice for it, trained on other words, would give it the time of the clause it is the
// subject of: "the storm would likely make landfall late on Tuesday" is not a storm on Tuesday.
bool finite_verb(const DocumentEvent& e) {
  return e.pos == EventPos::verb &&
         (e.tense == Tense::past || e.tense == Tense::present || e.tense == Tense::future);
}

namespace {

bool perfective(const DocumentEvent& e) {
  return e.aspect == Aspect::perfective || e.aspect == Aspect::perfective_progressive;
}

// "had ordered", "had been hiding": what came before the story's past.
bool past_perfect_verb(const DocumentEvent& e) {
  return e.pos == EventPos::verb && e.tense == Tense::past && perfective(e);
}

}  // namespace

bool SentenceDater::own_phrase_date(const DocumentEvent& e, const DatingCandidate& c) const {
  if (c.kind != CandidateKind::sentence) return false;
  const auto& t = timexes_[c.timex];
  constexpr std::size_t kGap = 4;  // " on ", "'s ", " in ", or a space
  return t.start >= e.end ? t.start - e.end <= kGap : t.end <= e.start && e.start - t.end <= kGap;
}

bool ongoing_before(const DocumentEvent& e, const temporal::Timex& t,
                    std::optional<date::sys_days> dct) {
  return dct && e.tense == Tense::present && e.aspect == Aspect::progressive &&
         e.pos == EventPos::verb && t.latest && *t.latest < *dct - date::days{7};
}

// A time its tense rules out: what "called" or "has been set" did cannot lie wholly after the
// publication day ("called for a strike on Friday" names the strike's Friday), nor what "will"
// happen wholly before it, nor what "is" going on weeks before it; what "had" happened is not
// the publication day's news.
bool SentenceDater::against_tense(const DocumentEvent& e, const DatingCandidate& c) const {
  if (!dct_) return false;
  // "testified that Tavares had ordered her to": the past perfect tells what came before the
  // story's past, never the news of the day.
  if (c.kind == CandidateKind::dct) return past_perfect_verb(e);
  return events::against_tense(e, timexes_[c.timex], dct_);
}

bool against_tense(const DocumentEvent& e, const temporal::Timex& t,
                   std::optional<date::sys_days> dct) {
  if (!dct) return false;
  const bool past = e.tense == Tense::past || (e.tense == Tense::present && perfective(e));
  if (past && e.pos == EventPos::verb) return t.earliest && *t.earliest > *dct;
  if (e.tense == Tense::future) return t.latest && *t.latest < *dct;
  return ongoing_before(e, t, dct);
}

// "resigned on Thursday after his government lost a vote the day before": a distance counted
// from an event after `e` is its time (graph dating places it), not a time told before `e`.
bool SentenceDater::counted_from_an_event(const DocumentEvent& e, const DatingCandidate& c) const {
  if (c.kind != CandidateKind::sentence || timexes_[c.timex].start >= e.start) return false;
  if (!last_day_distance_ || *last_day_distance_ < e.end) return false;
  // The earlier time follows a verb of its own ("resigned on Thursday"), not one that opens
  // the sentence for every event in it ("In the third quarter, ...").
  return std::any_of(events_.begin(), events_.end(), [&](const DocumentEvent& o) {
    return o.end <= timexes_[c.timex].start && o.pos == EventPos::verb;
  });
}

// "the attack", "this decision": a noun event named as one the reader already knows.
bool definite_noun(std::string_view text, const DocumentEvent& e) {
  if (e.pos != EventPos::noun) return false;
  const std::string_view det = word_before(text, e.start, 6);
  return det == "the" || det == "this" || det == "that" || det == "these" || det == "those";
}

// "said on Tuesday" and "said in an interview Monday" keep their day: no finite verb between.
bool timed_by_a_report(std::string_view text, std::span<const DocumentEvent> sentence,
                       const DocumentEvent& e, std::size_t time_start) {
  const bool reports = e.event_class == EventClass::reporting && e.pos == EventPos::verb;
  if (time_start < e.end) {
    if (reports) {
      // "..., flooded the town on January 24, the ministry said": the time inside the words
      // before a report set off by a comma is theirs, not the report's ("On Monday, the
      // ministry said" opens the sentence: there it is the report's).
      const bool words_before = std::any_of(sentence.begin(), sentence.end(),
                                            [&](const auto& o) { return o.end <= time_start; });
      return words_before &&
             text.substr(time_start, e.start - time_start).find(',') != std::string_view::npos;
    }
    // "officials said on Wednesday that the outbreak had killed 23": what "had" happened came
    // before the report, whose time is right after its verb. (Not so for the simple past:
    // "reported Friday that the hair was found" is mostly Friday's, by the corpora.)
    // So for an event named again ("said on Wednesday the attack would not delay the work"):
    // the report's day is not the attack's.
    constexpr std::size_t kGap = 4;
    // "claimed responsibility on Tuesday, writing on its leak site that it had stolen ...":
    // past the "that" of words whose verb another clause's time does not reach (a comma
    // between, the time not opening the sentence), what "had" happened came before it.
    if (past_perfect_verb(e)) {
      const auto between = text.substr(time_start, e.start - time_start);
      const auto that = between.find(" that ");
      const bool opening = std::none_of(sentence.begin(), sentence.end(),
                                        [&](const auto& o) { return o.end <= time_start; });
      if (that != std::string_view::npos && !opening &&
          between.substr(0, that).find(',') != std::string_view::npos)
        return true;
      // "began replacing the parts on Wednesday, as the company had promised": a past perfect
      // in a clause set off after the time tells what came before it.
      for (const std::string_view opener : {", as ", ", when ", ", because ", ", although "})
        if (!opening && between.find(opener) != std::string_view::npos) return true;
    }
    return (past_perfect_verb(e) || definite_noun(text, e)) &&
           std::any_of(sentence.begin(), sentence.end(), [&](const DocumentEvent& o) {
             return o.end <= time_start && time_start - o.end <= kGap &&
                    o.event_class == EventClass::reporting && finite_verb(o);
           });
  }
  // "said that on Monday the suspect fled": past the report's "that", the time is its words'.
  // So for a claim or a belief ("alleged that Vantera knew about the welds in 2023").
  const bool takes_clause =
      reports || (e.pos == EventPos::verb &&
                  (e.event_class == EventClass::i_action || e.event_class == EventClass::i_state));
  if (takes_clause &&
      text.substr(e.end, time_start - e.end).find(" that ") != std::string_view::npos)
    return true;
  return std::any_of(sentence.begin(), sentence.end(), [&](const DocumentEvent& o) {
    if (o.start < e.end || o.end > time_start || !finite_verb(o)) return false;
    // "Families of two crash victims alleged that ... in 2023": the crash is not the clause's.
    const bool claim_clause =
        (o.event_class == EventClass::i_action || o.event_class == EventClass::i_state) &&
        text.substr(o.end, time_start - o.end).find(" that ") != std::string_view::npos;
    return reports || o.event_class == EventClass::reporting || claim_clause;
  });
}

// "Relatives criticised what they called a lack of information over the weekend": a time
// inside the wh-clause a verb takes as its object is that clause's, not the verb's.
// So is a time before an embedded question the event is in: "police said on Tuesday they had
// opened an inquiry into how the deal was awarded" (the award is years older).
bool in_a_what_clause(std::string_view text, const DocumentEvent& e, const temporal::Timex& t) {
  if (e.pos != EventPos::verb) return false;
  if (t.end <= e.start) {
    const auto between = text.substr(t.end, e.start - t.end);
    for (const std::string_view wh :
         {" into how ", " into why ", " into whether ", " about how ", " about why ",
          " about whether ", " of how ", " of why ", " of whether "})
      if (between.find(wh) != std::string_view::npos) return true;
    return false;
  }
  if (t.start < e.end) return false;
  const auto between = text.substr(e.end, t.start - e.end);
  return between.starts_with(" what ") || between.starts_with(" whatever ");
}

// "stripped of the medal she won in 2025", "replacing a predecessor who retired in August": a
// time inside a clause after the event whose verb has a subject pronoun or relative pronoun of
// its own is that verb's.
bool in_a_later_clause(std::string_view text, std::span<const DocumentEvent> sentence,
                       const DocumentEvent& e, const temporal::Timex& t) {
  if (t.start < e.end) return false;
  for (const DocumentEvent& o : sentence) {
    if (o.start < e.end || o.pos != EventPos::verb) continue;
    if (o.end > t.start) break;
    const auto before = word_before(text, o.start, 8);
    if (before.data() < text.data() + e.end) continue;
    for (const std::string_view w :
         {"who", "which", "she", "he", "they", "we", "i", "She", "He", "They", "We", "I"})
      if (before == w) return true;
  }
  return false;
}

// "has risen from 11 on Monday to 38", "up from 58% in 2021": a time after a figure that
// "from" or "than" compares with is that figure's, no event's.
bool compared_figure_time(std::string_view text, const temporal::Timex& t) {
  std::size_t at = t.start;
  constexpr std::size_t kMaxWord = 24;
  const auto word_back = [&]() {
    const auto w = word_before(text, at, kMaxWord);
    at = static_cast<std::size_t>(w.data() - text.data());
    return w;
  };
  auto w = word_back();
  if (w == "the") w = word_back();
  // "raised its rate to 4.5 percent from 4.25 percent on Thursday": a day after the old figure
  // is the change's, unless the new figure follows it ("from 11 on Monday to 38").
  const bool day = w == "on";
  if (day) {
    const auto rest = text.substr(t.end, 6);
    if (!rest.starts_with(" to ")) return false;
  }
  if (day || w == "in" || w == "at" || w == "of" || w == "during") w = word_back();
  if (w == "percent") w = word_back();
  if (w.empty() || (!(w.front() >= '0' && w.front() <= '9') && w.front() != '$')) return false;
  w = word_back();
  if (w == "than") {  // "more than 13% in September" is an amount, not a baseline
    const auto q = word_back();
    return q != "more" && q != "less" && q != "fewer";
  }
  return w == "from" || w == "versus" || w == "vs";
}

bool nearer_event_between(std::span<const DocumentEvent> sentence, const DocumentEvent& e,
                          std::size_t time_start) {
  if (time_start < e.end) return false;
  // The sentence's events are in text order: only those between are looked at.
  auto o = std::lower_bound(sentence.begin(), sentence.end(), e.end,
                            [](const DocumentEvent& x, std::size_t at) { return x.start < at; });
  for (; o != sentence.end() && o->end <= time_start; ++o) {
    if (o->event_class == EventClass::aspectual || o->event_class == EventClass::reporting)
      continue;
    const auto in = [&](EventWordLists::List l) { return (o->lists >> l) & 1u; };
    if (in(EventWordLists::light_verb) || in(EventWordLists::support_verb) ||
        in(EventWordLists::phase_verb))
      continue;
    if (o->pos == EventPos::noun || finite_verb(*o) || !o->modality.empty()) return true;
  }
  return false;
}

void SentenceDater::date_sentence(const ingest::Sentence& sentence, std::span<const Token> tokens,
                                  std::span<DocumentEvent> events,
                                  const std::vector<bool>* wanted) {
  begin_sentence(sentence, tokens, events);
  // An event inside the phrase an anchored expression counts from ("two days after the storm
  // made landfall") is that expression's anchor: its date follows from the other event's, not
  // from the sentence's times.
  for (std::size_t i = 0; i < events.size(); ++i) {
    DocumentEvent& e = events[i];
    if ((wanted && !(*wanted)[i]) || in_anchor_phrase(e)) continue;
    const DatingCandidate* best = nullptr;
    std::int32_t best_score = 0;
    for (const auto& c : candidates(e)) {
      // An expression that could not be resolved ("yesterday" with no publication day) has no
      // days to give: choosing it would state a date that is not one.
      if (c.kind != CandidateKind::dct && !timexes_[c.timex].earliest && !timexes_[c.timex].latest)
        continue;
      if ((e.listed && !own_phrase_date(e, c)) || against_tense(e, c) ||
          counted_from_an_event(e, c) || across_an_aside(e, c) || scheduled_for_another(e, c) ||
          (c.kind == CandidateKind::sentence &&
           (timed_by_a_report(text_, events_, e, timexes_[c.timex].start) ||
            in_a_what_clause(text_, e, timexes_[c.timex]) ||
            compared_figure_time(text_, timexes_[c.timex]) ||
            in_a_later_clause(text_, events, e, timexes_[c.timex]))))
        continue;
      scratch_.clear();
      features(e, c, scratch_);
      const std::int32_t s = model_.score(scratch_);
      if (s > best_score) best = &c, best_score = s;
    }
    if (!best) continue;
    if (best->kind == CandidateKind::dct) {
      e.basis = DateBasis::dct;
      e.earliest = e.latest = *dct_;
      e.value = base::format_day(*dct_);
      e.date_rule = "the publication day";
      e.date_score = best_score;
    } else {
      const auto& t = timexes_[best->timex];
      e.basis = DateBasis::timex;
      e.timex = best->timex;
      e.earliest = t.earliest;
      e.latest = t.latest;
      e.value = t.value;
      e.date_rule = best->kind == CandidateKind::sentence
                        ? "time expression of its sentence"
                        : "time expression of the sentence before";
      e.date_score = best_score;
    }
  }
  end_sentence();
}

void SentenceDater::date_by_anchors(std::vector<DocumentEvent>&) const {}

}  // namespace chronograph::events
