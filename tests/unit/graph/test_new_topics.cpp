// Open-domain events on topics the rules were not written for: the storm, merger, quake and
// unseen corpora (tests/corpora/<topic>/) against their hand-checked expectations
// (tests/corpora/<topic>.expected.md). Asserted here: the expected events the tool finds with
// the expected date today, and that no not-fact is drawn as an asserted, dated fact. The
// expectations it does not meet yet are listed at the end of each case (the lead's bug list);
// causes and claims are tested elsewhere.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "topic_checks.hpp"

using namespace chronograph;
using namespace chronograph::graph;
using namespace chronograph::testing::topics;
using chronograph::testing::doc;

TEST_CASE("new topics: storm corpus - dated events and not-facts (storm.expected.md)") {
  // References, not a structured binding: the lambdas below cannot capture one in clang 14.
  const Timeline& salient = topic("storm").salient;
  const Timeline& all = topic("storm").all;
  check_published(salient, "a_approach", "2024-09-10");
  check_published(salient, "b_landfall", "2024-09-11");
  check_published(salient, "c_aftermath", "2024-09-13");

  // Found and dated as expected on the default (salient) timeline.
  const std::vector<Expected> shown = {
      {"a_approach",
       "ordered the pre-emptive evacuation of 27 coastal villages on Monday",
       {"order"},
       "2024-09-09"},
      {"a_approach",
       "which formed over the Philippine Sea last week",
       {"form", "formation"},
       "2024-09-02..2024-09-08"},
      {"a_approach",
       "The bureau raised Tropical Cyclone Wind Signal No. 2",
       {"raise"},
       "2024-09-10"},
      {"a_approach",
       "had stocked 15,000 food packs in warehouses in Pili and Naga on Sunday",
       {"stock"},
       "2024-09-08"},
      {"a_approach",
       "After a briefing with disaster officials on Monday morning",
       {"brief", "briefing"},
       "2024-09-09"},
      {"a_approach",
       "the governor toured a shelter at an elementary school in Sipocot",
       {"tour"},
       "2024-09-09"},
      {"b_landfall",
       "made landfall near Calabanga in Camarines Sur at about 11 p.m. on Tuesday",
       {"landfall"},
       "2024-09-10"},
      {"b_landfall",
       "By dawn on Wednesday, water had reached the roofs",
       {"reach"},
       "2024-09-11"},  // also_ok
      {"b_landfall",
       "The flooding forced the evacuation of about 12,000 more residents",
       {"evacuation"},
       "2024-09-11"},
      {"b_landfall", "Three people drowned on Wednesday morning", {"drown"}, "2024-09-11"},
      {"b_landfall",
       "After a meeting with mayors on Wednesday afternoon",
       {"meeting", "meet", "talks"},
       "2024-09-11"},
      {"c_aftermath",
       "Floodwaters began to recede across Camarines Sur yesterday",
       {"receding", "recede"},
       "2024-09-12"},
      {"c_aftermath",
       "two days after Tropical Storm Dalisay made landfall",
       {"landfall"},
       "2024-09-10"},
      {"c_aftermath",
       "Floodwater covered large parts of Naga City",
       {"cover", "flood"},
       "2024-09-11"},
      {"c_aftermath", "were closed on Sept. 12", {"closing", "close", "closure"}, "2024-09-12"},
      {"c_aftermath",
       "began distributing food packs in Naga and Nabua on Thursday",
       {"distribution", "distribute"},
       "2024-09-12"},
      {"c_aftermath",
       "Gilberto Navales praised the rescue teams on Thursday",
       {"praise"},
       "2024-09-12"},
      {"c_aftermath",
       "Dalisay weakened into a tropical depression on Wednesday evening",
       {"weakening", "weaken"},
       "2024-09-11"},
  };
  // Found with the expected date when every detected event is kept (--events all).
  const std::vector<Expected> detected = {
      {"a_approach",
       "The coast guard suspended all sea travel",
       {"suspension", "suspend"},
       "2024-09-09"},
      {"a_approach", "Mayor Celia Bautista urged families", {"urging", "urge"}, "undated"},
      {"b_landfall",
       "Governor Ramon Ilagan asked the national government",
       {"ask", "request"},
       "undated"},  // also_ok
      {"c_aftermath", "were found in Nabua on Thursday", {"find", "finding"}, "2024-09-12"},
      {"c_aftermath",
       "Governor Ramon Ilagan told reporters in Pili on Thursday",
       {"tell", "tale", "statement"},
       "2024-09-12"},
  };
  const std::vector<NotFact> not_facts = {
      {"a_approach", "was expected to reach the Bicol region", {"reach", "arrival"}},
      {"a_approach",
       "would likely make landfall late on Tuesday or early on Wednesday",
       {"landfall", "make"}},
      {"a_approach", "the storm could cause landslides", {"landslide", "cause"}},
      {"a_approach",
       "storm surges of up to two metres were possible",
       {"surge", "storm_surge", "storm surge"}},
      {"a_approach",
       "could receive more than 200 millimetres of rain",
       {"receive", "reception", "receipt"}},
      {"a_approach",
       "rather move people now than pull them off rooftops later",
       {"pull", "rescue", "move"}},
      {"a_approach", "would not operate on Tuesday", {"operate", "operation", "flight"}},
      {"a_approach", "to leave before nightfall", {"leave", "departure", "leaving"}},
      {"a_approach", "Do not wait for the water to reach your door", {"wait", "reach"}},
      {"b_landfall",
       "did not fail and that its spillway was working normally",
       {"fail", "failure"}},
      {"b_landfall", "had claimed that the dam had burst", {"burst", "bursting"}},
      {"b_landfall", "from breaking", {"break", "breaking", "breakage"}},
      {"b_landfall", "If the river rises further", {"rise"}},
      {"b_landfall", "the town could be cut off", {"cut", "cutoff", "cut_off"}},
      {"b_landfall",
       "it could take several days to restore it",
       {"restore", "restoration", "take"}},
      {"b_landfall", "I have not seen the river this high", {"see", "seeing"}},
      {"c_aftermath",
       "Classes there are not expected to resume before Sept. 23",
       {"resume", "resumption"}},
      {"c_aftermath", "could become a tropical storm next week", {"become", "storm"}},
      {"c_aftermath", "whether it would hit Bicol", {"hit"}},
      {"c_aftermath", "due to be harvested later this month", {"harvest", "harvesting"}},
  };
  check_contexts_exist("storm", shown, not_facts);
  check_contexts_exist("storm", detected, {});
  for (const auto& e : shown) {
    check_found(salient, e);
    check_found(all, e);
  }
  for (const auto& e : detected) check_found(all, e);
  for (const auto& f : not_facts) check_not_fact(salient, f);
  // With every event kept, all but "harvested" (drawn as a fact in 2024-09) hold too.
  for (const auto& f : not_facts)
    if (std::string_view(f.context).find("harvested") == std::string_view::npos)
      check_not_fact(all, f);

  // The landfall told in b and restated in c is one event.
  const auto b = nodes_for(salient, "b_landfall", "made landfall near Calabanga", {"landfall"});
  REQUIRE(b.size() == 1);
  CHECK(mentioned_in(*b[0], "c_aftermath", "two days after Tropical Storm Dalisay made landfall"));
  // The forecast landfall ("would likely make landfall ... on Wednesday") is not part of it.
  CHECK_FALSE(mentioned_in(*b[0], "a_approach", "would likely make landfall"));
  // The hand-checked chain rain -> flooding -> evacuation -> school closures (expected.md
  // L1-L3) runs through causes edges across b and c: "Because of the evacuation" in c is the
  // flood-forced evacuation told in b.
  const auto follow = [&](const EventNode* from, const std::vector<std::string>& types,
                          std::string_view doc, std::string_view context) -> const EventNode* {
    for (auto v : boost::make_iterator_range(boost::vertices(salient.graph))) {
      if (&salient.graph[v] != from) continue;
      for (auto e : boost::make_iterator_range(boost::out_edges(v, salient.graph))) {
        const EventNode& to = salient.graph[boost::target(e, salient.graph)];
        if (salient.graph[e].type == LinkType::causes &&
            std::find(types.begin(), types.end(), to.type) != types.end() &&
            mentioned_in(to, doc, context))
          return &to;
      }
    }
    return nullptr;
  };
  const auto rain =
      nodes_for(salient, "b_landfall", "The storm's torrential rain caused flooding", {"rain"});
  REQUIRE(rain.size() == 1);
  const EventNode* flood = follow(rain[0], {"flood", "flooding"}, "b_landfall", "caused flooding");
  REQUIRE(flood);
  const EventNode* evacuation =
      follow(flood, {"evacuation"}, "b_landfall", "forced the evacuation of about 12,000");
  REQUIRE(evacuation);
  CHECK(mentioned_in(*evacuation, "c_aftermath", "Because of the evacuation"));
  const EventNode* closed =
      follow(evacuation, {"closing", "close", "closure"}, "c_aftermath", "were closed on Sept. 12");
  REQUIRE(closed);
  CHECK(closed->date.value == "2024-09-12");

  // "Sept. 23" and "next week" date nothing on the timeline.
  check_nothing_dated(salient, "2024-09-23", "2024-09-23");
  check_nothing_dated(salient, "2024-09-16", "2024-09-22");
  check_nothing_dated(all, "2024-09-16", "2024-09-22");

  // Not met today (see the report; not asserted):
  //  a moved        2024-09-09..10 -> 2024-09-10, merged with "Dalisay ... moving west"
  //  a floods       2020-11        -> no "floods" event; "remember" is dated 2020-11 instead
  //  b flooding     2024-09-10..11 -> 2024-09-11; not merged with c "covered" (same_as)
  //  b pull         2024-09-11     -> "pull" classed intended, undated; dated node typed "strand"
  //  b worked       2024-09-10..11 -> 2024-09-11
  //  b under knee-deep water, Power was out, declared -> no event
  //  c leave, moved out, risen, criticized -> no event
  //  c missing      2024-09-11     -> 2024-09-12 (from "found ... on Thursday")
  //  c sent         undated        -> 2024-09-12 (from the other clause's "on Thursday")
  //  c pulled       2024-09-10..12 -> 2024-09-12
  //  --events all: "harvested" asserted 2024-09; "resume" classed future, dated 2024-09-23;
  //  "breaking" asserted (undated)
}

