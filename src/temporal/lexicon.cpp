// The temporal word list and its lookup table (open addressing over 16-byte packed keys).
#include "lexicon.hpp"

#include <array>
#include <cstring>
#include <initializer_list>
#include <string>

namespace chronograph::temporal::detail {

std::uint16_t kShapes[32][32] = {};

namespace {

struct Key {
  std::uint64_t lo = 0, hi = 0;
  bool operator==(const Key&) const = default;
};

// Packs the lowercased word; false when it cannot be a lexicon word.
inline bool pack(std::string_view w, Key& k) {
  if (w.empty() || w.size() > 15) return false;
  unsigned char buf[16] = {};
  std::memcpy(buf, w.data(), w.size());
  std::memcpy(&k.lo, buf, 8);
  std::memcpy(&k.hi, buf + 8, 8);
  // Words reaching here are ASCII letters only: OR-ing 0x20 into each used byte lowercases.
  static constexpr std::uint64_t kOnes = 0x2020202020202020ull;
  const std::size_t n = w.size();
  k.lo |= n >= 8 ? kOnes : (kOnes & ((1ull << (8 * n)) - 1));
  if (n > 8) k.hi |= n >= 16 ? kOnes : (kOnes & ((1ull << (8 * (n - 8))) - 1));
  return true;
}

inline std::size_t hash_key(const Key& k) {
  std::uint64_t h =
      k.lo * 0x9E3779B97F4A7C15ull ^ (k.hi + 0x632BE59BD9B4E019ull) * 0xC2B2AE3D27D4EB4Full;
  return static_cast<std::size_t>(h ^ (h >> 29));
}

constexpr std::size_t kSlots = 2048;  // power of two, well above the word count

struct Table {
  std::array<Key, kSlots> keys{};
  std::array<Lexeme, kSlots> values{};
  std::array<bool, kSlots> used{};
  // Quick rejection: bit (length) set in shape[first letter][second letter] when some word
  // has that shape; most running-text words stop here.
  std::array<std::array<std::uint16_t, 32>, 32> shape{};

  void add(std::string_view w, Lexeme lx) {
    Key k;
    pack(w, k);
    std::size_t i = hash_key(k) & (kSlots - 1);
    while (used[i] && !(keys[i] == k)) i = (i + 1) & (kSlots - 1);
    used[i] = true;
    keys[i] = k;
    values[i] = lx;
    kShapes[static_cast<std::size_t>(w[0] & 31)]
           [w.size() > 1 ? static_cast<std::size_t>(w[1] & 31) : 0] |=
        static_cast<std::uint16_t>(1u << w.size());
    shape[static_cast<std::size_t>(w[0] & 31)]
         [w.size() > 1 ? static_cast<std::size_t>(w[1] & 31) : 0] |=
        static_cast<std::uint16_t>(1u << w.size());
  }
  void cat(std::initializer_list<std::string_view> ws, Cat c, std::uint8_t v, bool plural = false,
           bool abbrev = false) {
    for (auto w : ws) add(w, Lexeme{c, v, W::none, plural, abbrev});
  }
  void word(std::string_view w, W id) { add(w, Lexeme{Cat::word, 0, id, false, false}); }

