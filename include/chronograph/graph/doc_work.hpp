// What the graph stages keep of one document: a compact copy of its extraction.
#pragma once
#include <date/date.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "chronograph/base/date_value.hpp"
#include "chronograph/base/evidence.hpp"
#include "chronograph/base/shared_text.hpp"
#include "chronograph/events/extractor.hpp"
#include "chronograph/graph/kept_text.hpp"
#include "chronograph/ingest/document.hpp"
#include "chronograph/ingest/layout.hpp"
#include "chronograph/temporal/dct.hpp"
#include "chronograph/temporal/timex.hpp"

namespace chronograph::graph {

// An optional index in four bytes: `if (i)` and `*i` read like std::optional<std::size_t>.
class Index {
 public:
  Index() = default;
  Index(std::optional<std::size_t> i) : value_(i ? static_cast<std::uint32_t>(*i) : kNone) {}
  explicit operator bool() const { return value_ != kNone; }
  std::size_t operator*() const { return value_; }

 private:
  static constexpr std::uint32_t kNone = UINT32_MAX;
  std::uint32_t value_ = kNone;
};

using StrId = std::uint32_t;  // a string of DocWork::strings; 0 is ""
struct StrList {              // DocWork::list_items[first, first + count)
  std::uint32_t first = 0, count = 0;
};

// One mention (events::EventMention): byte offsets fit 32 bits (documents are limited to
// 4 GiB), strings are ids into the document's pool.
struct MentionFacts {
  std::uint32_t start = 0, end = 0, sentence_start = 0, sentence_end = 0;
  std::uint32_t sentence = 0;  // index of its sentence among the document's content sentences
  Index timex, anchor_timex, since_timex;  // into DocWork::dates
  Index anchor_mention;                    // into DocWork::mentions
  std::int32_t claim_group = -1;
  std::int32_t ordinal = 0;
  StrId type = 0, label = 0, name = 0, speaker = 0, speaker_role = 0;
  StrList actors, places;
  std::uint32_t line = 0, column = 0;  // of start, when a date step may cite it (tense)
  std::int8_t tense = 0;
  events::EventKind kind = events::EventKind::event;
  bool headline = false, specific = false, definite = false;
  bool title = false, open_domain = false, dct_dated = false;
  events::EventClass event_class = events::EventClass::occurrence;
  events::Factuality factuality = events::Factuality::asserted;
  std::uint32_t cue_start = 0, cue_end = 0;  // the word that makes it no fact, if any
  std::int32_t confidence = 0;               // the detector's margin
  // Told as a fact (or as scheduled): only such mentions date their event or cause anything.
  bool fact() const {
    return factuality == events::Factuality::asserted || factuality == events::Factuality::future;
  }
};

// One time expression a mention uses (temporal::Timex, without what no later stage reads).
struct DateFacts {
  std::uint32_t start = 0, end = 0;
  std::optional<date::sys_days> earliest, latest;
  StrId value = 0;
  temporal::TimexType type = temporal::TimexType::date;
  temporal::Reference reference = temporal::Reference::none;
  std::optional<temporal::Shift> dct_shift;
  std::optional<temporal::Shift> anchor_offset;  // event-anchored: date = date(event) + offset
  std::uint32_t line = 0, column = 0;            // of start, for the date steps citing it
};

struct DocWork {
  const ingest::Document* doc = nullptr;
  base::SharedText id;  // shared with the evidence quoting the document
  KeptText kept;        // the bytes later stages quote; the document's text is freed
  std::string title;    // the headline line, or the opening sentence; empty when neither
  std::vector<MentionFacts> mentions;
  std::vector<DateFacts> dates;
  std::vector<events::MentionLink> links;
  StrList places_mentioned;
  std::optional<temporal::DctGuess> dct;  // found in the header
  std::optional<base::DateValue> fixed;   // given from outside (--dct, overrides)
  std::string fixed_rule;

  std::string_view str(StrId s) const {
    const auto [at, size] = strings_[s];
    return {pool_.get() + at, size};
  }
  std::span<const StrId> list(StrList l) const { return {list_items_.data() + l.first, l.count}; }
  std::size_t string_count() const { return strings_.size(); }
  // Bytes [start, end) of the document as evidence.
  base::Evidence evidence(std::size_t start, std::size_t end) const {
    return base::Evidence{id, start, end, kept.shared(start, end)};
  }

  // The day relative expressions were resolved against, if any.
  std::optional<date::sys_days> reference_day() const;

  // Copies the record's storage into allocations of the calling thread. A record made by a
  // worker thread lives in that thread's heap, which the main thread's later allocations do
  // not reuse once the record is freed.
  void rehome();

  // Keeps of one document's text, layout, dates and extraction what clustering, dating and
  // the vertices read: the sentences of its mentions and the spans they cite, with the line
  // and column of what a date step may name. The rest (other text, lines, unused time
  // expressions, per-mention strings) is dropped. Reads dct, so set that first.
  void keep(std::string_view text, const ingest::Layout& layout,
            const std::vector<temporal::Timex>& timexes, const events::Extraction& extraction,
            base::TextArena* arena = nullptr);

 private:
  friend struct ShardCodec;       // the shard format reads and writes the pool directly
  std::unique_ptr<char[]> pool_;  // every distinct string once
  std::vector<std::pair<std::uint32_t, std::uint32_t>> strings_;  // (offset, size) in pool_
  std::vector<StrId> list_items_;
};

// Every document's record, each on its own so that a finished one is freed whole.
using DocWorks = std::vector<std::unique_ptr<DocWork>>;

}  // namespace chronograph::graph
