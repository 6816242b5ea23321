// Tests of causal links: one sentence per cue family of data/events/causal_cues.txt, and the
// contexts that never give a cause (negation, condition, modality, purpose, "after" alone).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "support.hpp"

using namespace chronograph;
using namespace chronograph::events;
using testing::extract;
using testing::Extracted;

namespace {

struct Edge {
  std::string from, to, cue, rule;
  double confidence;
};

std::vector<Edge> causes(const Extracted& r) {
  std::vector<Edge> out;
  for (const auto& l : r.ex.links)
    if (l.type == LinkType::causes)
      out.push_back({r.text_of(r.ex.mentions[l.from]), r.text_of(r.ex.mentions[l.to]),
                     r.doc.text.substr(l.cue_start, l.cue_end - l.cue_start), l.rule,
                     l.confidence});
  return out;
}

// The one causes link of the text, from the trigger `from` to the trigger `to`.
void check_one(const std::string& text, const std::string& from, const std::string& to,
               const std::string& cue) {
  CAPTURE(text);
  // Under a title line, as in a real page (a first line alone would be the title).
  const auto r = extract("Local news\n\n" + text, "2024-05-10", EventSelection::all);
  const auto found = causes(r);
  REQUIRE(found.size() == 1);
  CHECK(found[0].from == from);
  CHECK(found[0].to == to);
  CHECK(found[0].cue == cue);
  CHECK_FALSE(found[0].rule.empty());
  CHECK(found[0].confidence > 0.0);
  CHECK(found[0].confidence <= 1.0);
}

void check_none(const std::string& text) {
  CAPTURE(text);
  const auto r = extract("Local news\n\n" + text, "2024-05-10", EventSelection::all);
  for (const auto& e : causes(r)) {
    CAPTURE(e.from);
    CAPTURE(e.to);
    CAPTURE(e.cue);
    FAIL_CHECK("a causes link where none is told");
  }
}

}  // namespace

TEST_CASE("causal cues: each family links its cause to its effect, with cue and confidence") {
  // connective_prefix: "because of X" / "due to X" before or after the effect.
  check_one("The airport closed on Monday because of the storm.\n", "storm", "closed",
            "because of");
  // connective_clause: "because" opens the cause's clause.
  check_one("The airline canceled 40 flights on Monday because fog covered the airport.\n",
            "covered", "canceled", "because");
  // causative_verb: the subject causes the object.
  check_one("The earthquake triggered a landslide near the village.\n", "earthquake", "landslide",
            "triggered");
  // reverse_verb: the effect comes first.
  check_one("The fire was sparked by an explosion at the plant.\n", "explosion", "fire",
            "sparked by");
  // An opening "because" clause; "was able to close": the closing happened and is the effect.
  check_one(
      "Because regulators approved the merger without conditions, the company was able "
      "to close it early.\n",
      "approved", "close", "Because");
  // conclusive: "so" after a comma joins cause and effect clauses.
  check_one("The river flooded the main road, so the school closed for the day.\n", "flooded",
            "closed", "so");
}

TEST_CASE("causal cues: negated, conditional, modal and purpose contexts give no cause") {
  // Negated: the cause or the effect did not happen.
  check_none("The storm did not cause any damage to the port.\n");
  // Condition: "if" makes both ends hypothetical.
  check_none("If the dam fails, the flood could force the evacuation of the town.\n");
  // Modal: "could lead to" is a possibility.
  check_none("Analysts said the merger could lead to job cuts.\n");
  // Purpose and intent: "meant to derail" tells an aim, not what happened.
  check_none("The strikes were meant to derail the talks, which took place anyway.\n");
  check_none("The army launched the raid in order to free the hostages.\n");
  // Temporal "after" alone tells order only.
  check_none("After the election, the parliament approved the budget.\n");
}

TEST_CASE("causal cues: a reaction cue links the reaction to what it answers") {
  const auto reacts = [](const std::string& text, const std::string& reaction,
                         const std::string& answered) {
    CAPTURE(text);
    const auto r = extract(text, "2024-05-10", EventSelection::all);
    bool found = false;
    for (const auto& l : r.ex.links)
      if (l.type == LinkType::reaction_to || l.type == LinkType::causes) {
        const auto from = r.text_of(r.ex.mentions[l.from]);
        const auto to = r.text_of(r.ex.mentions[l.to]);
        found = found || (l.type == LinkType::reaction_to && from == reaction && to == answered);
      }
    CHECK(found);
  };
  reacts("Police arrested 20 people in response to the protests on Monday.\n", "arrested",
         "protests");
  reacts("The council ordered an embargo on the firm as punishment for the fraud.\n", "ordered",
         "fraud");
}

TEST_CASE("causal cues: the act a cause explains, not its object, and no end past the phrase") {
  // "because of X" after a verb and its object: X explains the act. Regression: the link went
  // to the object, "the storm caused the vote".
  check_one("The council postponed the vote because of the storm.\n", "storm", "postponed",
            "because of");
  check_one("The firm suspended the sale in the wake of the scandal.\n", "scandal", "suspended",
            "in the wake of");
  // An agent phrase whose noun is no event links nothing. Regression: the participle after it
  // ("taken") was taken for the cause.
  check_none("The company said the results were hurt by charges taken in the second quarter.\n");
  // A verb after such a noun modifies it or opens the next clause: no cause either.
  check_none("Shares were pressured by analyst notes urging clients to sell.\n");
  check_none("Profit rose, though claims arising from Storm Ida reduced results by $5 million.\n");
  // "a wave of strikes", "the city's exports": past "of" and a possessive the phrase goes on.
  check_one("The city's exports were hurt by a wave of strikes at the ports.\n", "strikes", "hurt",
            "hurt");
}

// Regression: "withdrew their support on Monday, which forced the government into a vote" gave
// no link: the cause of ", which forced" is the clause before the comma, and "into" names the
// effect after an object that is no event.
TEST_CASE("causal cues: ', which forced X into Y' links the clause before to Y") {
  check_one(
      "Three coalition partners withdrew their support on Monday, which forced the government "
      "into a confidence vote.\n",
      "withdrew", "vote", "forced");
  // "which" after no comma is a restrictive clause: its subject is the noun before it.
  check_none("The partners withdrew the support which forced nothing.\n");
}

TEST_CASE("causal cues: a cause told in someone's words is that speaker's account") {
  const auto claimed = [](const std::string& text) {
    CAPTURE(text);
    const auto r = extract("Local news\n\n" + text, "2024-05-10", EventSelection::all);
    std::vector<std::string> speakers;
    for (const auto& l : r.ex.links)
      if (l.type == LinkType::causes) speakers.push_back(l.claimed_by);
    return speakers;
  };
  // Paraphrased and quoted: the link stays, marked as the speaker's.
  CHECK(claimed("The storm caused flooding across the valley, Mayor Tom Reed said on Tuesday.\n") ==
        std::vector<std::string>{"Tom Reed"});
  CHECK(claimed("\"The explosion triggered the collapse of the roof,\" fire chief Anna Berg told "
                "reporters.\n") == std::vector<std::string>{"Anna Berg"});
  CHECK(claimed("The strike led to the closure of the port, according to union leader Maria "
                "Costa.\n") == std::vector<std::string>{"Maria Costa"});
  // The text's own account: no speaker, even with a claim elsewhere in the sentence.
  CHECK(claimed("The storm caused flooding across the valley on Monday.\n") ==
        std::vector<std::string>{""});
}
