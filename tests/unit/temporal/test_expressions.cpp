// TIMEX3 recognition and normalization on short texts of other topics and phrasings.
#include "temporal_helpers.hpp"

using namespace chronograph::temporal;
using namespace temporal_test;

namespace {
// Value of the timex with exactly this text, or "<none>".
std::string value_of(std::string_view text, std::string_view needle, std::string_view dct) {
  const auto ts = tag(text, dct);
  const Timex* t = find(text, ts, needle);
  return t ? t->value : std::string("<none: ") + std::to_string(ts.size()) + " found>";
}
}  // namespace

TEST_CASE("temporal: full dates in the usual news forms") {
  const char* dct = "2025-06-03";
  CHECK(value_of("The deal closed on June 2, 2025 in Rome.", "June 2, 2025", dct) == "2025-06-02");
  CHECK(value_of("Friday, July 18 was hot.", "Friday, July 18", dct) == "2025-07-18");
  CHECK(value_of("Signed Sept. 30, 1998.", "Sept. 30, 1998", dct) == "1998-09-30");
  CHECK(value_of("Born on 12/25/1990 in Ohio.", "12/25/1990", dct) == "1990-12-25");
  CHECK(value_of("Meeting on the 2nd of June.", "2nd of June", dct) == "2025-06-02");
  CHECK(value_of("Filed 2024-11-05T10:00 today", "2024-11-05T10:00", dct) == "2024-11-05T10:00");
}

TEST_CASE("temporal: months, years, decades, centuries, seasons, quarters") {
  const char* dct = "2025-06-03";
  CHECK(value_of("Sales fell in May 2024.", "May 2024", dct) == "2024-05");
  CHECK(value_of("The treaty of 1711 ended it.", "1711", dct) == "1711");
  CHECK(value_of("Music of the 1990s returned.", "the 1990s", dct) == "199");
  CHECK(value_of("A hit in the '80s.", "the '80s", dct) == "198");
  CHECK(value_of("Built in the 18th century.", "the 18th century", dct) == "17");
  CHECK(value_of("Planned for summer 2025.", "summer 2025", dct) == "2025-SU");
  CHECK(value_of("Profit rose in the third quarter.", "the third quarter", dct) == "2025-Q3");
  CHECK(value_of("Its third-quarter profit rose.", "third-quarter", dct) == "2025-Q3");
  CHECK(value_of("Revenue in Q1 2024 doubled.", "Q1 2024", dct) == "2024-Q1");
  CHECK(value_of("Last fall the mill shut.", "Last fall", dct) == "2024-FA");
}

TEST_CASE("temporal: modified expressions carry the TIMEX3 mod") {
  const auto text =
      std::string("Rates rose in early 2022, fell in late May and stalled by mid-2024.");
  const auto ts = tag(text, "2025-06-03");
  const Timex* a = find(text, ts, "early 2022");
  REQUIRE(a);
  CHECK(a->value == "2022");
  CHECK(a->mod == "START");
  const Timex* b = find(text, ts, "late May");
  REQUIRE(b);
  CHECK(b->value == "2025-05");
  CHECK(b->mod == "END");
  const Timex* c = find(text, ts, "mid-2024");
  REQUIRE(c);
  CHECK(c->value == "2024");
  CHECK(c->mod == "MID");
}

TEST_CASE("temporal: DCT-relative expressions") {
  const char* dct = "2025-06-03";  // a Tuesday
  CHECK(value_of("It rained today.", "today", dct) == "2025-06-03");
  CHECK(value_of("It rained yesterday.", "yesterday", dct) == "2025-06-02");
  CHECK(value_of("It will rain tomorrow.", "tomorrow", dct) == "2025-06-04");
  CHECK(value_of("Prices rose last week.", "last week", dct) == "2025-W22");
  CHECK(value_of("Prices will rise next month.", "next month", dct) == "2025-07");
  CHECK(value_of("They met last year.", "last year", dct) == "2024");
  CHECK(value_of("It opened two years ago.", "two years ago", dct) == "2023");
  CHECK(value_of("He left five months ago.", "five months ago", dct) == "2025-01");
  CHECK(value_of("We are here now.", "now", dct) == "PRESENT_REF");
  CHECK(value_of("She recently moved.", "recently", dct) == "PAST_REF");
  CHECK(value_of("Plans for the future.", "the future", dct) == "FUTURE_REF");
  CHECK(value_of("He called this morning.", "this morning", dct) == "2025-06-03TMO");
  CHECK(value_of("They met on Tuesday last week.", "last week", dct) == "2025-W22");
}

