// Training the event detector and the dating model on a tiny hand-written TimeML corpus
// (tests/fixtures/timeml/tiny): what is read, determinism, recall on the training data, the
// `chronograph train` commands, and positioned errors for malformed TimeML.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "../test_support.hpp"
#include "chronograph/base/source_error.hpp"
#include "chronograph/events/event_training.hpp"
#include "chronograph/events/timeml.hpp"

using namespace chronograph;
using namespace chronograph::events;
using test_support::run_binary;
using test_support::slurp;
using test_support::source_dir;
using test_support::TempDir;
using test_support::write_file;

namespace {

const char* const kTiny = "tests/fixtures/timeml/tiny";

const std::vector<NamedTimeml>& tiny() {
  static const std::vector<NamedTimeml> docs =
      read_timeml_corpora({(source_dir() / kTiny).string()});
  return docs;
}

EventModel train(const TrainOptions& options) {
  return train_event_model(tiny(), WordNet::shipped(), EventModel::shipped().classes(), options);
}

TrainOptions perceptron(std::uint64_t seed = TrainOptions{}.seed) {
  TrainOptions o;
  o.learner = Learner::perceptron;
  o.seed = seed;
  return o;
}

std::string text_of(const TimemlDocument& d, std::size_t start, std::size_t end) {
  return d.text.substr(start, end - start);
}

// The message of the InputError `read_timeml` throws on `xml`, "" when it throws none.
std::string timeml_error(const std::string& xml) {
  try {
    read_timeml(xml, "bad.tml");
  } catch (const base::InputError& e) {
    return e.what();
  }
  return "";
}

const std::string kHead =
    "<?xml version=\"1.0\" ?>\n<TimeML>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" "
    "value=\"2021-03-15\" functionInDocument=\"CREATION_TIME\">2021-03-15</TIMEX3></DCT>\n";

}  // namespace

TEST_CASE("training: the tiny corpus reads as written") {
  const auto& docs = tiny();
  REQUIRE(docs.size() == 4);
  // Files in byte order of their names, the folder's name as the corpus.
  CHECK(docs[0].name == "election");
  CHECK(docs[1].name == "factory");
  CHECK(docs[2].name == "flood");
  CHECK(docs[3].name == "talks");
  for (const auto& d : docs) {
    CAPTURE(d.name);
    CHECK(d.corpus == "tiny");
    CHECK_FALSE(d.doc.dct.empty());
    CHECK(d.doc.instances.size() == d.doc.events.size());
    std::set<std::string> eids, eiids, tids;
    for (const auto& e : d.doc.events) {
      eids.insert(e.eid);
      CHECK(event_class_from_string(e.event_class) != EventClass::none);
      CHECK(e.start < e.end);
      CHECK(e.end <= d.doc.text.size());
    }
    for (const auto& mi : d.doc.instances) {
      CHECK(eids.count(mi.event_id) == 1);
      eiids.insert(mi.eiid);
    }
    for (const auto& t : d.doc.timexes) tids.insert(t.tid);
    for (const auto& l : d.doc.links) {
      CHECK((l.from_time ? tids : eiids).count(l.from) == 1);
      CHECK((l.to_time ? tids : eiids).count(l.to) == 1);
    }
  }
  const TimemlDocument& flood = docs[2].doc;
  CHECK(flood.dct == "2021-03-15");
  REQUIRE(flood.events.size() == 8);
  CHECK(text_of(flood, flood.events[0].start, flood.events[0].end) == "flooded");
  CHECK(flood.events[0].event_class == "OCCURRENCE");
  CHECK(flood.events[4].event_class == "I_ACTION");
  CHECK(text_of(flood, flood.events[7].start, flood.events[7].end) == "restored");
  CHECK(flood.text.find("AT&T restored") != std::string::npos);  // entity decoded
  CHECK(flood.text.find("<!--") == std::string::npos);
  CHECK(flood.text.find("A tiny hand-written") == std::string::npos);  // the comment is no text
  REQUIRE(flood.timexes.size() == 3);
  CHECK(flood.timexes[0].creation_time);
  CHECK(flood.timexes[0].start == 0);
  CHECK(text_of(flood, flood.timexes[1].start, flood.timexes[1].end) == "Sunday");
  CHECK(flood.timexes[1].value == "2021-03-14");
  CHECK(flood.instances[5].tense == "INFINITIVE");
  // TLINKs only (the SLINK is not a temporal link), event-to-time and event-to-event.
  REQUIRE(flood.links.size() == 5);
  CHECK(flood.links[0].kind == "TLINK");
  CHECK(flood.links[0].rel_type == "IS_INCLUDED");
  CHECK(flood.links[0].from == "ei1");
  CHECK(flood.links[0].to == "t1");
  CHECK(flood.links[0].to_time);
  CHECK_FALSE(flood.links[3].to_time);
  const TimemlDocument& factory = docs[1].doc;
  CHECK(std::count_if(factory.links.begin(), factory.links.end(),
                      [](const TimemlLink& l) { return l.kind == "CLINK"; }) == 1);
}

