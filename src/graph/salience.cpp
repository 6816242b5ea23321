// The salience score: position, repetition, class, date, actors and places, links.
#include "chronograph/graph/salience.hpp"

#include <algorithm>
#include <cmath>

namespace chronograph::graph {

namespace {

// Title first; then the lead (news put what matters first); then the rest of the body.
double position(const SalienceFacts& f) {
  if (f.title) return 1.0;
  if (f.headline || f.first_sentence <= 1) return 0.8;
  if (f.first_sentence <= 4) return 0.55;
  if (f.first_sentence <= 9) return 0.35;
  return 0.2;
}

// Told by several documents, or again and again in one.
double repetition(const SalienceFacts& f) {
  const double docs = std::min(1.0, static_cast<double>(f.documents > 0 ? f.documents - 1 : 0) / 2);
  const double again = std::min(1.0, static_cast<double>(f.mentions > 0 ? f.mentions - 1 : 0) / 4);
  return 0.6 * docs + 0.4 * again;
}

// Happenings first; states and perceptions say least on a timeline.
double event_class(const SalienceFacts& f) {
  if (f.claim) return 0.6;
  if (f.lexicon_typed) return 1.0;
  switch (f.event_class) {
    case events::EventClass::occurrence:
      return 0.8;
    case events::EventClass::i_action:
      return 0.6;
    case events::EventClass::aspectual:
      return 0.4;
    case events::EventClass::reporting:
    case events::EventClass::perception:
      return 0.3;
    default:
      return 0.2;
  }
}

// A day is what a timeline can place; a month or a week nearly; a year or a bound less. A date
// only inferred (from tense, the news of the day, other events) counts half of a stated one.
double dated(const base::DateValue& d) {
  if (!d.known()) return 0;
  double s = 0.2;
  if (d.exact()) {
    s = 1.0;
  } else if (d.earliest && d.latest) {
    const auto days = (*d.latest - *d.earliest).count();
    s = days <= 7 ? 0.85 : days <= 31 ? 0.7 : days <= 366 ? 0.4 : 0.25;
  }
  return d.basis == base::Basis::inferred ? s / 2 : s;
}

}  // namespace

double salience(const SalienceFacts& f, const base::DateValue& date) {
  double s = 0.25 * position(f) + 0.15 * repetition(f) + 0.20 * event_class(f) +
             0.20 * dated(date) + 0.05 * f.actors + 0.05 * f.places + 0.10 * f.linked;
  if (!f.fact) s *= 0.3;
  return std::round(std::clamp(s, 0.0, 1.0) * 100) / 100;
}

}  // namespace chronograph::graph