TEST_CASE("temporal: weekdays and month-days pick past or future from tense") {
  const char* dct = "2025-06-03";  // Tuesday
  CHECK(value_of("The council voted on Friday.", "Friday", dct) == "2025-05-30");
  CHECK(value_of("The council will vote on Friday.", "Friday", dct) == "2025-06-06");
  CHECK(value_of("The council met last Tuesday.", "last Tuesday", dct) == "2025-05-27");
  CHECK(value_of("The council meets next Monday.", "next Monday", dct) == "2025-06-09");
  CHECK(value_of("The vote was held on December 12.", "December 12", dct) == "2024-12-12");
  CHECK(value_of("The vote will be held on December 12.", "December 12", dct) == "2025-12-12");
  // Regression: the tense of a clause that "that" opens after the expression decided it when its
  // cue was nearer than the verb the expression belongs to.
  CHECK(value_of("Clark said in a telephone interview on Friday that he would appeal.", "Friday",
                 dct) == "2025-05-30");
  CHECK(value_of("Officials on Friday said that the talks would resume.", "Friday", dct) ==
        "2025-05-30");
  // Regression (a space-probe story): an irregular past ("told") is a past cue, nearer than the
  // quote's "it is to get here", which is no future; a participle after "be" is none.
  CHECK(value_of("\"It shows how hard it is to get here,\" Menon told reporters on Friday.",
                 "Friday", dct) == "2025-05-30");
  CHECK(value_of("The talks will be held on Friday.", "Friday", dct) == "2025-06-06");
  // Regression (an election story): "certified" after "will publish" is an adjective of the
  // object, no past tense nearer than "will".
  CHECK(value_of("It will publish certified final results on Wednesday.", "Wednesday", dct) ==
        "2025-06-04");
  // Regression (a rail-strike story): the dots of "a.m." do not end the sentence before "due".
  CHECK(value_of("The walkout is due to end at 4 a.m. on Saturday.", "4 a.m. on Saturday", dct) ==
        "2025-06-07T04:00");
  // ... and the tense of a day after a clock time is read around the whole expression.
  CHECK(value_of("It began at 4 a.m. on Monday and is due to end at 4 a.m. on Saturday.",
                 "4 a.m. on Monday", dct) == "2025-06-02T04:00");
  // Regression (a doping story): the quote after a colon does not time the day before it.
  CHECK(value_of(
            "She denied any wrongdoing in a post on Monday night: \u201cI will fight this.\u201d",
            "Monday night", dct) == "2025-06-02");
  CHECK(value_of("The ministers met on Friday.", "Friday", dct) == "2025-05-30");
}

TEST_CASE("temporal: clock times") {
  const char* dct = "2025-06-03";
  CHECK(value_of("The polls open at 9 a.m. sharp.", "9 a.m.", dct) == "2025-06-03T09:00");
  CHECK(value_of("Fire reported at 21:35 GMT.", "21:35 GMT", dct) == "2025-06-03T21:35");
  CHECK(value_of("At 7:15 p.m. the lights went out", "7:15 p.m.", dct) == "2025-06-03T19:15");
  CHECK(value_of("Talks resume at noon.", "noon", dct) == "2025-06-03T12:00");
  // Regression (an earthquake story): the day after "local time" is the clock's, not the last
  // day the story told ("rose on Thursday. The quake hit at 9:41 a.m. local time on Monday").
  CHECK(value_of("The toll rose on Tuesday. The quake hit at 9:41 a.m. local time on Monday.",
                 "9:41 a.m. local time on Monday", dct) == "2025-06-02T09:41");
  CHECK(value_of("He called late tonight.", "late tonight", dct) == "2025-06-03TNI");
  const std::string s = "The score was 3:1 and the ratio 2.30 to one.";
  const auto ts = tag(s, dct);
  CHECK_FALSE(tagged(s, ts, "3:1"));
  CHECK_FALSE(tagged(s, ts, "2.30"));
}

TEST_CASE("temporal: durations and sets") {
  const char* dct = "2025-06-03";
  CHECK(value_of("A 30-day ceasefire began.", "30-day", dct) == "P30D");
  CHECK(value_of("It lasted 2.5 hours.", "2.5 hours", dct) == "PT2.5H");
  CHECK(value_of("It took a decade.", "a decade", dct) == "P10Y");
  CHECK(value_of("Within 24 hours it ended.", "24 hours", dct) == "PT24H");
  CHECK(value_of("It took several months.", "several months", dct) == "PXM");
  CHECK(value_of("They meet every week.", "every week", dct) == "P1W");
  CHECK(value_of("The paper is published weekly.", "weekly", dct) == "P1W");
  CHECK(value_of("Sales over the past two months rose.", "the past two months", dct) == "P2M");
  const std::string s = "The 6-year-old boy and the 52 years old man.";
  const auto ts = tag(s, dct);
  CHECK_FALSE(tagged(s, ts, "6-year-old"));
  CHECK_FALSE(tagged(s, ts, "52 years old"));
}

