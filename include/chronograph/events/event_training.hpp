// Training and evaluating the event detector on TimeML corpora (averaged perceptron).
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "chronograph/events/event_dating.hpp"
#include "chronograph/events/event_detector.hpp"
#include "chronograph/events/event_model.hpp"
#include "chronograph/events/timeml.hpp"
#include "chronograph/events/wordnet.hpp"

namespace chronograph::events {

struct NamedTimeml {
  std::string name;    // file name without folder and extension
  std::string corpus;  // the folder's own name ("timebank")
  TimemlDocument doc;
};

// Every *.tml file of the folders, each folder's files in byte order of their names.
std::vector<NamedTimeml> read_timeml_corpora(const std::vector<std::string>& dirs);

// How the weights are learned. The SVM scored 1-3 points of class F1 above the perceptron
// in both cross-corpus directions on the same features (bench/compare_learners.sh).
enum class Learner { svm, perceptron };

struct TrainOptions {
  Learner learner = Learner::svm;
  double c = 0.05;                // SVM: regularization (smaller is stronger)
  int epochs = 12;                // perceptron: passes over the data
  std::uint64_t seed = 20250602;  // perceptron: the order instances are visited in, per epoch
  int min_count = 2;              // features seen fewer times are dropped
};

// Learns the detector's weights. The same documents, classes and options give the same model
// byte for byte (both learners visit instances in a seeded order).
EventModel train_event_model(const std::vector<NamedTimeml>& docs, const WordNet& wordnet,
                             const WordClasses& classes, const TrainOptions& options);

// Writes the training and evaluation instances in LIBSVM/LIBLINEAR's sparse text format
// ("label id:1 id:1 ...", class labels 0..7, ids numbered from 1 in order of first sight in the
// training documents), so that other learners can be measured on exactly our features
// (bench/compare_learners.sh).
void export_svmlight(const std::vector<NamedTimeml>& train, const std::vector<NamedTimeml>& eval,
                     const WordNet& wordnet, const WordClasses& classes, int min_count,
                     std::string& train_out, std::string& eval_out);

struct DatingTrainOptions {
  double c = 0.1;           // SVM regularization
  bool dated_only = false;  // learn only from events the corpus dates (no "leave undated")
};

// Learns which candidate time (event_dating.hpp) dates an event, from the corpora's TLINKs
// between events and DATE/TIME expressions or the creation time (IS_INCLUDED, DURING,
// SIMULTANEOUS, IDENTITY, INCLUDES, DURING_INV). Events are the detector's own, matched to
// the gold ones, and time expressions the tagger's, so training sees what detection will.
DatingModel train_dating_model(const std::vector<NamedTimeml>& docs, const EventDetector& detector,
                               const DatingTrainOptions& options);

struct EventScores {
  std::size_t gold = 0, system = 0, matched = 0, same_class = 0, missed_text = 0;
  std::size_t pos_known = 0, same_pos = 0;  // matched events whose gold part of speech is known
  // confusion[gold][found] of the classes, none included (missed and spurious events)
  std::array<std::array<std::size_t, kEventClassCount>, kEventClassCount> confusion{};
  double precision() const { return system ? double(matched) / double(system) : 0.0; }
  double recall() const { return gold ? double(matched) / double(gold) : 0.0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
  double class_f1() const {
    return gold + system ? 2.0 * double(same_class) / double(gold + system) : 0.0;
  }
};

// Scores a detector on gold events, pairing events whose spans overlap (like TempEval-3).
// missed_text counts gold events outside every sentence the layout analysis keeps.
EventScores evaluate_event_detector(const EventDetector& detector,
                                    const std::vector<NamedTimeml>& docs);

}  // namespace chronograph::events
