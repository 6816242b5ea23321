// Event, claim and link extraction: one document read sentence by sentence, in named steps.
#include "chronograph/events/extractor.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "chronograph/events/event_dating.hpp"
#include "extraction_state.hpp"

namespace chronograph::events {

struct Extractor::Impl {
  detail::ExtractorTables tables;
  const EventDetector& detector;
  const DatingModel& dating;
  Impl(const Lexicon& l, const EventDetector& d, const DatingModel& m)
      : tables(l), detector(d), dating(m) {}
};

Extractor::Extractor(const Lexicon& lexicon)
    : Extractor(lexicon, EventDetector::shipped(), DatingModel::shipped()) {}
Extractor::Extractor(const Lexicon& lexicon, const EventDetector& detector,
                     const DatingModel& dating)
    : impl_(new Impl(lexicon, detector, dating)) {}
Extractor::~Extractor() { delete impl_; }

Extraction Extractor::extract(const ingest::Document& doc, const ingest::Layout& layout,
                              const std::vector<temporal::Timex>& timexes,
                              const ExtractOptions& options) const {
  using namespace detail;
  DocState st(impl_->tables, doc, layout, timexes, impl_->detector, impl_->dating, options);
  SentenceState ss;
  for (std::size_t si = 0; si < layout.sentences.size(); ++si) {
    const ingest::Sentence& s = layout.sentences[si];
    read_tokens(st, s);
    st.sentence_first_mention.push_back(st.out.mentions.size());
    if (st.toks.empty()) continue;
    ss.sentence = &s;
    ss.first_event = st.sentence_first_mention.back();
    ss.index = si;
    find_sentence_timexes(st, ss);
    find_lexicon_hits(st, ss);
    detect_events(st, ss);
    find_names(st, ss);
    add_event_mentions(st, ss);
    add_open_event_mentions(st, ss);
    attach_event_anchors(st, ss);
    resolve_event_anchors(st, ss);
    note_speakers_with_roles(st, ss);
    Claim claim = find_statement(st, ss);
    find_reaction(st, ss, claim);
    if (!claim.speaker.empty()) add_claim(st, ss, claim);
    note_named_people(st, ss, claim);
    link_causal_cues(st, ss);
  }
  auto& pm = st.out.places_mentioned;
  std::sort(pm.begin(), pm.end());
  pm.erase(std::unique(pm.begin(), pm.end()), pm.end());
  if (options.events == EventSelection::salient) drop_unplaceable(st.out);
  return std::move(st.out);
}

namespace detail {

// Under `--events salient` a detected event needs something that places it on a timeline: a
// date its text states, a title or headline, or a cause or reaction link (graph/vertices.cpp
// keeps no other). The others go now, before every later stage pays for them.
void drop_unplaceable(Extraction& out) {
  const std::size_t n = out.mentions.size();
  std::vector<bool> keep(n, true);
  std::vector<bool> linked(n, false);
  for (const auto& l : out.links)
    if (l.type != LinkType::claim_about) linked[l.from] = linked[l.to] = true;
  for (std::size_t i = 0; i < n; ++i) {
    const EventMention& m = out.mentions[i];
    if (m.kind == EventKind::event && m.open_domain)
      keep[i] = m.timex || m.anchor_timex || m.headline || m.title || linked[i];
  }
  // Anchors name the mention their date counts from: that one stays.
  for (std::size_t i = 0; i < n; ++i)
    if (keep[i] && out.mentions[i].anchor_mention) keep[*out.mentions[i].anchor_mention] = true;
  std::vector<std::size_t> index(n, SIZE_MAX);
  std::size_t kept = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (!keep[i]) continue;
    index[i] = kept;
    if (kept != i) out.mentions[kept] = std::move(out.mentions[i]);
    ++kept;
  }
  out.mentions.resize(kept);
  for (auto& m : out.mentions)
    if (m.anchor_mention) m.anchor_mention = index[*m.anchor_mention];
  std::erase_if(out.links, [&](MentionLink& l) {
    l.from = index[l.from];
    l.to = index[l.to];
    return l.from == SIZE_MAX || l.to == SIZE_MAX;
  });
}

DocState::DocState(const ExtractorTables& t, const ingest::Document& d, const ingest::Layout& l,
                   const std::vector<temporal::Timex>& x, const EventDetector& det,
                   const DatingModel& dating, const ExtractOptions& o)
    : tables(t),
      doc(d),
      layout(l),
      timexes(x),
      detector(det),
      options(o),
      dater(d.text, x, o.dct, dating, det.word_lists()),
      lower(lower_ascii(d.text)) {
  for (std::size_t open = doc.text.find("“"); open != std::string::npos;
       open = doc.text.find("“", open + 3)) {
    const std::size_t close = doc.text.find("”", open + 3);
    if (close == std::string::npos) break;
    quotes.emplace_back(open, close + 3);
    open = close;
  }
  add_straight_quotes();
  toks.reserve(256);
  timexes_in_order = std::is_sorted(
      timexes.begin(), timexes.end(),
      [](const temporal::Timex& a, const temporal::Timex& b) { return a.start < b.start; });
}

// Straight quotes pair up within a line (a news paragraph); an odd last one runs to the line's
// end, as a quote that goes on in the next paragraph opens there without closing.
void DocState::add_straight_quotes() {
  const std::string_view text(doc.text);
  const std::size_t curly = quotes.size();
  std::optional<std::size_t> open;
  for (std::size_t i = text.find_first_of("\"\n"); i != std::string_view::npos;
       i = text.find_first_of("\"\n", i + 1)) {
    if (text[i] == '\n') {
      if (open) quotes.emplace_back(*open, i);
      open.reset();
    } else if (open) {
      quotes.emplace_back(*open, i + 1);
      open.reset();
    } else {
      open = i;
    }
  }
  if (open) quotes.emplace_back(*open, text.size());
  if (curly > 0 && quotes.size() > curly) std::sort(quotes.begin(), quotes.end());
}

bool DocState::inside_quotes(std::size_t at) const {
  auto it = std::upper_bound(quotes.begin(), quotes.end(), std::make_pair(at, std::size_t(-1)));
  return it != quotes.begin() && std::prev(it)->first <= at && at < std::prev(it)->second;
}

std::size_t DocState::first_timex_at(std::size_t at) const {
  if (!timexes_in_order) return 0;
  return static_cast<std::size_t>(
      std::lower_bound(timexes.begin(), timexes.end(), at,
                       [](const temporal::Timex& t, std::size_t a) { return t.start < a; }) -
      timexes.begin());
}

std::size_t DocState::first_mention_from(std::size_t at) const {
  const auto& ss = layout.sentences;
  const auto it =
      std::upper_bound(ss.begin(), ss.end(), at,
                       [](std::size_t a, const ingest::Sentence& x) { return a < x.start; });
  const std::size_t j = it == ss.begin() ? 0 : static_cast<std::size_t>(it - ss.begin()) - 1;
  return j < sentence_first_mention.size() ? sentence_first_mention[j] : out.mentions.size();
}

// Tokenizes the sentence and looks up each token once: its ids as written and lower-cased (the
// same id unless it has capitals), and its word classes.
void read_tokens(DocState& st, const ingest::Sentence& s) {
  st.toks.clear();
  tokenize(st.doc.text, s.start, s.end, st.toks);
  const std::size_t n = st.toks.size();
  st.raw_ids.resize(n);
  st.low_ids.resize(n);
  st.classes.resize(n);
  std::uint32_t all = 0;
  for (std::size_t k = 0; k < n; ++k) {
    const Token& t = st.toks[k];
    const std::string_view raw(st.doc.text.data() + t.start, t.end - t.start);
    const int raw_id = st.tables.words.find(raw);
    bool capitals = false;  // no branch per byte: words are short
    for (const char c : raw) capitals |= static_cast<unsigned char>(c - 'A') < 26;
    const int low_id =
        capitals ? st.tables.words.find(std::string_view(st.lower.data() + t.start, raw.size()))
                 : raw_id;
    const std::uint32_t cls = (st.tables.words.flags(raw_id) & kAsWritten) |
                              (st.tables.words.flags(low_id) & ~kAsWritten);
    st.raw_ids[k] = raw_id;
    st.low_ids[k] = low_id;
    st.classes[k] = cls;
    all |= cls;
  }
  st.sentence_classes = all;
}

namespace {

// A headline is dated by the heading timex on its clock line above.
std::optional<std::size_t> headline_date(const DocState& st, const ingest::Sentence& s) {
  std::optional<std::size_t> headline_timex;
  if (!s.headline || s.line == 0) return headline_timex;
  const auto& timexes = st.timexes;
  for (std::size_t back = 1; back <= 3 && back <= s.line; ++back) {
    const auto& l = st.layout.lines[s.line - back];
    if (l.role == ingest::LineRole::clock || l.role == ingest::LineRole::dateline) {
      for (std::size_t k = st.first_timex_at(l.start); k < timexes.size(); ++k) {
        if (st.timexes_in_order && timexes[k].start >= l.end) break;
        if (timexes[k].start >= l.start && timexes[k].end <= l.end && timexes[k].earliest)
          headline_timex = k;
      }
      break;
    }
    if (l.role != ingest::LineRole::label && l.role != ingest::LineRole::blank) break;
  }
  return headline_timex;
}

}  // namespace

// Timexes inside the sentence (both lists are sorted by offset), and the date of a headline.
void find_sentence_timexes(DocState& st, SentenceState& ss) {
  const ingest::Sentence& s = *ss.sentence;
  const auto& timexes = st.timexes;
  while (st.timex_cursor < timexes.size() && timexes[st.timex_cursor].end <= s.start)
    ++st.timex_cursor;
  ss.timexes.clear();
  for (std::size_t k = st.timex_cursor; k < timexes.size() && timexes[k].start < s.end; ++k)
    if (timexes[k].start >= s.start) ss.timexes.push_back(k);
  ss.headline_timex = headline_date(st, s);
}

}  // namespace detail

}  // namespace chronograph::events