TEST_CASE("temporal: a newspaper named after its frequency is not a SET") {
  const char* dct = "2025-06-03";
  const std::string s =
      "Business Daily reported it first. The Daily Mail and the Daily Telegraph followed, "
      "as did The Weekly Standard, the Monthly Review and the paper they call the Daily.\n"
      "Daily Mail readers wrote in.";
  const auto ts = tag(s, dct);
  for (const char* name : {"Business Daily", "Daily Mail", "Daily Telegraph", "Weekly Standard",
                           "Monthly Review", "the Daily.", "Daily Mail readers"})
    CHECK_MESSAGE(!tagged(s, ts, name), name);
  // The sentence's first word is capitalised for the sentence, not for a name.
  CHECK(value_of("Daily flights resumed.", "Daily", dct) == "P1D");
  CHECK(value_of("It happened. Weekly meetings followed.", "Weekly", dct) == "P1W");
  CHECK(value_of("\"Daily,\" he said.", "Daily", dct) == "P1D");
  CHECK(value_of("THE PAPER IS PRINTED DAILY", "DAILY", dct) == "P1D");
  CHECK(value_of("Buses run daily from Kyiv.", "daily", dct) == "P1D");
}

TEST_CASE("temporal: ranges are tagged as their parts, the way TE3 annotates them") {
  const std::string s = "From June 1 to June 3 and during 2009-2010 prices fell.";
  const auto ts = tag(s, "2025-06-03");
  REQUIRE(find(s, ts, "June 1"));
  CHECK(find(s, ts, "June 1")->value == "2025-06-01");
  REQUIRE(find(s, ts, "June 3"));
  REQUIRE(find(s, ts, "2009"));
  REQUIRE(find(s, ts, "2010"));
}

TEST_CASE("temporal: event-anchored expressions record the event and the shift") {
  const std::string s =
      "The summit opened in Geneva. The following day, talks broke down. A month later the "
      "envoys returned, two days before the vote.";
  const auto ts = tag(s, "2025-06-03");
  const Timex* f = find(s, ts, "The following day");
  REQUIRE(f);
  CHECK(f->reference == Reference::event);
  REQUIRE(f->anchor);
  CHECK(f->anchor->offset == Shift{1, Unit::day});
  CHECK(f->anchor->phrase == "The summit");
  const Timex* m = find(s, ts, "A month");
  REQUIRE(m);
  REQUIRE(m->anchor);
  CHECK(m->anchor->offset == Shift{1, Unit::month});
  const Timex* b = find(s, ts, "two days");
  REQUIRE(b);
  REQUIRE(b->anchor);
  CHECK(b->anchor->offset == Shift{-2, Unit::day});
  CHECK(b->anchor->phrase == "the vote");
}

// Regression: a clause with a bare noun subject ("a day after parliament passed a law") had no
// anchor, so the passing took the sentence's "Tuesday night" and the protest a day after that.
TEST_CASE("temporal: 'a day after parliament passed' anchors on a bare-noun clause") {
  const std::string s =
      "People protested on Tuesday night, a day after parliament passed a law on media.";
  const auto ts = tag(s, "2025-05-21");
  const Timex* d = find(s, ts, "a day");
  REQUIRE(d);
  REQUIRE(d->anchor);
  CHECK(d->anchor->phrase == "parliament passed");
  const std::string t = "Shops reopened hours after police lifted the curfew.";
  const auto tt = tag(t, "2025-05-21");
  const Timex* h = find(t, tt, "hours");
  if (h && h->anchor) CHECK(h->anchor->phrase == "police lifted");
  // Not a clause: a bare noun with no past-tense verb after it anchors nothing.
  const std::string u = "Prices rose a day after midnight trading began.";
  const auto tu = tag(u, "2025-05-21");
  const Timex* a = find(u, tu, "a day");
  if (a && a->anchor) CHECK(a->anchor->phrase != "midnight trading");
}