TEST_CASE("training: the same corpus and options give the same model, byte for byte") {
  const EventModel svm1 = train({}), svm2 = train({});
  CHECK(svm1.serialize() == svm2.serialize());
  CHECK(svm1.size() > 100);
  const EventModel p1 = train(perceptron()), p2 = train(perceptron());
  CHECK(p1.serialize() == p2.serialize());
  CHECK(p1.size() > 100);
  // Another learner, seed, regularization or feature cut-off is another model.
  CHECK(p1.serialize() != svm1.serialize());
  const EventModel p3 = train(perceptron(7));
  CHECK(p3.serialize() == train(perceptron(7)).serialize());
  CHECK(p3.serialize() != p1.serialize());
  TrainOptions strong;
  strong.c = 0.005;
  CHECK(train(strong).serialize() != svm1.serialize());
  TrainOptions all_features;
  all_features.min_count = 1;
  CHECK(train(all_features).size() > svm1.size());
  // The model says how it was made and keeps the classes it was trained with.
  CHECK(svm1.provenance().find("SVM") != std::string::npos);
  CHECK(svm1.provenance().find("tiny (4 documents)") != std::string::npos);
  CHECK(p1.provenance().find("averaged perceptron, 12 epochs, seed 20250602") != std::string::npos);
  CHECK(p3.provenance().find("seed 7") != std::string::npos);
  CHECK(svm1.classes().serialize() == EventModel::shipped().classes().serialize());
  // And it survives its own file format.
  CHECK(EventModel::from_bytes(svm1.serialize(), "m.bin").serialize() == svm1.serialize());
}

TEST_CASE("training: both learners find the training events on their own data") {
  for (const auto& run : {std::pair{"svm", TrainOptions{}}, std::pair{"perceptron", perceptron()},
                          std::pair{"perceptron seed 7", perceptron(7)}}) {
    // Not a structured binding: CAPTURE's lambda cannot refer to one in clang 14.
    const char* name = run.first;
    const TrainOptions& options = run.second;
    CAPTURE(name);
    const EventModel model = train(options);
    const EventDetector detector(model, WordNet::shipped());
    const EventScores s = evaluate_event_detector(detector, tiny());
    CHECK(s.gold == 35);
    CHECK(s.missed_text == 0);  // every sentence of the fixtures is kept
    CHECK(s.recall() >= 0.9);
    CHECK(s.precision() >= 0.8);
    CHECK(s.class_f1() >= 0.8);
    CHECK(s.pos_known == s.matched);
    CHECK(s.same_pos >= s.pos_known * 9 / 10);
  }
  // An untrained (empty) model finds only the few nouns of the event_noun word list: the scores
  // above come from training.
  const EventModel empty({}, EventModel::shipped().classes(), "empty");
  const EventScores none =
      evaluate_event_detector(EventDetector(empty, WordNet::shipped()), tiny());
  CHECK(none.system <= 2);
  CHECK(none.recall() < 0.1);
}