  Table() {
    static constexpr std::array<std::string_view, 12> months = {
        "january", "february", "march",     "april",   "may",      "june",
        "july",    "august",   "september", "october", "november", "december"};
    for (std::uint8_t m = 0; m < 12; ++m)
      cat({months[m]}, Cat::month, static_cast<std::uint8_t>(m + 1));
    static constexpr std::array<std::string_view, 12> mabbr = {
        "jan", "feb", "mar", "apr", "", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    for (std::uint8_t m = 0; m < 12; ++m)
      if (!mabbr[m].empty())
        cat({mabbr[m]}, Cat::month, static_cast<std::uint8_t>(m + 1), false, true);
    cat({"sept"}, Cat::month, 9, false, true);
    static constexpr std::array<std::string_view, 7> days = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    for (std::uint8_t d = 0; d < 7; ++d) {
      cat({days[d]}, Cat::weekday, static_cast<std::uint8_t>(d + 1));
      std::string plural(days[d]);
      plural += 's';
      add(plural, Lexeme{Cat::weekday, static_cast<std::uint8_t>(d + 1), W::none, true, false});
    }
    cat({"mon"}, Cat::weekday, 1, false, true);
    cat({"tue", "tues"}, Cat::weekday, 2, false, true);
    cat({"wed"}, Cat::weekday, 3, false, true);
    cat({"thu", "thur", "thurs"}, Cat::weekday, 4, false, true);
    cat({"fri"}, Cat::weekday, 5, false, true);
    cat({"sat"}, Cat::weekday, 6, false, true);
    cat({"sun"}, Cat::weekday, 7, false, true);

    static constexpr std::array<std::string_view, 20> ones = {
        "zero",     "one",     "two",     "three",     "four",     "five",    "six",
        "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",  "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    for (std::uint8_t n = 0; n < 20; ++n) cat({ones[n]}, Cat::number, n);
    cat({"twenty"}, Cat::number, 20);
    cat({"thirty"}, Cat::number, 30);
    cat({"forty"}, Cat::number, 40);
    cat({"fifty"}, Cat::number, 50);
    cat({"sixty"}, Cat::number, 60);
    cat({"seventy"}, Cat::number, 70);
    cat({"eighty"}, Cat::number, 80);
    cat({"ninety"}, Cat::number, 90);
    cat({"dozen"}, Cat::number, 12);
    static constexpr std::array<std::string_view, 20> ords = {
        "first",     "second",      "third",      "fourth",     "fifth",
        "sixth",     "seventh",     "eighth",     "ninth",      "tenth",
        "eleventh",  "twelfth",     "thirteenth", "fourteenth", "fifteenth",
        "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"};
    for (std::uint8_t n = 0; n < 20; ++n)
      cat({ords[n]}, Cat::ordinal, static_cast<std::uint8_t>(n + 1));
    cat({"thirtieth"}, Cat::ordinal, 30);

    cat({"minute", "min", "mins"}, Cat::unit, u_minute);
    cat({"minutes"}, Cat::unit, u_minute, true);
    cat({"hour", "hr"}, Cat::unit, u_hour);
    cat({"hours", "hrs"}, Cat::unit, u_hour, true);
    cat({"day"}, Cat::unit, u_day);
    cat({"days"}, Cat::unit, u_day, true);
    cat({"week"}, Cat::unit, u_week);
    cat({"weeks"}, Cat::unit, u_week, true);
    cat({"weekend"}, Cat::unit, u_weekend);
    cat({"weekends"}, Cat::unit, u_weekend, true);
    cat({"fortnight"}, Cat::unit, u_fortnight);
    cat({"month"}, Cat::unit, u_month);
    cat({"months"}, Cat::unit, u_month, true);
    cat({"quarter"}, Cat::unit, u_quarter);
    cat({"quarters"}, Cat::unit, u_quarter, true);
    cat({"year", "yr"}, Cat::unit, u_year);
    cat({"years", "yrs"}, Cat::unit, u_year, true);
    cat({"decade"}, Cat::unit, u_decade);
    cat({"decades"}, Cat::unit, u_decade, true);
    cat({"century"}, Cat::unit, u_century);
    cat({"centuries"}, Cat::unit, u_century, true);
    cat({"millennium"}, Cat::unit, u_millennium);
    cat({"seconds", "secs"}, Cat::unit, u_second, true);

    cat({"morning"}, Cat::part_day, pd_morning);
    cat({"mornings"}, Cat::part_day, pd_morning, true);
    cat({"afternoon"}, Cat::part_day, pd_afternoon);
    cat({"afternoons"}, Cat::part_day, pd_afternoon, true);
    cat({"evening"}, Cat::part_day, pd_evening);
    cat({"evenings"}, Cat::part_day, pd_evening, true);
    cat({"night"}, Cat::part_day, pd_night);
    cat({"nights"}, Cat::part_day, pd_night, true);
    cat({"noon", "midday"}, Cat::part_day, pd_noon);
    cat({"midnight"}, Cat::part_day, pd_midnight);

    cat({"spring"}, Cat::season, 0);
    cat({"summer"}, Cat::season, 1);
    cat({"fall", "autumn"}, Cat::season, 2);
    cat({"winter"}, Cat::season, 3);

    cat({"thanksgiving"}, Cat::holiday, h_thanksgiving);
    cat({"christmas", "xmas"}, Cat::holiday, h_christmas);
    cat({"easter"}, Cat::holiday, h_easter);
    cat({"halloween"}, Cat::holiday, h_halloween);
    cat({"election"}, Cat::holiday, h_election_day);
    cat({"labor", "labour"}, Cat::holiday, h_labor_day);
    cat({"memorial"}, Cat::holiday, h_memorial_day);
    cat({"independence"}, Cat::holiday, h_independence_day);
    cat({"veterans"}, Cat::holiday, h_veterans_day);
    cat({"valentine"}, Cat::holiday, h_valentine_day);

    struct WW {
      std::string_view w;
      W id;
    };
    static constexpr WW words[] = {
        {"the", W::the},
        {"a", W::a},
        {"an", W::an},
        {"this", W::this_},
        {"that", W::that_},
        {"these", W::these},
        {"those", W::those},
        {"last", W::last},
        {"next", W::next},
        {"past", W::past},
        {"coming", W::coming},
        {"previous", W::previous},
        {"following", W::following},
        {"prior", W::prior},
        {"ago", W::ago},
        {"earlier", W::earlier},
        {"later", W::later},
        {"before", W::before},
        {"after", W::after},
        {"since", W::since},
        {"until", W::until},
        {"till", W::until},
        {"from", W::from},
        {"to", W::to},
        {"through", W::through},
        {"between", W::between},
        {"and", W::and_},
        {"or", W::or_},
        {"of", W::of},
        {"in", W::in},
        {"on", W::on},
        {"at", W::at},
        {"by", W::by},
        {"for", W::for_},
        {"within", W::within},
        {"during", W::during},
        {"early", W::early},
        {"late", W::late},
        {"mid", W::mid},
        {"middle", W::middle},
        {"end", W::end},
        {"beginning", W::beginning},
        {"start", W::start},
        {"every", W::every},
        {"each", W::each},
        {"per", W::per},
        {"daily", W::daily},
        {"weekly", W::weekly},
        {"monthly", W::monthly},
        {"annually", W::annually},
        {"yearly", W::yearly},
        {"quarterly", W::quarterly},
        {"hourly", W::hourly},
        {"nightly", W::nightly},
        {"today", W::today},
        {"yesterday", W::yesterday},
        {"tomorrow", W::tomorrow},
        {"tonight", W::tonight},
        {"now", W::now},
        {"currently", W::currently},
        {"current", W::current},
        {"recently", W::recently},
        {"recent", W::recent},
        {"previously", W::previously},
        {"formerly", W::formerly},
        {"soon", W::soon},
        {"future", W::future},
        {"present", W::present},
        {"nowadays", W::nowadays},
        {"lately", W::lately},
        {"several", W::several},
        {"few", W::few},
        {"couple", W::couple},
        {"many", W::many},
        {"some", W::some},
        {"about", W::about},
        {"around", W::around},
        {"nearly", W::nearly},
        {"almost", W::almost},
        {"approximately", W::approximately},
        {"roughly", W::roughly},
        {"over", W::over},
        {"more", W::more},
        {"less", W::less},
        {"than", W::than},
        {"least", W::least},
        {"fiscal", W::fiscal},
        {"eve", W::eve},
        {"ahead", W::ahead},
        {"once", W::once},
        {"twice", W::twice},
        {"times", W::times},
        {"same", W::same},
        {"latest", W::latest},
        {"full", W::full},
        {"whole", W::whole},
        {"entire", W::entire},
        {"other", W::other},
        {"am", W::am},
        {"pm", W::pm},
        {"gmt", W::gmt},
        {"utc", W::utc},
        {"est", W::est},
        {"edt", W::edt},
        {"pst", W::pst},
        {"pdt", W::pdt},
        {"cet", W::cet},
        {"bst", W::bst},
        {"msk", W::msk},
        {"eet", W::eet},
        {"eest", W::eest},
        {"cest", W::cest},
        {"just", W::just},
        {"only", W::only},
        {"upcoming", W::upcoming},
        {"overnight", W::overnight},
        {"back", W::back},
        {"half", W::half},
        {"hundred", W::hundred},
        {"thousand", W::thousand},
        {"period", W::period},
        {"will", W::will},
        {"would", W::would},
        {"shall", W::shall},
        {"going", W::going},
        {"scheduled", W::scheduled},
        {"expected", W::expected},
        {"due", W::due},
        {"plans", W::plans},
        {"plan", W::plans},
        {"planned", W::plans},
        {"planning", W::plans},
        {"was", W::was},
        {"were", W::were},
        {"had", W::had},
        {"did", W::did},
        {"said", W::said},
        // Irregular past tenses, which the "-ed" test misses: "Menon told reporters on Wednesday".
        {"told", W::past_form},
        {"met", W::past_form},
        {"held", W::past_form},
        {"gave", W::past_form},
        {"took", W::past_form},
        {"began", W::past_form},
        {"spoke", W::past_form},
        {"came", W::past_form},
        {"went", W::past_form},
        {"found", W::past_form},
        {"fell", W::past_form},
        {"rose", W::past_form},
        {"struck", W::past_form},
        {"sent", W::past_form},
        {"won", W::past_form},
        {"lost", W::past_form},
        {"led", W::past_form},
        {"brought", W::past_form},
        {"bought", W::past_form},
        {"sold", W::past_form},
        {"paid", W::past_form},
        {"ran", W::past_form},
        {"broke", W::past_form},
        {"chose", W::past_form},
        {"drove", W::past_form},
        {"flew", W::past_form},
        {"fought", W::past_form},
        {"froze", W::past_form},
        {"grew", W::past_form},
        {"knew", W::past_form},
        {"meant", W::past_form},
        {"rang", W::past_form},
        {"sang", W::past_form},
        {"sank", W::past_form},
        {"shook", W::past_form},
        {"spent", W::past_form},
        {"stood", W::past_form},
        {"stole", W::past_form},
        {"swore", W::past_form},
        {"taught", W::past_form},
        {"thought", W::past_form},
        {"threw", W::past_form},
        {"wrote", W::past_form},
        {"became", W::past_form},
        {"kept", W::past_form},
        {"built", W::past_form},
        {"caught", W::past_form},
        {"fled", W::past_form},
        {"heard", W::past_form},
        {"sought", W::past_form},
        {"wore", W::past_form},
        {"woke", W::past_form},
        {"withdrew", W::past_form},
        {"overtook", W::past_form},
        {"undertook", W::past_form},
        {"arose", W::past_form},
        {"forbade", W::past_form},
        {"forgave", W::past_form},
        {"has", W::has},
        {"is", W::is},
        {"are", W::are},
        {"been", W::been},
        {"th", W::th},
        {"st", W::st},
        {"nd", W::nd},
        {"rd", W::rd},
        {"s", W::s},
        {"q", W::q},
        {"h", W::h},
        {"hundreds", W::hundreds},
        {"dozens", W::dozens},
        {"near", W::near},
        {"term", W::term},
        {"short", W::short_},
        {"long", W::long_},
        {"moment", W::moment},
        {"date", W::date},
        {"time", W::time},
        {"old", W::old},
        {"then", W::then},
        {"comparable", W::comparable},
        {"corresponding", W::corresponding},
        {"forthcoming", W::forthcoming},
        {"with", W::with_},
        {"latter", W::latter},
        {"as", W::as},
    };
    for (const auto& e : words) word(e.w, e.id);
  }
};

// Built during static initialization: no guard on the hot path.
const Table kTable;

}  // namespace

Lexeme lookup(std::string_view w) {
  const Table& t = kTable;
  if (w.empty() || w.size() > 15) return {};
  const auto c0 = static_cast<unsigned char>(w[0]);
  const auto c1 = w.size() > 1 ? static_cast<unsigned char>(w[1]) & 31 : 0;
  if (!(t.shape[c0 & 31][c1] & (1u << w.size()))) return {};
  Key k;
  pack(w, k);
  std::size_t i = hash_key(k) & (kSlots - 1);
  while (t.used[i]) {
    if (t.keys[i] == k) return t.values[i];
    i = (i + 1) & (kSlots - 1);
  }
  return {};
}

}  // namespace chronograph::temporal::detail
