// The temporal stage on the sample articles of data/corpus: dates the timeline depends on.
#include "chronograph/temporal/dct.hpp"
#include "temporal_helpers.hpp"

using namespace chronograph::temporal;
using namespace temporal_test;

TEST_CASE("temporal: 'yesterday' in the second-round page resolves against the DCT") {
  const auto text = sample("002_");
  const auto ts = tag(text, "2025-06-03");
  const Timex* y = find(text, ts, "yesterday");
  REQUIRE(y);
  CHECK(y->value == "2025-06-02");
  CHECK(fmt(y->earliest) == "2025-06-02");
  CHECK(fmt(y->latest) == "2025-06-02");
  CHECK(y->reference == Reference::dct);
  REQUIRE(y->dct_shift);
  CHECK(y->dct_shift->amount == -1);
  CHECK(y->dct_shift->unit == Unit::day);
}

TEST_CASE("temporal: without a DCT, 'yesterday' keeps its shift for the graph stage") {
  const auto text = sample("002_");
  const auto ts = tag(text);
  const Timex* y = find(text, ts, "yesterday");
  REQUIRE(y);
  CHECK_FALSE(y->earliest);
  CHECK(y->reference == Reference::dct);
  REQUIRE(y->dct_shift);
  CHECK(*y->dct_shift == Shift{-1, Unit::day});
}

TEST_CASE("temporal: 'Just a day before' is anchored to an event, one day earlier") {
  const auto text = sample("002_");
  const auto ts = tag(text, "2025-06-03");
  const Timex* d = find(text, ts, "a day");
  REQUIRE(d);
  CHECK(d->reference == Reference::event);
  REQUIRE(d->anchor);
  CHECK(d->anchor->offset == Shift{-1, Unit::day});
  CHECK(text.substr(d->end, 7) == " before");
  // "... ahead of this meeting. Just a day before, ...": the event of the sentence before.
  CHECK(d->anchor->phrase == "this meeting");
  // "on the eve of the negotiations": the day before the named event.
  const Timex* eve = find(text, ts, "the eve");
  REQUIRE(eve);
  REQUIRE(eve->anchor);
  CHECK(eve->anchor->phrase == "the negotiations");
  CHECK(eve->anchor->offset == Shift{-1, Unit::day});
  CHECK(text.substr(eve->anchor->start, eve->anchor->end - eve->anchor->start) ==
        "the negotiations");
}

TEST_CASE("temporal: 'back in May' and 'in recent weeks' on the second-round page") {
  const auto text = sample("002_");
  const auto ts = tag(text, "2025-06-03");
  const Timex* may = find(text, ts, "May");
  REQUIRE(may);
  CHECK(may->value == "2025-05");
  CHECK(fmt(may->earliest) == "2025-05-01");
  CHECK(fmt(may->latest) == "2025-05-31");
  const Timex* recent = find(text, ts, "recent weeks");
  REQUIRE(recent);
  CHECK(recent->value == "PXW");
  const Timex* hours = find(text, ts, "2.5 hours");
  REQUIRE(hours);
  CHECK(hours->type == TimexType::duration);
  CHECK(hours->value == "PT2.5H");
  CHECK_FALSE(tagged(text, ts, "6,000"));
}

TEST_CASE("temporal: header dates of the sample pages are their DCTs") {
  const Tagger tagger;
  const auto a = detect_dct(sample("000_"), tagger);
  REQUIRE(a);
  CHECK(chronograph::base::format_day(a->day) == "2025-06-03");
  const auto b = detect_dct(sample("001_"), tagger);
  REQUIRE(b);
  CHECK(chronograph::base::format_day(b->day) == "2025-06-04");
  const auto c = detect_dct(sample("003_"), tagger);
  REQUIRE(c);
  CHECK(chronograph::base::format_day(c->day) == "2025-05-20");
  CHECK_FALSE(detect_dct(sample("002_"), tagger));
  CHECK_FALSE(detect_dct(sample("004_"), tagger));
}

