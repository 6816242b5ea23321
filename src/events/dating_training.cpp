// Training the dating model: candidates of detected events, labelled by the corpora's TLINKs.
#include <algorithm>
#include <cstdio>
#include <set>
#include <unordered_map>

#include "chronograph/base/date_value.hpp"
#include "chronograph/events/event_training.hpp"
#include "chronograph/ingest/layout.hpp"
#include "chronograph/temporal/tagger.hpp"
#include "linear_svm.hpp"

namespace chronograph::events {

namespace {

// The TLINK relations that put an event inside a time (as the TempEval-3 dating score reads).
bool dating_relation(const std::string& r) {
  return r == "IS_INCLUDED" || r == "DURING" || r == "SIMULTANEOUS" || r == "IDENTITY" ||
         r == "INCLUDES" || r == "DURING_INV";
}

// What the corpus says dates each gold event: the text time expressions it is linked to, and
// whether it is linked to the creation time.
struct GoldDates {
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  bool dct = false;
  bool any() const { return dct || !spans.empty(); }
};

std::unordered_map<std::string, GoldDates> gold_dates(const TimemlDocument& doc) {
  std::unordered_map<std::string, std::string> event_of;  // eiid -> eid
  for (const auto& mi : doc.instances) event_of.emplace(mi.eiid, mi.event_id);
  std::unordered_map<std::string, const TimemlTimex*> timex_of;
  for (const auto& t : doc.timexes)
    if (t.type == "DATE" || t.type == "TIME") timex_of.emplace(t.tid, &t);
  std::unordered_map<std::string, GoldDates> out;
  for (const auto& l : doc.links) {
    if (l.kind != "TLINK" || !dating_relation(l.rel_type) || l.from_time == l.to_time) continue;
    const std::string& ei = l.from_time ? l.to : l.from;
    const std::string& tid = l.from_time ? l.from : l.to;
    const auto e = event_of.find(ei);
    const auto t = timex_of.find(tid);
    if (e == event_of.end() || t == timex_of.end()) continue;
    GoldDates& g = out[e->second];
    if (t->second->creation_time)
      g.dct = true;
    else
      g.spans.emplace_back(t->second->start, t->second->end);
  }
  return out;
}

}  // namespace

DatingModel train_dating_model(const std::vector<NamedTimeml>& docs, const EventDetector& detector,
                               const DatingTrainOptions& options) {
  const temporal::Tagger tagger;
  const DatingModel untrained;
  std::vector<std::uint32_t> flat;
  std::vector<std::size_t> starts;
  std::vector<int> labels;
  std::unordered_map<std::uint64_t, std::uint32_t> id_of;
  std::vector<std::uint64_t> hash_of;
  std::vector<std::uint64_t> features;
  std::vector<Token> tokens;
  std::vector<DocumentEvent> found;
  std::size_t events_used = 0;
  for (const auto& d : docs) {
    const std::string& text = d.doc.text;
    temporal::TagOptions topt;
    topt.dct = base::parse_day(d.doc.dct.substr(0, 10));
    const auto timexes = tagger.tag(text, topt);
    const auto layout = ingest::analyze_layout(text);
    const auto dates = gold_dates(d.doc);
    SentenceDater dater(text, timexes, topt.dct, untrained, detector.word_lists());
    for (std::size_t si = 0; si < layout.sentences.size(); ++si) {
      const auto& s = layout.sentences[si];
      tokens.clear();
      tokenize(text, s.start, s.end, tokens);
      found.clear();
      detect_sentence_events(text, tokens, si, detector, found);
      dater.begin_sentence(s, tokens, found);
      for (const auto& e : found) {
        const auto gold =
            std::find_if(d.doc.events.begin(), d.doc.events.end(),
                         [&](const TimemlEvent& g) { return g.start < e.end && g.end > e.start; });
        if (gold == d.doc.events.end()) continue;
        const auto it = dates.find(gold->eid);
        const GoldDates none;
        const GoldDates& g = it == dates.end() ? none : it->second;
        if (options.dated_only && !g.any()) continue;
        ++events_used;
        for (const auto& c : dater.candidates(e)) {
          bool positive = false;
          if (c.kind == CandidateKind::dct) {
            positive = g.dct && g.spans.empty();
          } else {
            const auto& t = timexes[c.timex];
            for (const auto& [a, b] : g.spans) positive = positive || (a < t.end && b > t.start);
          }
          features.clear();
          dater.features(e, c, features);
          starts.push_back(flat.size());
          const std::size_t from = flat.size();
          for (const auto f : features) {
            const auto [pos, added] = id_of.emplace(f, static_cast<std::uint32_t>(hash_of.size()));
            if (added) hash_of.push_back(f);
            flat.push_back(pos->second);
          }
          std::sort(flat.begin() + static_cast<std::ptrdiff_t>(from), flat.end());
          flat.erase(std::unique(flat.begin() + static_cast<std::ptrdiff_t>(from), flat.end()),
                     flat.end());
          labels.push_back(positive ? 1 : 0);
        }
      }
      dater.end_sentence();
    }
  }
  starts.push_back(flat.size());
  std::vector<std::span<const std::uint32_t>> rows;
  for (std::size_t i = 0; i + 1 < starts.size(); ++i)
    rows.emplace_back(flat.data() + starts[i], starts[i + 1] - starts[i]);
  const auto both = train_linear_svm(rows, labels, hash_of.size(), 2, options.c);
  std::vector<double> positive(hash_of.size());
  for (std::size_t f = 0; f < hash_of.size(); ++f) positive[f] = both[f * 2 + 1];
  LinearModel weights = LinearModel::quantize(1, hash_of, positive);
  char c_text[32];
  std::snprintf(c_text, sizeof c_text, "%g", options.c);
  std::string provenance = "chronograph train dating: LIBLINEAR L2-loss SVM (dual), C " +
                           std::string(c_text) + (options.dated_only ? ", dated events only" : "") +
                           "; " + std::to_string(events_used) + " events, " +
                           std::to_string(labels.size()) + " candidates, " +
                           std::to_string(weights.size()) + " features";
  return DatingModel(std::move(weights), std::move(provenance));
}

}  // namespace chronograph::events
