// One text through the steps of 'chronograph tag' (tag_text.hpp).
#include "chronograph/events/tag_text.hpp"

#include "chronograph/base/atomic_file.hpp"
#include "chronograph/events/event_dating.hpp"
#include "chronograph/events/event_model.hpp"
#include "chronograph/events/wordnet.hpp"
#include "chronograph/ingest/layout.hpp"
#include "chronograph/temporal/dct.hpp"

namespace chronograph::events {

TagModels::TagModels() : TagModels(std::string(), std::string()) {}

TagModels::TagModels(const std::string& event_model_file, const std::string& dating_model_file)
    : detector_(&EventDetector::shipped()), dating_(&DatingModel::shipped()) {
  if (!event_model_file.empty()) {
    own_model_ = std::make_unique<EventModel>(
        EventModel::from_bytes(base::read_file(event_model_file), event_model_file));
    own_detector_ = std::make_unique<EventDetector>(*own_model_, WordNet::shipped());
    detector_ = own_detector_.get();
  }
  if (!dating_model_file.empty()) {
    own_dating_ = std::make_unique<DatingModel>(
        DatingModel::from_bytes(base::read_file(dating_model_file), dating_model_file));
    dating_ = own_dating_.get();
  }
}

TagModels::~TagModels() = default;

TaggedText tag_text(std::string_view text, std::optional<date::sys_days> dct,
                    const temporal::Tagger& tagger, const TagModels& models) {
  TaggedText out;
  out.dct = dct;
  if (!out.dct)
    if (auto guess = temporal::detect_dct(text, tagger)) out.dct = guess->day;
  out.timexes = tagger.tag(text, temporal::TagOptions{out.dct});
  const auto layout = ingest::analyze_layout(text);
  out.events =
      find_document_events(text, layout, out.timexes, out.dct, models.detector(), models.dating());
  return out;
}

}  // namespace chronograph::events
