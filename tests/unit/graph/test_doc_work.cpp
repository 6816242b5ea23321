// Tests of the compact per-document record the graph stages keep after extraction.
#include <doctest/doctest.h>

#include <set>

#include "chronograph/base/date_value.hpp"
#include "chronograph/base/source_error.hpp"
#include "chronograph/events/extractor.hpp"
#include "chronograph/events/lexicon.hpp"
#include "chronograph/graph/doc_work.hpp"
#include "chronograph/ingest/layout.hpp"
#include "chronograph/ingest/reader.hpp"
#include "chronograph/temporal/tagger.hpp"

using namespace chronograph;
using namespace chronograph::graph;

TEST_CASE("graph: a document's compact record keeps every mention's facts") {
  const ingest::Document doc = ingest::make_document(
      "wire.txt",
      "Port strike spreads\r\n\r\n"
      "Dockworkers in Rotterdam began a strike on 4 March 2024, the union said. "
      "The strike followed the collapse of wage talks in February. "
      "Shipping firms said the second strike in a decade would cost millions. "
      "Officials met on Monday, a week after the strike began.\r\n");
  const auto layout = ingest::analyze_layout(doc.text);
  const temporal::Tagger tagger;
  temporal::TagOptions topt;
  topt.dct = base::parse_day("2024-03-15");
  const auto timexes = tagger.tag(doc.text, topt);
  const events::Extractor extractor(events::default_lexicon());
  const events::Extraction x = extractor.extract(doc, layout, timexes);
  REQUIRE(x.mentions.size() >= 3);

  DocWork w;
  w.doc = &doc;
  w.keep(doc.text, layout, timexes, x);
  REQUIRE(w.mentions.size() == x.mentions.size());
  std::set<std::string_view> distinct;
  for (StrId s = 0; s < w.string_count(); ++s) distinct.insert(w.str(s));
  CHECK(distinct.size() == w.string_count());  // every string once
  CHECK(w.str(0).empty());
  std::size_t used_timexes = 0;
  std::set<std::size_t> used;
  for (std::size_t i = 0; i < x.mentions.size(); ++i) {
    const events::EventMention& m = x.mentions[i];
    const MentionFacts& f = w.mentions[i];
    CAPTURE(m.label);
    CHECK(f.start == m.start);
    CHECK(f.end == m.end);
    CHECK(f.sentence_start == m.sentence_start);
    CHECK(f.sentence_end == m.sentence_end);
    CHECK(layout.sentences[f.sentence].start == m.sentence_start);
    CHECK(w.str(f.type) == m.type);
    CHECK(w.str(f.label) == m.label);
    CHECK(w.str(f.name) == m.name);
    CHECK(w.str(f.speaker) == m.speaker);
    CHECK(w.str(f.speaker_role) == m.speaker_role);
    std::vector<std::string> actors, places;
    for (StrId a : w.list(f.actors)) actors.emplace_back(w.str(a));
    for (StrId p : w.list(f.places)) places.emplace_back(w.str(p));
    CHECK(actors == m.actors);
    CHECK(places == m.places);
    CHECK(f.ordinal == m.ordinal);
    CHECK(f.tense == m.tense);
    CHECK(f.kind == m.kind);
    CHECK(f.headline == m.headline);
    CHECK(f.definite == m.definite);
    CHECK(f.claim_group == m.claim_group);
    // The sentence and the mention are kept byte for byte; the document's text can go.
    CHECK(w.kept.view(m.sentence_start, m.sentence_end) ==
          std::string_view(doc.text).substr(m.sentence_start, m.sentence_end - m.sentence_start));
    CHECK(w.kept.view(m.start, m.end) ==
          std::string_view(doc.text).substr(m.start, m.end - m.start));
    if (f.line) {
      const auto pos = base::position_of(doc.text, m.start);
      CHECK(f.line == pos.line);
      CHECK(f.column == pos.column);
    }
    CHECK(static_cast<bool>(f.anchor_mention) == m.anchor_mention.has_value());
    if (m.anchor_mention) CHECK(*f.anchor_mention == *m.anchor_mention);
    // Each time expression a mention uses is kept with what dating reads of it.
    auto same = [&](Index kept, std::optional<std::size_t> original) {
      CHECK(static_cast<bool>(kept) == original.has_value());
      if (!kept || !original) return;
      used.insert(*original);
      const temporal::Timex& t = timexes[*original];
      const DateFacts& d = w.dates[*kept];
      CHECK(d.start == t.start);
      CHECK(d.end == t.end);
      CHECK(d.earliest == t.earliest);
      CHECK(d.latest == t.latest);
      CHECK(w.str(d.value) == t.value);
      CHECK(d.reference == t.reference);
      CHECK(d.dct_shift == t.dct_shift);
      CHECK(d.anchor_offset.has_value() == t.anchor.has_value());
      CHECK(w.kept.view(d.start, d.end) ==
            std::string_view(doc.text).substr(t.start, t.end - t.start));
      const auto pos = base::position_of(doc.text, t.start);
      CHECK(d.line == pos.line);
      CHECK(d.column == pos.column);
    };
    same(f.timex, m.timex);
    same(f.anchor_timex, m.anchor_timex);
    same(f.since_timex, m.since_timex);
  }
  used_timexes = used.size();
  CHECK(used_timexes >= 1);
  // Only the time expressions some mention uses are kept.
  CHECK(w.dates.size() == used_timexes);
  CHECK(w.dates.size() < timexes.size());
  std::vector<std::string> places;
  for (StrId p : w.list(w.places_mentioned)) places.emplace_back(w.str(p));
  CHECK(places == x.places_mentioned);
  CHECK(w.links.size() == x.links.size());
  // Less than the whole text is kept (the title line is quoted by no mention).
  CHECK(w.kept.size() < doc.text.size());

  // Moved to fresh storage (as after parallel extraction), the record reads the same.
  std::vector<std::string> strings_before;
  for (StrId s = 0; s < w.string_count(); ++s) strings_before.emplace_back(w.str(s));
  const std::string first_sentence(
      w.kept.view(w.mentions.front().sentence_start, w.mentions.front().sentence_end));
  w.rehome();
  for (StrId s = 0; s < w.string_count(); ++s) CHECK(w.str(s) == strings_before[s]);
  CHECK(w.kept.view(w.mentions.front().sentence_start, w.mentions.front().sentence_end) ==
        first_sentence);
  REQUIRE(w.mentions.size() == x.mentions.size());
  CHECK(w.str(w.mentions.front().type) == x.mentions.front().type);
}