TEST_CASE("temporal: holidays, spelled years, halves, hours ago, the day before") {
  const char* dct = "2000-04-03";
  CHECK(value_of("They met on Thanksgiving Day.", "Thanksgiving Day", dct) == "1999-11-25");
  CHECK(value_of("Shops close on Christmas Eve.", "Christmas Eve", dct) == "1999-12-24");
  CHECK(value_of("The vote on Election Day 1998 was close.", "Election Day 1998", dct) ==
        "1998-11-03");
  CHECK(value_of("Crowds will gather at Easter.", "Easter", dct) == "2000-04-23");
  CHECK(value_of("Back in nineteen ninety-six it rained.", "nineteen ninety-six", dct) == "1996");
  CHECK(value_of("Sales in the last half of 1989 fell.", "the last half of 1989", dct) ==
        "1989-H2");
  CHECK(value_of("Sales in the first half rose.", "the first half", dct) == "2000-H1");
  CHECK(value_of("They waited 2 1/2 years.", "2 1/2 years", dct) == "P2Y6M");
  CHECK(value_of("It fell two hours ago.", "two hours ago", dct) == "2000-04-03");
  const std::string s = "Protests began the day before the vote and grew.";
  const auto ts = tag(s, dct);
  const Timex* d = find(s, ts, "the day");
  REQUIRE(d);
  CHECK(d->reference == Reference::event);
  REQUIRE(d->anchor);
  CHECK(d->anchor->phrase == "the vote");
  CHECK(d->anchor->offset == Shift{-1, Unit::day});
}

TEST_CASE("temporal: 'that day', 'the next morning' date from the story's own time line") {
  const std::string s =
      "The plant exploded on March 3, 2021. That day, crews arrived. The next morning the "
      "fire was out, and later that year the owners sold it. CBS aired it on 60 Minutes.";
  const auto ts = tag(s, "2025-06-03");
  const Timex* d = find(s, ts, "That day");
  REQUIRE(d);
  CHECK(d->reference == Reference::event);
  CHECK(d->value == "2021-03-03");
  REQUIRE(d->anchor);
  CHECK(d->anchor->offset == Shift{0, Unit::day});
  const Timex* m = find(s, ts, "The next morning");
  REQUIRE(m);
  CHECK(m->value == "2021-03-04");
  REQUIRE(m->anchor);
  CHECK(m->anchor->offset == Shift{1, Unit::day});
  REQUIRE(find(s, ts, "that year"));
  CHECK(find(s, ts, "that year")->value == "2021");
  CHECK_FALSE(tagged(s, ts, "60 Minutes"));
}

// Regression: "went door to door on Sunday, and orders were expanded later that day" took the
// day from an event of the sentence before (Saturday's); "started on Saturday, Aug. 7, and
// spread overnight" took the night of the publication day.
TEST_CASE("temporal: 'that day' and 'overnight' after a day told in the same sentence") {
  const std::string s =
      "The fire started on Saturday, Aug. 7, and spread rapidly overnight. Deputies went door "
      "to door on Sunday, and orders were expanded later that day.";
  const auto ts = tag(s, "2021-08-12");
  const Timex* night = find(s, ts, "overnight");
  REQUIRE(night);
  CHECK(night->value == "2021-08-07TNI");
  CHECK(fmt(night->earliest) == "2021-08-07");
  const Timex* d = find(s, ts, "that day");
  REQUIRE(d);
  CHECK(d->reference != Reference::event);
  CHECK_FALSE(d->anchor);
  CHECK(fmt(d->earliest) == "2021-08-08");
  // Across a sentence's end the story's time line is the event's, as before.
  const std::string t = "The fire started on Sunday. Orders were expanded that day.";
  const auto tt = tag(t, "2021-08-12");
  REQUIRE(find(t, tt, "that day"));
  CHECK(find(t, tt, "that day")->reference == Reference::event);
}

TEST_CASE("temporal: not dates") {
  const std::string s =
      "Russia loses 1,180 soldiers. Views: 473. Shares traded at $27 a share, up 2025 points. "
      "The 18th sanctions package passed. He may go. Sun Microsystems rose. The A320 flew. "
      "Call 555-1234 now or email.";
  const auto ts = tag(s, "2025-06-03");
  CHECK_FALSE(tagged(s, ts, "1,180"));
  CHECK_FALSE(tagged(s, ts, "473"));
  CHECK_FALSE(tagged(s, ts, "$27"));
  CHECK_FALSE(tagged(s, ts, "18th"));
  CHECK_FALSE(tagged(s, ts, "may go"));
  CHECK_FALSE(tagged(s, ts, "Sun"));
  CHECK_FALSE(tagged(s, ts, "A320"));
  CHECK_FALSE(tagged(s, ts, "2025 points"));
}