TEST_CASE("new topics: merger corpus - dated events and not-facts (merger.expected.md)") {
  const auto& [salient, all] = topic("merger");
  check_published(salient, "a_vote", "2024-06-13");
  check_published(salient, "b_completion", "2024-08-06");

  const std::vector<Expected> shown = {
      {"a_vote", "Shareholders of Meadowbrook Dairy voted on Wednesday", {"vote"}, "2024-06-12"},
      {"a_vote", "first offered $38 a share in cash on March 4", {"offer"}, "2024-03-04"},
      {"a_vote",
       "had made a competing bid of $40 a share in April",
       {"bid"},
       "2024-04-01..2024-04-30"},
      {"a_vote", "withdrew on Monday", {"withdrawal", "withdraw"}, "2024-06-10"},
      {"a_vote",
       "Meadowbrook shares rose 1.2 percent to $40.85 on Wednesday",
       {"rise"},
       "2024-06-12"},
      {"b_completion",
       "it completed its acquisition of Meadowbrook Dairy yesterday",
       {"completion", "complete", "acquisition"},
       "2024-08-05"},
      {"b_completion",
       "The Federal Trade Commission cleared the deal on July 31",
       {"clear", "clearance"},
       "2024-07-31"},
      {"b_completion",
       "Meadowbrook shareholders approved the $41-a-share offer in June",
       {"approval", "approve"},
       "2024-06-01..2024-06-30"},  // also_ok
      {"b_completion", "Pinecrest shares rose 2.4 percent on Monday", {"rise"}, "2024-08-05"},
      {"b_completion",
       "Meadowbrook's shares stopped trading on the Nasdaq at the close",
       {"stop", "trade", "trading"},
       "2024-08-05"},
  };
  const std::vector<Expected> detected = {
      {"b_completion",
       "Sutter Valley Holdings dropped its rival bid",
       {"drop"},
       "undated"},  // also_ok
  };
  const std::vector<NotFact> not_facts = {
      {"a_vote",
       "did not plan to close any of Meadowbrook's three plants",
       {"close", "closing", "closure"}},
      {"a_vote",
       "The deal still needs the approval of U.S. antitrust regulators",
       {"approval", "approve"}},
      {"a_vote", "If regulators demand the sale of some brands", {"demand"}},
      {"a_vote", "the closing could slip into next year", {"slip"}},
      {"a_vote", "expects the deal to close in the third quarter", {"close", "closing", "closure"}},
      {"a_vote",
       "who will leave the company when the deal is completed",
       {"leave", "departure", "leaving"}},
      {"b_completion", "without asking Pinecrest to sell any brands or plants", {"sell", "sale"}},
      {"b_completion",
       "would invest $150 million in its Wisconsin plants",
       {"invest", "investment"}},
      {"b_completion", "will serve as an adviser to Pinecrest", {"serve", "service"}},
      {"b_completion", "it would honor all existing supply contracts", {"honor", "honour"}},
      {"b_completion", "Fewer buyers usually means lower milk prices", {"lower", "mean", "price"}},
  };
  check_contexts_exist("merger", shown, not_facts);
  check_contexts_exist("merger", detected, {});
  for (const auto& e : shown) {
    check_found(salient, e);
    check_found(all, e);
  }
  for (const auto& e : detected) check_found(all, e);
  for (const auto& f : not_facts) {
    check_not_fact(salient, f);
    check_not_fact(all, f);
  }
  // "next year" (2025) dates nothing on the default timeline.
  check_nothing_dated(salient, "2025-01-01", "2025-12-31");

  // Not met today (see the report; not asserted):
  //  a meeting        2024-06-12 / undated -> no event
  //  a raised         2024-05 ("last month") -> 2024-03-04 (the other clause's "March 4")
  //  a told reporters 2024-06-12 / undated -> 2024-06-13 (DCT, --events all only)
  //  a "Its withdrawal cleared the way for Wednesday's vote": a second withdrawal, 2024-06-12
  //  b approved       not merged with a "voted" (same_as); b dropped not merged with a withdrew
  //  b call           2024-08-05 -> no event
  //  b travelled      2024-08-05(..06) -> undated
  //  b stepped down   2024-08-05 -> no event
  //  --events all: "the closing could slip into next year" -> "closing" asserted, dated 2025;
  //  the hypothetical "sale of some brands" is merged into the asserted, dated "sale"
}