TEST_CASE("training: the dating model is deterministic and learns from the TLINKs") {
  const EventModel model = train({});
  const EventDetector detector(model, WordNet::shipped());
  const DatingModel d1 = train_dating_model(tiny(), detector, {});
  const DatingModel d2 = train_dating_model(tiny(), detector, {});
  CHECK(d1.serialize() == d2.serialize());
  CHECK_FALSE(d1.empty());
  CHECK(d1.provenance().find("chronograph train dating") != std::string::npos);
  CHECK(DatingModel::from_bytes(d1.serialize(), "d.bin").serialize() == d1.serialize());
  DatingTrainOptions dated;
  dated.dated_only = true;
  const DatingModel d3 = train_dating_model(tiny(), detector, dated);
  CHECK(d3.serialize() == train_dating_model(tiny(), detector, dated).serialize());
  CHECK(d3.provenance().find("dated events only") != std::string::npos);
  CHECK(d3.serialize() != d1.serialize());
}

TEST_CASE("training: 'chronograph train events' and 'train dating' write the same bytes twice") {
  TempDir dir;
  const std::string base = "train events --timeml " + std::string(kTiny) + " -o '";
  const auto r1 = run_binary(base + (dir / "a.bin").string() + "'");
  const auto r2 = run_binary(base + (dir / "b.bin").string() + "'");
  REQUIRE_MESSAGE(r1.exit_code == 0, r1.err);
  REQUIRE_MESSAGE(r2.exit_code == 0, r2.err);
  const std::string a = slurp(dir / "a.bin");
  CHECK_FALSE(a.empty());
  CHECK(a == slurp(dir / "b.bin"));
  // The binary trains what the library trains with the same defaults.
  CHECK(a == train({}).serialize());
  CHECK(r1.out.find("training data: gold 35") != std::string::npos);
  CHECK(r1.err.find("tiny (4 documents)") != std::string::npos);

  const auto p = run_binary("train events --learner perceptron --timeml " + std::string(kTiny) +
                            " --eval " + kTiny + " -o '" + (dir / "p.bin").string() + "'");
  REQUIRE_MESSAGE(p.exit_code == 0, p.err);
  CHECK(slurp(dir / "p.bin") == train(perceptron()).serialize());
  CHECK(p.out.find("held out: gold 35") != std::string::npos);

  const std::string dating = "train dating --timeml " + std::string(kTiny) + " --model '" +
                             (dir / "a.bin").string() + "' -o '";
  const auto d1 = run_binary(dating + (dir / "d1.bin").string() + "'");
  const auto d2 = run_binary(dating + (dir / "d2.bin").string() + "'");
  REQUIRE_MESSAGE(d1.exit_code == 0, d1.err);
  REQUIRE_MESSAGE(d2.exit_code == 0, d2.err);
  CHECK_FALSE(slurp(dir / "d1.bin").empty());
  CHECK(slurp(dir / "d1.bin") == slurp(dir / "d2.bin"));

  // The trained models drive 'tag'.
  write_file(dir / "doc.txt",
             "Heavy rain flooded the town on Sunday. Officials said schools closed.\n");
  const auto tag =
      run_binary("tag '" + (dir / "doc.txt").string() + "' --dct 2021-03-15 --model '" +
                 (dir / "a.bin").string() + "' --dating-model '" + (dir / "d1.bin").string() + "'");
  REQUIRE_MESSAGE(tag.exit_code == 0, tag.err);
  CHECK(tag.out.find("\"text\": \"flooded\", \"class\": \"OCCURRENCE\"") != std::string::npos);
}

TEST_CASE("training: 'train dating --wordnet FILE' reads FILE") {
  // Bug: the option is accepted and ignored (the detector is built on the shipped table), so
  // scripts/train.sh pairs a freshly trained event model with the old word table.
  TempDir dir;
  const auto r =
      run_binary("train dating --timeml " + std::string(kTiny) +
                 " --wordnet /no/such/wordnet.bin -o '" + (dir / "d.bin").string() + "'");
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("/no/such/wordnet.bin") != std::string::npos);
}

