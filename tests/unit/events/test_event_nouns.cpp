// Event nouns the model misses (data/events/timeline_words.txt `event_noun`): taken when they
// head a noun phrase of their own, and dated only by their own phrase's date.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "chronograph/base/date_value.hpp"
#include "chronograph/events/tag_text.hpp"
#include "chronograph/temporal/tagger.hpp"

using namespace chronograph;

namespace {

events::TaggedText tag(const std::string& text) {
  static const temporal::Tagger tagger;
  static const events::TagModels models;
  return events::tag_text(text, base::parse_day("2024-09-05"), tagger, models);
}

const events::DocumentEvent* event_at(const events::TaggedText& t, const std::string& text,
                                      const std::string& word) {
  const auto at = text.find(word);
  const auto it = std::find_if(t.events.begin(), t.events.end(),
                               [&](const events::DocumentEvent& e) { return e.start == at; });
  return it == t.events.end() ? nullptr : &*it;
}

}  // namespace

TEST_CASE("event nouns: a disaster, an attack or an arrest heading its phrase is an event") {
  for (const std::string text : {"The earthquake killed 20 people in the province.",
                                 "Officials said the hurricane caused flooding across the coast.",
                                 "After the shooting, police made an arrest near the school."}) {
    const auto t = tag(text);
    for (const char* word : {"earthquake", "hurricane", "shooting", "arrest"})
      if (text.find(word) != std::string::npos) {
        const auto* e = event_at(t, text, word);
        REQUIRE_MESSAGE(e, word << " in: " << text);
        CHECK(e->event_class == events::EventClass::occurrence);
        CHECK(e->pos == events::EventPos::noun);
      }
  }
}

// Regression: the possessive 's is a token of no closed class, so "Wednesday's vote" and "the
// board's vote" were not taken while "the vote" was.
TEST_CASE("event nouns: after a possessive noun ('s) as after a determiner") {
  for (const std::string text : {"The withdrawal cleared the way for Wednesday's vote.",
                                 "The withdrawal cleared the way for the board's vote.",
                                 "Schools stayed shut after Monday\u2019s earthquake."}) {
    const auto t = tag(text);
    const char* word = text.find("vote") != std::string::npos ? "vote" : "earthquake";
    const auto* e = event_at(t, text, word);
    REQUIRE_MESSAGE(e, word << " in: " << text);
    CHECK(e->pos == events::EventPos::noun);
  }
}

TEST_CASE("event nouns: names, modifiers of other nouns and bare generic uses are not events") {
  for (const auto& example : std::initializer_list<std::pair<std::string, std::string>>{
           {"The riot police used tear gas near the port.", "riot"},
           {"He faced murder charges in the state court.", "murder"},
           {"The suspects were charged with murder on Monday.", "murder"},
           {"Shares rose on takeover speculation in London.", "takeover"},
           {"A unit of DPC Acquisition Partners made an offer.", "Acquisition"}}) {
    // No structured binding: clang 14 cannot capture one in doctest's lambdas.
    const std::string& text = example.first;
    const std::string& word = example.second;
    const auto t = tag(text);
    CHECK_MESSAGE(event_at(t, text, word) == nullptr, word << " in: " << text);
  }
}

TEST_CASE(
    "event nouns: dated by their own phrase's date, never by the clause they are subject of") {
  std::string text = "Tuesday's earthquake killed 20 people.";
  auto t = tag(text);
  const auto* quake = event_at(t, text, "earthquake");
  REQUIRE(quake);
  CHECK(quake->value == "2024-09-03");
  // The landfall, not the storm, is the clause's event at "late on Tuesday".
  text = "Forecasters said the storm would likely make landfall late on Tuesday.";
  t = tag(text);
  const auto* storm = event_at(t, text, "storm");
  REQUIRE(storm);
  CHECK(storm->value.empty());
  CHECK_FALSE(storm->timex);
}

// Regression: a merger story's "takeover" was typed "coup" and a court's "trial" "run" (WordNet's
// most frequent senses); "flooding" must still be the "flood" that "floods" name.
TEST_CASE("event nouns: a news event noun is typed by itself, unless WordNet's word is a form") {
  const std::string text =
      "The takeover was approved in May. The trial opened in Oslo in June. The flooding "
      "spread in July.\n";
  const auto t = tag(text);
  const auto* takeover = event_at(t, text, "takeover");
  const auto* trial = event_at(t, text, "trial");
  const auto* flooding = event_at(t, text, "flooding");
  REQUIRE(takeover);
  CHECK(takeover->event_concept == "takeover");
  REQUIRE(trial);
  CHECK(trial->event_concept == "trial");
  REQUIRE(flooding);
  CHECK(flooding->event_concept == "flood");
}