TEST_CASE("new topics: quake corpus - dated events and not-facts (quake.expected.md)") {
  const auto& [salient, all] = topic("quake");
  check_published(salient, "bengkulu", "2024-11-23");

  const std::vector<Expected> shown = {
      {"bengkulu",
       "earthquake struck off the coast of Bengkulu province",
       {"strike"},
       "2024-11-22"},
      {"bengkulu", "killing at least 17 people", {"kill", "killing"}, "2024-11-22"},
      {"bengkulu", "damaging more than 1,400 houses", {"damage"}, "2024-11-22"},
      {"bengkulu",
       "the strongest a magnitude 5.4 tremor on Friday afternoon",
       {"tremor"},
       "2024-11-22"},
      {"bengkulu",
       "four were still missing on Saturday morning",
       {"miss", "missing"},
       "2024-11-23"},
      {"bengkulu",
       "They pulled a nine-year-old girl alive from the ruins",
       {"pull", "rescue"},
       "2024-11-22"},
      {"bengkulu", "Heavy machinery arrived on Saturday", {"arrival", "arrive"}, "2024-11-23"},
      {"bengkulu",
       "the president had ordered the military to send tents",
       {"order"},
       "2024-11-22"},  // also_ok
      {"bengkulu",
       "flew to Bengkulu yesterday with 2 billion rupiah",
       {"flying", "fly", "flight"},
       "2024-11-22"},
      // "The quake hit at 3:42 a.m.": the clock time is on the day the story told (Friday).
      {"bengkulu", "The quake hit at 3:42 a.m. local time", {"hit"}, "2024-11-22"},
      {"bengkulu", "BMKG lifted the warning at 5:30 a.m.", {"lift", "lifting"}, "2024-11-22"},
      {"bengkulu",
       "In September 2007, a magnitude 8.4 earthquake off Bengkulu",
       {"earthquake"},
       "2007-09-01..2007-09-30"},
      {"bengkulu",
       "earthquake off Bengkulu killed more than 20 people",
       {"kill", "killing"},
       "2007-09-01..2007-09-30"},
  };
  const std::vector<Expected> detected = {
      {"bengkulu",
       "where brick houses and a mosque collapsed",
       {"collapse"},
       "undated"},  // also_ok
      {"bengkulu",
       "declared a 14-day state of emergency on Friday",
       {"declaration", "declare"},
       "2024-11-22"},
  };
  const std::vector<NotFact> not_facts = {
      {"bengkulu", "aftershocks could continue for several weeks", {"continue", "continuation"}},
      {"bengkulu", "urged people not to return to cracked buildings", {"return"}},
      {"bengkulu", "was not damaged, and ferries kept running", {"damage"}},
      {"bengkulu", "afraid the walls will fall on us", {"fall"}},
  };
  check_contexts_exist("quake", shown, not_facts);
  check_contexts_exist("quake", detected, {});
  for (const auto& e : shown) {
    check_found(salient, e);
    check_found(all, e);
  }
  for (const auto& e : detected) check_found(all, e);
  for (const auto& f : not_facts) {
    check_not_fact(salient, f);
    check_not_fact(all, f);
  }
  // The port that was not damaged is kept, with --events all, as a negated event.
  const auto port = nodes_for(all, "bengkulu", "was not damaged", {"damage"});
  REQUIRE(port.size() == 1);
  CHECK(port[0]->factuality == events::Factuality::negated);

  // Not met today (see the report; not asserted):
  //  hit        not merged with struck
  //  issued, flee, dug -> no event
  //  aftershocks 2024-11-22..23 -> 2024-11-22 ("followed")
  //  injured    2024-11-22 / undated -> 2024-11-23 (from "still missing on Saturday morning")
}