TEST_CASE("training: malformed TimeML is a positioned error") {
  CHECK(timeml_error(kHead + "<TEXT>Rain <EVENT eid=\"e1\" class=\"OCCURRENCE\">fell</TEXT>\n") ==
        "bad.tml:4:51: error: </TEXT> closes an open <EVENT>");
  CHECK(timeml_error(kHead + "<TEXT>Rain <EVENT eid=\"e1\" class=\"OCCURRENCE\"") ==
        "bad.tml:4:12: error: tag is not closed");
  CHECK(timeml_error(kHead + "<TEXT>Rain fell.\n") == "bad.tml:5:1: error: <TEXT> is not closed");
  CHECK(timeml_error(kHead + "<BODY>Rain fell.</BODY>\n") ==
        "bad.tml:1:1: error: no <TEXT> element: not a TimeML document");
  CHECK(timeml_error(kHead + "<TEXT>Rain\n<EVENT eid=\"e1\">fell</TIMEX3></TEXT>") ==
        "bad.tml:5:21: error: </TIMEX3> does not close the open element");
  CHECK(timeml_error(kHead + "<TEXT>AT&T fell</TEXT>") ==
        "bad.tml:4:9: error: bad entity reference");
  CHECK(timeml_error(kHead + "<TEXT>A &bogus; B</TEXT>") ==
        "bad.tml:4:9: error: unknown entity '&bogus;'");
  CHECK(timeml_error(kHead + "<TEXT><EVENT eid=e1>x</EVENT></TEXT>") ==
        "bad.tml:4:18: error: attribute value is not quoted");
  CHECK(timeml_error(kHead + "<!-- never closed <TEXT></TEXT>") ==
        "bad.tml:4:1: error: comment is not closed");
  // Positions count code points, not bytes.
  CHECK(timeml_error(kHead + "<TEXT>Café &nope; x</TEXT>") ==
        "bad.tml:4:12: error: unknown entity '&nope;'");
  // The same documents well-formed read fine.
  CHECK(timeml_error(kHead + "<TEXT>Rain <EVENT eid=\"e1\" class=\"OCCURRENCE\">fell</EVENT>" +
                     " &amp; &#233;&#x41;</TEXT>") == "");
}

TEST_CASE("training: 'train events' on bad TimeML exits 1 with file:line:column: error:") {
  TempDir dir;
  const auto bad = dir / "bad";
  std::filesystem::create_directories(bad);
  // A good document and a broken one: the whole run fails on the broken one.
  std::filesystem::copy_file(source_dir() / kTiny / "flood.tml", bad / "a.tml");
  write_file(bad / "b.tml",
             kHead + "<TEXT>Rain <EVENT eid=\"e1\" class=\"OCCURRENCE\">fell</TEXT>\n");
  const auto out = dir / "m.bin";
  const auto r =
      run_binary("train events --timeml '" + bad.string() + "' -o '" + out.string() + "'");
  CHECK(r.exit_code == 1);
  CHECK(r.err == (bad / "b.tml").string() + ":4:51: error: </TEXT> closes an open <EVENT>\n");
  CHECK_FALSE(std::filesystem::exists(out));

  const auto notext = dir / "notext";
  std::filesystem::create_directories(notext);
  write_file(notext / "c.tml", kHead + "</TimeML>\n");
  const auto r2 =
      run_binary("train events --timeml '" + notext.string() + "' -o '" + out.string() + "'");
  CHECK(r2.exit_code == 1);
  CHECK(r2.err ==
        (notext / "c.tml").string() + ":1:1: error: no <TEXT> element: not a TimeML document\n");

  const auto empty = dir / "empty";
  std::filesystem::create_directories(empty);
  write_file(empty / "notes.txt", "not TimeML\n");
  const auto r3 =
      run_binary("train events --timeml '" + empty.string() + "' -o '" + out.string() + "'");
  CHECK(r3.exit_code == 1);
  CHECK(r3.err == empty.string() + ":1:1: error: no .tml files in this folder\n");

  const auto r4 = run_binary("train events --timeml /no/such/folder -o '" + out.string() + "'");
  CHECK(r4.exit_code == 1);
  CHECK(r4.err == "/no/such/folder:1:1: error: not a folder of TimeML (.tml) files\n");
  CHECK_FALSE(std::filesystem::exists(out));
}
