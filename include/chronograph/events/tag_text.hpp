// One text through the steps of 'chronograph tag': publication day, time expressions, layout,
// events with their dates.
#pragma once
#include <date/date.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chronograph/events/document_events.hpp"
#include "chronograph/temporal/tagger.hpp"
#include "chronograph/temporal/timex.hpp"

namespace chronograph::events {

class DatingModel;
class EventModel;

// The event and dating models a text is tagged with: the shipped ones, or files made by
// 'chronograph train' (an empty path keeps the shipped one). Not movable: the detector refers
// to the model it owns.
class TagModels {
 public:
  TagModels();
  TagModels(const std::string& event_model_file, const std::string& dating_model_file);
  ~TagModels();
  TagModels(const TagModels&) = delete;
  TagModels& operator=(const TagModels&) = delete;

  const EventDetector& detector() const { return *detector_; }
  const DatingModel& dating() const { return *dating_; }

 private:
  std::unique_ptr<EventModel> own_model_;
  std::unique_ptr<EventDetector> own_detector_;
  std::unique_ptr<DatingModel> own_dating_;
  const EventDetector* detector_;
  const DatingModel* dating_;
};

struct TaggedText {
  std::optional<date::sys_days> dct;  // given, or found in the text's header
  std::vector<temporal::Timex> timexes;
  std::vector<DocumentEvent> events;
};

// Tags `text`: `dct` is its publication day when known, else it is looked for in the header.
TaggedText tag_text(std::string_view text, std::optional<date::sys_days> dct,
                    const temporal::Tagger& tagger, const TagModels& models);

}  // namespace chronograph::events
