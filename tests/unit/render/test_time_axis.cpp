// Time axis: proportional positions, breaks over long empty stretches, ticks for the span.
#include <doctest/doctest.h>

#include "chronograph/render/time_axis.hpp"
#include "support.hpp"

using namespace chronograph::render;
using chronograph::render::test::day;

TEST_CASE("render: the axis cuts centuries-long gaps but keeps weeks to scale") {
  const auto axis = TimeAxis::fit({{day(1711, 1, 1), day(1711, 12, 31)},
                                   {day(2022, 3, 29), day(2022, 3, 29)},
                                   {day(2025, 5, 16), day(2025, 5, 16)},
                                   {day(2025, 6, 2), day(2025, 6, 2)},
                                   {day(2025, 6, 20), day(2025, 6, 20)}},
                                  100);
  REQUIRE(axis.segments().size() == 3);
  REQUIRE(axis.breaks().size() == 2);
  CHECK(axis.breaks()[0].gap == "310 years");
  CHECK(axis.breaks()[1].gap == "3 years");
  // Within a segment, position is proportional to time.
  const double a = axis.x(day(2025, 5, 16)), b = axis.x(day(2025, 6, 2)),
               c = axis.x(day(2025, 6, 20));
  CHECK(a < b);
  CHECK(b < c);
  CHECK((b - a) / 17 == doctest::Approx((c - b) / 18));
  // Order is kept across segments, and the axis starts where asked.
  CHECK(axis.x(day(1711, 12, 31)) < axis.x(day(2022, 3, 29)));
  CHECK(axis.x_begin() == 100);
  CHECK(axis.x_end() > axis.x(day(2025, 6, 20)));
}

TEST_CASE("render: a month of nothing is cut when it is most of the time around it") {
  const auto axis = TimeAxis::fit({{day(2025, 5, 16), day(2025, 5, 16)},
                                   {day(2025, 6, 2), day(2025, 6, 4)},
                                   {day(2025, 7, 18), day(2025, 7, 18)}},
                                  0);
  REQUIRE(axis.segments().size() == 2);
  CHECK(axis.breaks()[0].gap == "44 days");
  const auto kept = TimeAxis::fit({{day(2025, 5, 16), day(2025, 5, 16)},
                                   {day(2025, 6, 2), day(2025, 6, 4)},
                                   {day(2025, 6, 25), day(2025, 6, 25)}},
                                  0);
  CHECK(kept.segments().size() == 1);
}

TEST_CASE("render: a busy quarter among year-long dates gets a segment of its own") {
  // Years 2022..2027 held open by whole-year dates: no gap is a quarter of the span, but the
  // busy months of 2025 ask for most of the room and would get a few percent of it.
  std::vector<AxisInterval> in{{day(2022, 1, 1), day(2022, 12, 31), 120},
                               {day(2022, 3, 1), day(2022, 3, 31), 120},
                               {day(2024, 5, 1), day(2024, 5, 31), 120},
                               {day(2027, 1, 1), day(2027, 12, 31), 120}};
  for (int d = 0; d < 60; d += 3) {
    const auto when = day(2025, 5, 16) + date::days{d};
    in.push_back({when, when, 130});
  }
  const auto axis = TimeAxis::fit(in, 0);
  REQUIRE(axis.segments().size() == 4);
  const auto& busy = axis.segment(day(2025, 6, 1));
  CHECK(busy.first == day(2025, 5, 16));
  CHECK(busy.last == day(2025, 7, 12));
  CHECK(busy.x1 - busy.x0 >= 20 * 130);  // all the room it asks for
  // Evenly spread dates squeeze nothing: a month apart for two years stays one segment.
  std::vector<AxisInterval> even;
  for (int m = 0; m < 24; ++m) {
    const auto when = day(2023, 1, 15) + date::days{30 * m};
    even.push_back({when, when, 130});
  }
  CHECK(TimeAxis::fit(even, 0).segments().size() == 1);
}

TEST_CASE("render: ticks fall inside their segments with labels fit for the span") {
  const auto axis = TimeAxis::fit({{day(2025, 5, 1), day(2025, 5, 31), 200},
                                   {day(2025, 6, 2), day(2025, 6, 2), 200},
                                   {day(2025, 6, 25), day(2025, 6, 25), 200}},
                                  0);
  REQUIRE(axis.segments().size() == 1);
  const auto ticks = axis.ticks();
  REQUIRE(ticks.size() >= 2);
  CHECK(ticks.front().label.find("2025") != std::string::npos);  // the first one names the year
  for (std::size_t i = 1; i < ticks.size(); ++i) {
    CHECK(ticks[i].x - ticks[i - 1].x >= 60);  // room for the labels
    CHECK(ticks[i].day > ticks[i - 1].day);
  }
  const auto lone = TimeAxis::fit({{day(1711, 1, 1), day(1711, 12, 31)}}, 0).ticks();
  REQUIRE(!lone.empty());
  CHECK(lone.front().label.find("1711") != std::string::npos);
}

TEST_CASE("render: an empty axis has no segments") {
  const auto axis = TimeAxis::fit({}, 10);
  CHECK(axis.empty());
  CHECK(axis.ticks().empty());
  CHECK(axis.x(day(2025, 1, 1)) == 10);
}

TEST_CASE("render: gap wording") {
  CHECK(gap_words(12) == "12 days");
  CHECK(gap_words(400) == "13 months");
  CHECK(gap_words(365 * 300) == "300 years");
}
