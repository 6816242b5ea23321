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
