// The word table, event model and detector compiled into the binary (data/models/).
#include "chronograph/embedded.hpp"
#include "chronograph/events/event_dating.hpp"
#include "chronograph/events/event_detector.hpp"
#include "chronograph/events/event_model.hpp"
#include "chronograph/events/wordnet.hpp"

namespace chronograph::events {

// An empty file stands for a model not trained yet (a fresh checkout building the trainer):
// the detector then finds no events rather than failing.
const WordNet& WordNet::shipped() {
  static const WordNet wn =
      embedded::wordnet_table().empty()
          ? WordNet()
          : WordNet::from_bytes(embedded::wordnet_table(), "data/models/wordnet.bin");
  return wn;
}

const EventModel& EventModel::shipped() {
  static const EventModel model =
      embedded::event_model().empty()
          ? EventModel({},
                       WordClasses::parse(embedded::word_classes(), "data/models/word_classes.txt"),
                       "untrained")
          : EventModel::from_bytes(embedded::event_model(), "data/models/events.bin");
  return model;
}

const DatingModel& DatingModel::shipped() {
  static const DatingModel model =
      embedded::dating_model().empty()
          ? DatingModel()
          : DatingModel::from_bytes(embedded::dating_model(), "data/models/dating.bin");
  return model;
}

const EventDetector& EventDetector::shipped() {
  static const EventDetector detector(EventModel::shipped(), WordNet::shipped());
  return detector;
}

}  // namespace chronograph::events