// Regression: a title's news joined the one event of its type the body told, "Last year, Halden
// recalled 40,000 pickup trucks", and the page's recall was drawn in 2023.
TEST_CASE("new topics: a title's news does not join an event dated well before the page") {
  const auto doc = ingest::make_document(
      "recall.txt",
      "Carmaker recalls 120,000 SUVs over brake fault\n\nPublished: 2024-04-17\n\nHalden Motors "
      "said on Wednesday it is recalling about 120,000 sport utility vehicles because a brake "
      "hose can leak.\n\nLast year, Halden recalled 40,000 pickup trucks after a steering "
      "defect.\n");
  const auto t = build_document(doc);
  int recalls = 0;
  for (const auto v : boost::make_iterator_range(boost::vertices(t.graph))) {
    const auto& n = t.graph[v];
    if (n.type != "recall") continue;
    ++recalls;
    if (n.label.find("SUVs") != std::string::npos) {
      REQUIRE(n.date.earliest.has_value());
      CHECK(base::format_day(*n.date.earliest) == "2024-04-17");
    }
  }
  CHECK(recalls == 2);
}

// From an earthquake story: "a regional summit in Vienna, which had been scheduled for Friday"
// was drawn as an asserted fact on the day after the page: what is dated after every page that
// tells it is still to come.
TEST_CASE("new topics: an event dated after its page is future, not a fact") {
  const auto doc = ingest::make_document(
      "quake.txt",
      "Quake\n\nBELDIR, Thursday, October 17, 2024 (Wire) - He has cancelled a trip to a "
      "regional summit in Vienna, which had been scheduled for Friday. The quake struck on "
      "Monday.\n");
  const auto t = build_document(doc);
  int future = 0, past = 0;
  for (const auto v : boost::make_iterator_range(boost::vertices(t.graph))) {
    const auto& n = t.graph[v];
    if (!n.date.earliest) continue;
    if (*n.date.earliest > *base::parse_day("2024-10-17")) {
      CHECK(n.factuality != events::Factuality::asserted);
      ++future;
    } else if (n.factuality == events::Factuality::asserted) {
      ++past;
    }
  }
  CHECK(future >= 1);
  CHECK(past >= 1);
}