TEST_CASE("temporal: the Caliber page: header time, 'June 2', 'since May 2024', no counters") {
  const auto text = sample("001_");
  const auto ts = tag(text, "2025-06-04");
  const Timex* head = find(text, ts, "04 June 2025 14:40");
  REQUIRE(head);
  CHECK(head->type == TimexType::time);
  CHECK(head->value == "2025-06-04T14:40");
  CHECK(fmt(head->earliest) == "2025-06-04");
  const Timex* june2 = find(text, ts, "June 2");
  REQUIRE(june2);
  CHECK(june2->value == "2025-06-02");
  const Timex* may = find(text, ts, "May 2024");
  REQUIRE(may);
  CHECK(may->value == "2024-05");
  CHECK(may->reference == Reference::absolute);
  CHECK_FALSE(tagged(text, ts, "Views: 473"));
  CHECK_FALSE(tagged(text, ts, "6,000"));
  const Timex* eve = find(text, ts, "the eve");
  REQUIRE(eve);
  REQUIRE(eve->anchor);
  CHECK(eve->anchor->phrase == "the Istanbul talks");
}

TEST_CASE("temporal: the Espreso page: header, clock, and the dated headline list") {
  const auto text = sample("000_");
  const auto ts = tag(text, "2025-06-03");
  const Timex* head = find(text, ts, "3 June, 2025 Tuesday");
  REQUIRE(head);
  CHECK(head->value == "2025-06-03");
  const Timex* clock = find(text, ts, "17:53");
  REQUIRE(clock);
  CHECK(clock->value == "2025-06-03T17:53");
  // The sidebar: "2025, Friday" / "18 July" dates the clock lines below it ...
  const Timex* year_line = find(text, ts, "2025, Friday");
  REQUIRE(year_line);
  CHECK(year_line->value == "2025-07-18");
  const Timex* day_line = find(text, ts, "18 July");
  REQUIRE(day_line);
  CHECK(day_line->value == "2025-07-18");
  CHECK(day_line->reference == Reference::heading);
  const Timex* t1129 = find(text, ts, "11:29");
  REQUIRE(t1129);
  CHECK(t1129->value == "2025-07-18T11:29");
  CHECK(fmt(t1129->earliest) == "2025-07-18");
  CHECK(t1129->reference == Reference::heading);
  // ... until the next heading "2025, Thursday" / "17 July".
  const Timex* t2130 = find(text, ts, "21:30");
  REQUIRE(t2130);
  CHECK(t2130->value == "2025-07-17T21:30");
  // Not dates: the ordinal of "18th sanctions package", "50-day ultimatum" is a duration.
  CHECK_FALSE(tagged(text, ts, "18th"));
  CHECK_FALSE(tagged(text, ts, "1,180"));
  const Timex* ystd = find(text, ts, "Yesterday");
  REQUIRE(ystd);
  CHECK(ystd->value == "2025-06-02");
}

TEST_CASE("temporal: the Caspian page: ISO header, 'early 2022', 'March 2022', 1711") {
  const auto text = sample("003_");
  const auto ts = tag(text, "2025-05-20");
  const Timex* iso = find(text, ts, "2025-05-20");
  REQUIRE(iso);
  CHECK(iso->reference == Reference::absolute);
  const Timex* early = find(text, ts, "early 2022");
  REQUIRE(early);
  CHECK(early->value == "2022");
  CHECK(early->mod == "START");
  const Timex* march = find(text, ts, "March 2022");
  REQUIRE(march);
  CHECK(march->value == "2022-03");
  CHECK(find(text, ts, "1711"));
  // "the 2022 Istanbul talks": TE3 leaves the determiner out.
  CHECK(find(text, ts, "2022", 0));
  CHECK_FALSE(find(text, ts, "the 2022"));
}

TEST_CASE("temporal: the verb 'may' is never a month") {
  const auto text = sample("004_");
  const auto ts = tag(text, "2025-06-03");
  for (const auto& t : ts) CHECK(surface(text, t) != "may");
  const std::string s = "Prices may rise. It may be. In May, they met. May 5 was calm.";
  const auto t2 = tag(s, "2025-06-03");
  CHECK_FALSE(tagged(s, t2, "may rise"));
  CHECK_FALSE(tagged(s, t2, "may be"));
  REQUIRE(find(s, t2, "May"));
  CHECK(find(s, t2, "May")->value == "2025-05");
  REQUIRE(find(s, t2, "May 5"));
  CHECK(find(s, t2, "May 5")->value == "2025-05-05");
}
