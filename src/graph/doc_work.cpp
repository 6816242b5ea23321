// Compacting one document's extraction into the record the graph stages keep.
#include "chronograph/graph/doc_work.hpp"

#include <algorithm>
#include <cstring>
#include <type_traits>
#include <unordered_map>

#include "chronograph/base/source_error.hpp"

namespace chronograph::graph {

std::optional<date::sys_days> DocWork::reference_day() const {
  if (fixed && fixed->exact()) return fixed->earliest;
  if (dct) return dct->day;
  return std::nullopt;
}

void DocWork::rehome() {
  auto fresh = [](auto& v) {
    std::remove_reference_t<decltype(v)> copy(v.begin(), v.end());
    v.swap(copy);
  };
  fresh(mentions);
  fresh(dates);
  fresh(links);
  fresh(strings_);
  fresh(list_items_);
  fresh(title);
  if (dct) fresh(dct->rule);
  std::size_t pool_size = 0;
  for (const auto& [at, size] : strings_) pool_size = std::max<std::size_t>(pool_size, at + size);
  auto pool = std::make_unique<char[]>(pool_size);
  if (pool_size) std::memcpy(pool.get(), pool_.get(), pool_size);
  pool_ = std::move(pool);
  kept.rehome();
}

void DocWork::keep(std::string_view text, const ingest::Layout& layout,
                   const std::vector<temporal::Timex>& timexes,
                   const events::Extraction& extraction, base::TextArena* arena) {
  // Strings are interned per document: actors, places and types repeat from mention to mention.
  std::string pool;
  std::unordered_map<std::string_view, StrId> ids;
  strings_.assign(1, {0, 0});
  list_items_.clear();
  auto intern = [&](std::string_view s) -> StrId {
    if (s.empty()) return 0;
    const auto [it, fresh] = ids.emplace(s, static_cast<StrId>(strings_.size()));
    if (fresh) {
      strings_.emplace_back(static_cast<std::uint32_t>(pool.size()),
                            static_cast<std::uint32_t>(s.size()));
      pool += s;
    }
    return it->second;
  };
  auto list = [&](const std::vector<std::string>& items) {
    const StrList l{static_cast<std::uint32_t>(list_items_.size()),
                    static_cast<std::uint32_t>(items.size())};
    for (const auto& s : items) list_items_.push_back(intern(s));
    return l;
  };
  // Only the time expressions some mention uses are kept, in order of first use.
  std::vector<std::uint32_t> date_of(timexes.size(), UINT32_MAX);
  dates.clear();
  auto use = [&](std::optional<std::size_t> i) -> Index {
    if (!i) return {};
    if (date_of[*i] == UINT32_MAX) {
      const temporal::Timex& t = timexes[*i];
      DateFacts f;
      f.start = static_cast<std::uint32_t>(t.start);
      f.end = static_cast<std::uint32_t>(t.end);
      f.earliest = t.earliest;
      f.latest = t.latest;
      f.value = intern(t.value);
      f.type = t.type;
      f.reference = t.reference;
      f.dct_shift = t.dct_shift;
      if (t.anchor) f.anchor_offset = t.anchor->offset;
      date_of[*i] = static_cast<std::uint32_t>(dates.size());
      dates.push_back(f);
    }
    return std::optional<std::size_t>(date_of[*i]);
  };
  const auto& sentences = layout.sentences;
  mentions.clear();
  mentions.reserve(extraction.mentions.size());
  for (const events::EventMention& m : extraction.mentions) {
    MentionFacts f;
    f.start = static_cast<std::uint32_t>(m.start);
    f.end = static_cast<std::uint32_t>(m.end);
    f.sentence_start = static_cast<std::uint32_t>(m.sentence_start);
    f.sentence_end = static_cast<std::uint32_t>(m.sentence_end);
    f.sentence = static_cast<std::uint32_t>(
        std::lower_bound(sentences.begin(), sentences.end(), m.sentence_start,
                         [](const ingest::Sentence& s, std::size_t at) { return s.start < at; }) -
        sentences.begin());
    f.timex = use(m.timex);
    f.anchor_timex = use(m.anchor_timex);
    f.since_timex = use(m.since_timex);
    f.anchor_mention = m.anchor_mention;
    f.claim_group = m.claim_group;
    f.ordinal = m.ordinal;
    f.type = intern(m.type);
    f.label = intern(m.label);
    f.name = intern(m.name);
    f.speaker = intern(m.speaker);
    f.speaker_role = intern(m.speaker_role);
    f.actors = list(m.actors);
    f.places = list(m.places);
    f.tense = static_cast<std::int8_t>(m.tense);
    f.kind = m.kind;
    f.headline = m.headline;
    f.specific = m.specific;
    f.definite = m.definite;
    f.title = m.title;
    f.open_domain = m.open_domain;
    f.dct_dated = m.dct_dated;
    f.event_class = m.event_class;
    f.factuality = m.factuality;
    f.cue_start = static_cast<std::uint32_t>(m.cue_start);
    f.cue_end = static_cast<std::uint32_t>(m.cue_end);
    f.confidence = m.confidence;
    mentions.push_back(f);
  }
  links = extraction.links;
  places_mentioned = list(extraction.places_mentioned);

  // The text later stages quote: sentences and spans of mentions, dates, links, the header.
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  spans.reserve(2 * mentions.size() + dates.size() + links.size() + 1);
  for (const auto& m : mentions) {
    spans.emplace_back(m.sentence_start, m.sentence_end);
    spans.emplace_back(m.start, m.end);
    if (m.cue_end > m.cue_start) spans.emplace_back(m.cue_start, m.cue_end);
  }
  for (const auto& d : dates) spans.emplace_back(d.start, d.end);
  for (const auto& l : links) spans.emplace_back(l.start, l.end);
  if (dct) spans.emplace_back(dct->start, dct->end);
  kept = KeptText(text, std::move(spans), arena);
  // Lines and columns of what a date step may name, found in one pass: every date a mention
  // uses, and the mentions a tense step may cite (events without dates of their own).
  auto cites_tense = [](const MentionFacts& m) {
    return m.kind == events::EventKind::event && !m.timex && !m.anchor_timex && !m.headline &&
           m.tense != 0;
  };
  std::vector<std::size_t> offsets;
  for (const auto& d : dates) offsets.push_back(d.start);
  for (const auto& m : mentions)
    if (cites_tense(m)) offsets.push_back(m.start);
  std::sort(offsets.begin(), offsets.end());
  offsets.erase(std::unique(offsets.begin(), offsets.end()), offsets.end());
  const std::vector<base::SourcePos> positions = base::positions_of(text, offsets);
  auto place = [&](std::uint32_t offset, std::uint32_t& line, std::uint32_t& column) {
    const auto i = static_cast<std::size_t>(
        std::lower_bound(offsets.begin(), offsets.end(), offset) - offsets.begin());
    line = static_cast<std::uint32_t>(positions[i].line);
    column = static_cast<std::uint32_t>(positions[i].column);
  };
  for (auto& d : dates) place(d.start, d.line, d.column);
  for (auto& m : mentions)
    if (cites_tense(m)) place(m.start, m.line, m.column);
  pool_ = std::make_unique<char[]>(pool.size());
  std::memcpy(pool_.get(), pool.data(), pool.size());
  strings_.shrink_to_fit();
  list_items_.shrink_to_fit();
  dates.shrink_to_fit();
}

}  // namespace chronograph::graph
