// The temporal word list: each word the scanner may meet in a temporal expression, with its class.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace chronograph::temporal::detail {

// Word classes; `val` of a Lexeme carries the number inside the class (month 1-12, ...).
enum class Cat : std::uint8_t {
  none,
  month,     // val 1..12
  weekday,   // val 1..7 (Monday = 1)
  number,    // val 0..90 ("one".."ninety", "a dozen" = 12)
  ordinal,   // val 1..31 ("first".."thirty-first" as words)
  unit,      // val: TUnit
  part_day,  // val: PartDay
  season,    // val 0..3: SP SU FA WI
  holiday,   // val: Holiday; needs a capital letter
  word,      // a function or cue word, identified by W
};

// Calendar units as words ("days", "fortnight", "weekend" ...).
enum TUnit : std::uint8_t {
  u_second,
  u_minute,
  u_hour,
  u_day,
  u_week,
  u_weekend,
  u_fortnight,
  u_month,
  u_quarter,
  u_half,
  u_year,
  u_decade,
  u_century,
  u_millennium
};

// Named days. The "..._day" ones need a following "Day".
enum Holiday : std::uint8_t {
  h_thanksgiving,
  h_christmas,
  h_easter,
  h_halloween,
  h_election_day,
  h_labor_day,
  h_memorial_day,
  h_independence_day,
  h_veterans_day,
  h_valentine_day,
  h_new_year
};

enum PartDay : std::uint8_t {
  pd_morning,
  pd_afternoon,
  pd_evening,
  pd_night,
  pd_noon,
  pd_midnight
};

// Individually meaningful words.
enum class W : std::uint8_t {
  none,
  the,
  a,
  an,
  this_,
  that_,
  these,
  those,
  last,
  next,
  past,
  coming,
  previous,
  following,
  prior,
  ago,
  earlier,
  later,
  before,
  after,
  since,
  until,
  from,
  to,
  through,
  between,
  and_,
  or_,
  of,
  in,
  on,
  at,
  by,
  for_,
  within,
  during,
  early,
  late,
  mid,
  middle,
  end,
  beginning,
  start,
  every,
  each,
  per,
  daily,
  weekly,
  monthly,
  annually,
  yearly,
  quarterly,
  hourly,
  nightly,
  today,
  yesterday,
  tomorrow,
  tonight,
  now,
  currently,
  current,
  recently,
  recent,
  previously,
  formerly,
  soon,
  future,
  present,
  nowadays,
  lately,
  several,
  few,
  couple,
  many,
  some,
  about,
  around,
  nearly,
  almost,
  approximately,
  roughly,
  over,
  more,
  less,
  than,
  least,
  fiscal,
  eve,
  ahead,
  once,
  twice,
  times,
  same,
  latest,
  full,
  whole,
  entire,
  other,
  am,
  pm,
  gmt,
  utc,
  est,
  edt,
  pst,
  pdt,
  cet,
  bst,
  msk,
  eet,
  eest,
  cest,
  of_clock,
  just,
  only,
  upcoming,
  overnight,
  back,
  half,
  hundred,
  thousand,
  period,
  year_ago,
  will,
  would,
  shall,
  going,
  scheduled,
  expected,
  due,
  plans,
  was,
  were,
  had,
  did,
  said,
  past_form,  // an irregular past tense: "told", "met", "began"
  has,
  is,
  are,
  been,
  th,
  st,
  nd,
  rd,
  s,
  q,
  h,
  hundreds,
  dozens,
  near,
  term,
  short_,
  long_,
  moment,
  date,
  time,
  age,
  old,
  then,
  again,
  following_,
  comparable,
  corresponding,
  medium,
  lengthy,
  forthcoming,
  nineteen,
  twenty_hundred,
  latter,
  with_,
  as
};

struct Lexeme {
  Cat cat = Cat::none;
  std::uint8_t val = 0;
  W word = W::none;
  bool plural = false;  // "days", "years"
  bool abbrev = false;  // "Jan", "Sept", "Tue": needs a following '.' or a day number
};

// Looks a word up case-insensitively (ASCII letters only; anything longer than 15 bytes or
// containing other bytes is unknown). Fast: a few comparisons for unknown words.
Lexeme lookup(std::string_view word);

// Shapes of the lexicon's words: bit n of kShapes[first & 31][second & 31] is set when some
// word of n letters starts with those two letters. Lets the scanner skip most words inline.
extern std::uint16_t kShapes[32][32];
inline bool may_be_word(const char* w, std::size_t n) {
  if (n == 0 || n > 15) return false;
  const auto c1 = n > 1 ? static_cast<unsigned char>(w[1]) & 31 : 0;
  return (kShapes[static_cast<unsigned char>(w[0]) & 31][c1] >> n) & 1u;
}

}  // namespace chronograph::temporal::detail
