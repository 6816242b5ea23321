// The second unseen corpus (tests/corpora/unseen2/, key in unseen2.expected.md): ten more stories
// on ten more topics. Asserted: the key's events the tool finds with the key's date today, the
// not-facts never drawn as dated facts, and no event joining two stories. What is not met yet
// is listed at the end.
#include <doctest/doctest.h>

#include <vector>

#include "topic_checks.hpp"

using namespace chronograph;
using namespace chronograph::graph;
using namespace chronograph::testing::topics;

TEST_CASE("new topics: ten more unseen stories - dated events, not-facts, no merge across them") {
  const Timeline& salient = topic("unseen2").salient;
  const Timeline& all = topic("unseen2").all;
  check_published(salient, "outbreak", "2025-03-12");
  check_published(salient, "election", "2026-02-10");
  check_published(salient, "portstrike", "2024-10-18");  // "18.10.2024 | 11:05 CEST"
  check_published(salient, "quake", "2024-12-04");

  // Found and dated as the key says, on the default timeline.
  const std::vector<Expected> shown = {
      {"outbreak", "declared a measles outbreak in the market town", {"declare"}, "2025-03-10"},
      {"outbreak", "which began on Tuesday at pop-up clinics", {"beginning"}, "2025-03-11"},
      {"outbreak",
       "The first case was identified on 18 February",
       {"identification"},
       "2025-02-18"},
      {"outbreak", "closed for two days last week", {"closing"}, "2025-03-03..2025-03-09"},
      {"outbreak", "did begin touring outlying villages on Wednesday", {"tour"}, "2025-03-12"},
      {"outbreak",
       "the county council approved its annual budget on Friday",
       {"approval"},
       "2025-03-07"},
      {"hurricane", "made landfall near the small Gulf coast town", {"landfall"}, "2024-09-26"},
      {"hurricane",
       "a federal disaster declaration approved on Friday",
       {"approval"},
       "2024-09-27"},
      {"bank", "took control of Ridgeline Mutual Bank late on Thursday", {"control"}, "2025-05-15"},
      {"bank", "Its shares fell 62 percent on Tuesday", {"fall"}, "2025-05-13"},
      {"bank", "were called off on Wednesday when Northmark walked away", {"call"}, "2025-05-14"},
      {"bank", "trading in Ridgeline shares was suspended on Friday", {"suspension"}, "2025-05-16"},
      {"bank", "left the company on Thursday", {"departure"}, "2025-05-15"},
      {"election", "on Tuesday it ordered a partial recount in Veltrovo", {"order"}, "2026-02-10"},
      {"recall",
       "The agency opened a formal investigation on 14 October",
       {"investigation"},
       "2025-10-14"},
      {"recall",
       "Dealers began replacing the steering columns on Wednesday",
       {"replacement"},
       "2025-11-05"},
      {"portstrike",
       "extended their strike indefinitely on Wednesday",
       {"extension"},
       "2024-10-16"},
      {"portstrike",
       "The walkout began on Monday as a 48-hour stoppage",
       {"labour_strike"},
       "2024-10-14"},
      {"portstrike", "on Wednesday it named former judge Anneke Voorhuis", {"name"}, "2024-10-16"},
      {"probe", "Lanterna lifted off on Monday at 06:14 local time", {"lift"}, "2026-04-20"},
      {"probe", "The first launch attempt, on Saturday, was scrubbed", {"attempt"}, "2026-04-18"},
      {"probe", "the sensor was replaced on Sunday night", {"replacement"}, "2026-04-19"},
      {"resign", "Gareth Pell, resigned on Monday", {"resignation"}, "2025-07-07"},
      {"resign", "On Tuesday she appointed Lena Vossberg", {"appointment"}, "2025-07-08"},
      {"resign",
       "the defence department suspended the Corvane contract on Tue",
       {"suspension"},
       "2025-07-08"},
      {"quake", "A magnitude 5.4 aftershock on Monday", {"aftershock"}, "2024-12-02"},
      {"quake",
       "Villages below the Huallpa Dam were evacuated on Sunday",
       {"evacuation"},
       "2024-12-01"},
      {"quake", "Engineers inspected the dam on Tuesday", {"inspection"}, "2024-12-03"},
      {"quake", "the first convoy reached San Ismael on Tuesday", {"reach"}, "2024-12-03"},
      {"quake",
       "The European Union pledged 3 million euros in emergency aid",
       {"pledge"},
       "2024-12-03"},
  };

  // Negated, hypothetical, intended, alleged, or planned and called off: never a dated fact.
  const std::vector<NotFact> not_facts = {
      {"outbreak", "which had been planned for 8 March, was cancelled", {"concert"}},
      {"outbreak", "The school did not close any other year groups", {"closing", "close"}},
      {"outbreak", "the trust could ask the national health agency", {"ask", "request"}},
      {"hurricane", "A visit by Governor Ellen Marsh, planned for Saturday", {"visit", "visiting"}},
      {"hurricane", "The levee on the river's west bank did not fail", {"failure", "fail"}},
      {"hurricane", "the Calder River could crest at 9 metres on Saturday", {"crest"}},
      {"bank", "A rescue share sale that Ridgeline had planned for next week", {"sale"}},
      {"bank", "the regulator could wind the bank down", {"wind"}},
      {"election",
       "Petek had ruled out joining any government led by Kranjc",
       {"joining", "join", "lead", "government"}},
      {"election", "A televised debate between the two leaders, planned for Mond", {"debate"}},
      {"election", "Zorec did not declare victory", {"declare", "declaration", "victory"}},
      {"election", "faulty scanning machines had caused thousands of ballots", {"cause"}},
      {"election", "a long dispute over the count could delay the budget", {"delay"}},
      {"recall", "No recall has been issued in the United States", {"issue"}},
      {"recall", "cancelled an investor day planned for 13 November", {"day"}},
      {"recall", "the agency could order Vantera to stop selling", {"order", "stop"}},
      {"recall",
       "alleged that Vantera knew about the cracking welds in 2023",
       {"delay", "action", "crash"}},
      {"portstrike",
       "A march through the city centre that the union had planned",
       {"march", "marching"}},
      {"portstrike", "supermarkets could run short of imported fresh fruit", {"run"}},
      {"portstrike", "no cargo had been damaged", {"damage"}},
      {"probe", "A second attempt planned for Sunday was called off", {"attempt"}},
      {"probe", "The scrub did not damage the rocket", {"damage"}},
      {"probe", "could re-enter the atmosphere within eight months", {"re-enter", "reentry"}},
      {"resign", "Pell did not admit wrongdoing", {"admission", "admit"}},
      {"resign",
       "A Senate committee hearing at which Pell had been due to giv",
       {"hearing", "hear", "give"}},
      {"resign", "he could face up to seven years in prison", {"face"}},
      {"quake",
       "had planned to visit San Ismael on Monday, but the trip was",
       {"visit", "visiting", "trip"}},
      {"quake", "more landslides could block roads", {"block", "blockage"}},
      {"quake", "The rainy season normally begins in the region", {"beginning", "begin"}},
      {"doping", "Brennan did not attend the three-day hearing in Lausanne", {"attention"}},
      {"doping", "a ruling before then is unlikely", {"ruling"}},
      {"doping", "Brennan would get her medal back", {"get"}},
  };

  check_contexts_exist("unseen2", shown, not_facts);
  for (const auto& e : shown) check_found(salient, e);
  for (const auto& f : not_facts) {
    check_not_fact(salient, f);
    check_not_fact(all, f);
  }
  // Ten stories on ten topics: no event joins mentions of two of them.
  check_no_event_across_documents(all);

  // Not met today (see unseen2.expected.md; not asserted):
  //  election  "Sunday's parliamentary election": the vote is left undated (was wrong, Monday)
  //  hurricane "which will help families pay for ... repairs": "welcomed" causes "repairs"
  //  hurricane "The surge overtopped the levee ..., which flooded": no causal links
  //  quake     "was last hit by a major quake in 2009": the quake causes the hit (one event)
  //  probe     "The privately built Lanterna space probe": a "Build" event
  //  portstrike "The automation plan, which ... announced in March, triggered": dated March
  //  doping    "withdrew her invitation in April": undated (the ", but" clause)
  //  resign    "Transparency Now": the speaker reads "Transparency"
  //  recall    "apologised to the families of those killed": labelled "Kill (Simon Hale)"
}