// From a no-confidence story: "The vote took place hours after Valaitis returned from talks in
// Brussels" joined "the president will begin consultations with party leaders on Thursday", so
// the Brussels talks were drawn as still to come.
TEST_CASE("new topics: a mention told in the past joins no event told as to come") {
  const auto doc = ingest::make_document(
      "vote.txt",
      "Government falls\n\nPublished: 11 March 2026\n\nThe vote took place hours after Valaitis "
      "returned from talks in Brussels.\n\nA spokesperson for the president said the president "
      "will begin consultations with party leaders on Thursday.\n");
  const auto t = build_document(doc);
  int talks = 0;
  for (const auto v : boost::make_iterator_range(boost::vertices(t.graph))) {
    const auto& n = t.graph[v];
    if (n.type != "talks") continue;
    ++talks;
    if (n.date.earliest && *n.date.earliest > *base::parse_day("2026-03-11"))
      CHECK(n.mentions.size() == 1);  // the consultations alone
  }
  CHECK(talks == 2);
}

TEST_CASE("new topics: ten unseen stories - dated events, not-facts, no merge across stories") {
  const Timeline& salient = topic("unseen").salient;
  const Timeline& all = topic("unseen").all;
  check_published(salient, "wildfire", "2025-08-14");
  check_published(salient, "verdict", "2025-11-21");
  check_published(salient, "airline", "2026-01-29");
  check_published(salient, "ferry", "2025-12-05");

  // Found and dated as the key says (unseen.expected.md), on the default timeline.
  const std::vector<Expected> shown = {
      {"wildfire",
       "were ordered out of their homes before dawn on Wednesday",
       {"order"},
       "2025-08-13"},
      {"wildfire", "strong gusts on Tuesday night pushed the fire", {"push"}, "2025-08-12"},
      {"wildfire", "were destroyed on Tuesday night", {"destruction", "destroy"}, "2025-08-12"},
      {"wildfire", "The fire was first spotted on Sunday afternoon", {"fire"}, "2025-08-10"},
      {"wildfire", "Northline denied the claim on Wednesday", {"denial", "deny"}, "2025-08-13"},
      {"wildfire", "Crews lit a controlled burn on Monday", {"light"}, "2025-08-11"},
      {"verdict", "was jailed for six years on Friday", {"jail"}, "2025-11-21"},
      {"verdict",
       "was convicted by a jury at Kingsbridge Crown Court on Monday",
       {"conviction", "convict"},
       "2025-11-17"},
      {"verdict",
       "a junior finance officer flagged duplicate invoices",
       {"flag"},
       "2020-10-01..2020-10-31"},
      {"verdict", "his arrest in March 2021", {"arrest"}, "2021-03-01..2021-03-31"},
      {"verdict", "were dropped in June", {"drop"}, "2025-06-01..2025-06-30"},
      {"verdict",
       "the five-week trial that opened on October 13",
       {"opening", "open"},
       "2025-10-13"},
      {"airline", "regulators on Thursday blocked", {"blockage", "block"}, "2026-01-29"},
      {"airline",
       "NordSky shares fell 19 percent in Stockholm on Thursday",
       {"fall"},
       "2026-01-29"},
      {"airline",
       "the Commission opened an in-depth investigation in September",
       {"opening", "open"},
       "2025-09-01..2025-09-30"},
      {"airline", "submitted in December", {"submission", "submit"}, "2025-12-01..2025-12-31"},
      {"cyber",
       "began sending ambulances to hospitals in neighbouring counties on Sunday",
       {"sending", "send"},
       "2025-10-05"},
      {"mine",
       "The collapse happened at about 11:20 p.m. on Friday",
       {"happening", "collapse"},
       "2026-02-13"},
      {"mine", "Drilling began on Saturday morning", {"beginning", "drilling"}, "2026-02-14"},
      {"mine",
       "broke into a refuge chamber about 480 metres underground late on Monday",
       {"break"},
       "2026-02-16"},
      {"mine",
       "rescuers heard rhythmic knocking on the drill pipe early on Tuesday",
       {"knock"},
       "2026-02-17"},
      {"launch", "The fire broke out at about 2 a.m. on August 26", {"break"}, "2025-08-26"},
      {"launch", "Kestrel shares fell 7% in early trading on Wednesday", {"fall"}, "2025-09-03"},
      {"confidence",
       "handed his resignation to the president on Wednesday morning",
       {"hand"},
       "2026-03-11"},
      {"confidence",
       "a day after parliament voted to remove his government",
       {"vote"},
       "2026-03-10"},
      {"confidence", "backed the motion on Tuesday afternoon", {"backing", "back"}, "2026-03-10"},
      {"confidence", "when the Rural Alliance quit the government", {"quit"}, "2026-03-02"},
      {"confidence", "filed the motion last Thursday", {"file"}, "2026-03-05"},
      {"confidence",
       "The government had survived an earlier no-confidence motion in October",
       {"survival", "survive"},
       "2025-10-01..2025-10-31"},
      {"transfer",
       "The Madrid club accepted the offer late on Wednesday night",
       {"acceptation", "accept"},
       "2025-07-23"},
      {"transfer", "Castellana fined him two weeks", {"fine"}, "2025-07-22"},
      {"transfer", "The standoff escalated on Monday", {"escalation", "escalate"}, "2025-07-21"},
      {"transfer", "was called off last week", {"call"}, "2025-07-14..2025-07-20"},
      {"spill", "left the tracks at about 9:45 p.m. on Sunday", {"leave"}, "2026-03-29"},
      {"spill", "were evacuated on Sunday night", {"evacuation", "evacuate"}, "2026-03-29"},
      {"spill", "crews built earthen dams", {"building", "build"}, "2026-03-30"},
      {"spill", "after the evacuation order was lifted", {"lift"}, "2026-04-01"},
      {"ferry", "overnight ferry sinking off eastern Indonesia", {"sink", "sinking"}, "2025-12-04"},
      {"ferry", "pulled 163 survivors from the water on Thursday", {"pull"}, "2025-12-04"},
      {"ferry", "The search was halted on Thursday night", {"halt"}, "2025-12-04"},
      {"ferry",
       "widened the search area to about 40 square nautical miles",
       {"widening", "widen"},
       "2025-12-04"},
      {"ferry",
       "left the port of Tanjung Weru at 10:15 p.m. on Wednesday",
       {"leave"},
       "2025-12-03"},
      {"ferry", "a day after the disaster left at least 19 people dead", {"leave"}, "2025-12-04"},
  };
  // Conditions, plans overtaken or called off, negations: never a dated fact.
  const std::vector<NotFact> not_facts = {
      {"wildfire", "was not evacuated", {"evacuation", "evacuate"}},
      {"verdict", "Pryce could face up to two more years in prison", {"face"}},
      {"airline", "could have risen by a quarter or more", {"rise"}},
      {"airline", "planned 1.8 billion euro takeover", {"takeover"}},
      {"airline",
       "A joint news conference that the two airlines had planned for Friday",
       {"talks", "conference"}},
      {"cyber", "If patient data was stolen", {"steal", "theft"}},
      {"cyber",
       "could be required to notify hundreds of thousands of people",
       {"notify", "notification", "require", "requirement"}},
      {"mine", "it could take up to three weeks to complete", {"take", "completion", "complete"}},
      {"launch",
       "Kestrel could miss most of the holiday quarter and lose",
       {"lose", "loss", "miss"}},
      {"launch", "had been scheduled to unveil the Aero 5", {"unveil", "unveiling"}},
      {"launch", "which had been due to open on September 12", {"open", "opening"}},
      {"confidence",
       "the country could be heading for an early election",
       {"election", "head", "heading"}},
      {"confidence", "the turmoil could delay work on next year", {"delay", "work"}},
      {"transfer",
       "he could be involved in our friendly on August 2",
       {"involvement", "involve", "friendly"}},
      {"spill", "this advisory could last two weeks or more", {"last"}},
      {"ferry", "divers could recover people trapped inside", {"recover", "recovery"}},
      {"ferry", "has not been charged", {"charge"}},
  };
  check_contexts_exist("unseen", shown, not_facts);
  for (const auto& e : shown) check_found(salient, e);
  for (const auto& f : not_facts) {
    check_not_fact(salient, f);
    check_not_fact(all, f);
  }
  // Ten stories on ten topics: no event joins mentions of two of them.
  check_no_event_across_documents(all);

  // Not met today (see unseen.expected.md; not asserted):
  //  wildfire  "once the wind turned" dated Monday (the ", but" clause took the burn's day)
  //  wildfire  "after the Copper Ridge wildfire jumped Highway 7": causal after, no link
  //  verdict   "the people he was paid to serve" (a quote) dated by the sentence's Friday
  //  verdict   "The campaign group Homes for Brightwater criticised it": no speaker, no reaction
  //  airline   "Vantair announced the deal in April last year": no event
  //  cyber     the board's "public meeting" is typed and labelled "Talks"
  //  launch    "two weeks after chief financial officer Sam Whitfield said": no anchor event
  //  ferry     "did not halt departures": "departures" dated Tuesday (the ", but" clause)
  //  spill     "Two days after the derailment": the derailment (in the lead) is no event
}

// "Ferreyra is scheduled to travel to London" was labelled "Ferreyra travels (Tomás
// Ferreyra)": a label that names its actor by surname needs no suffix.
TEST_CASE("new topics: a label naming its actor by surname repeats no actor") {
  const auto doc = ingest::make_document(
      "transfer.txt",
      "Transfer\n\nPublished: 24 July 2025\n\nTomás Ferreyra joined the club in "
      "2021.\n\nFerreyra is scheduled to travel to London for a medical on "
      "Friday.\n");
  const auto t = build_document(doc);
  bool travel = false;
  for (const auto v : boost::make_iterator_range(boost::vertices(t.graph))) {
    const auto& n = t.graph[v];
    if (n.type != "travel") continue;
    travel = true;
    CHECK(n.label.find("(") == std::string::npos);
  }
  CHECK(travel);
}