TEST_CASE("temporal: edge cases: empty, CRLF, impossible dates, huge numbers, no DCT") {
  CHECK(tag("").empty());
  CHECK(tag("   \n\n").empty());
  const std::string crlf = "Title\r\n3 June, 2025 Tuesday\r\n17:53\r\nIt happened yesterday.\r\n";
  const auto ts = tag(crlf, "2025-06-03");
  REQUIRE(find(crlf, ts, "3 June, 2025 Tuesday"));
  REQUIRE(find(crlf, ts, "17:53"));
  CHECK(find(crlf, ts, "17:53")->value == "2025-06-03T17:53");
  CHECK(find(crlf, ts, "yesterday")->value == "2025-06-02");
  const std::string bad = "It was February 30, 2023 or 2023-02-30 or 31 April 2024.";
  const auto tb = tag(bad, "2025-06-03");
  CHECK_FALSE(find(bad, tb, "February 30, 2023"));
  CHECK_FALSE(find(bad, tb, "2023-02-30"));
  CHECK_FALSE(find(bad, tb, "31 April 2024"));
  const std::string huge = "In 99999999999999999999 years and 123456789012 days at 99:99.";
  CHECK_NOTHROW(tag(huge, "2025-06-03"));
  const std::string undated = "The board met on Friday and will meet again in March.";
  const auto tu = tag(undated);
  const Timex* fri = find(undated, tu, "Friday");
  REQUIRE(fri);
  CHECK(fri->value == "XXXX-XX-XX");
  CHECK_FALSE(fri->earliest);
  const Timex* mar = find(undated, tu, "March");
  REQUIRE(mar);
  CHECK(mar->value == "XXXX-03");
}

TEST_CASE("temporal: results are sorted and never overlap, on every sample article") {
  for (const char* p : {"000_", "001_", "002_", "003_", "004_"}) {
    const auto text = sample(p);
    const auto ts = tag(text, "2025-06-03");
    for (std::size_t i = 0; i < ts.size(); ++i) {
      CHECK(ts[i].start < ts[i].end);
      CHECK(ts[i].end <= text.size());
      if (i) CHECK(ts[i - 1].end <= ts[i].start);
    }
  }
}

// Regression: a bare clock time after the story's day took the page's date ("before dawn on
// Friday ... The quake hit at 3:42 a.m." on a Saturday page gave Saturday).
TEST_CASE("temporal: a bare clock time is on the day the story last told, else the page's") {
  const std::string s =
      "A strong earthquake struck before dawn on Friday. The quake hit at 3:42 a.m. local time.";
  const auto ts = tag(s, "2024-11-23");
  const Timex* t = find(s, ts, "3:42 a.m.");
  REQUIRE(t);
  CHECK(t->value == "2024-11-22T03:42");
  CHECK(t->dct_shift == Shift{-1, Unit::day});
  const std::string alone = "Officials met at 10 a.m. to discuss the damage.";
  const auto ta = tag(alone, "2024-11-23");
  const Timex* a = find(alone, ta, "10 a.m.");
  REQUIRE(a);
  CHECK(a->value == "2024-11-23T10:00");
}

// From a launch story: "postponed the launch by about two months after a fire" counted the fire
// two months back from the postponement; after "by", the distance measures a change.
TEST_CASE("temporal: 'by about two months after X' is a measure, not a date from X") {
  const std::string s =
      "Kestrel has postponed the launch by about two months after a fire at "
      "a supplier's factory.";
  const auto ts = tag(s, "2025-09-03");
  const Timex* d = find(s, ts, "two months");
  REQUIRE(d);
  CHECK(d->type == TimexType::duration);
  CHECK_FALSE(d->anchor.has_value());
  CHECK(d->reference != Reference::event);
}

// "The company will open the plant in September", told in January, was last September: the
// future reached only ~8 months ahead. Reaching ~11 exposed "announced the plan Aug. 21" taking
// "plan" (a noun after "the") for a future cue.
TEST_CASE("temporal: a month told as to come within a year, a plan noun no future cue") {
  const std::string s = "The company will open the plant in September.";
  const auto ts = tag(s, "2025-01-10");
  REQUIRE(find(s, ts, "September"));
  CHECK(find(s, ts, "September")->value == "2025-09");
  const std::string t = "The thrift announced the plan Aug. 21.";
  const auto tt = tag(t, "1989-10-27");
  REQUIRE(find(t, tt, "Aug. 21"));
  CHECK(find(t, tt, "Aug. 21")->value == "1989-08-21");
}
