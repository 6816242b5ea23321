// Event dating: candidate times of each event, their features, and the model's choice.
#include "chronograph/events/event_dating.hpp"

#include <algorithm>

#include "chronograph/base/binary_io.hpp"
#include "chronograph/base/date_value.hpp"
#include "chronograph/base/text.hpp"

namespace chronograph::events {

namespace {

constexpr std::string_view kMagic = "chronograph-dating-model 1\n";

// How many sentences back the narrative's time still counts.
constexpr std::size_t kPreviousReach = 2;

std::string_view bucket(std::size_t d) {
  return d == 0    ? "0"
         : d == 1  ? "1"
         : d == 2  ? "2"
         : d == 3  ? "3"
         : d <= 5  ? "4-5"
         : d <= 8  ? "6-8"
         : d <= 12 ? "9-12"
                   : "13+";
}

std::string_view coarse_bucket(std::size_t d) { return d <= 2 ? "near" : d <= 8 ? "mid" : "far"; }

std::string_view granularity(const temporal::Timex& t) {
  if (t.type == temporal::TimexType::time) return "time";
  return temporal::to_string(t.granularity);
}

// A feature: template name and value, hashed with the candidate's kind.
struct Emitter {
  std::vector<std::uint64_t>& out;
  std::uint64_t seed;
  void operator()(std::string_view name, std::string_view value) const {
    out.push_back(base::stable_hash(value, base::stable_hash("=", base::stable_hash(name, seed))));
  }
  void operator()(std::string_view name, std::string_view a, std::string_view b) const {
    out.push_back(base::stable_hash(
        b, base::stable_hash(
               "|", base::stable_hash(a, base::stable_hash("=", base::stable_hash(name, seed))))));
  }
};

}  // namespace

bool dates_events(const temporal::Timex& t) {
  if (t.type != temporal::TimexType::date && t.type != temporal::TimexType::time) return false;
  if (t.reference == temporal::Reference::event) return false;
  // Resolved, or counted from a publication day not known yet ("yesterday", "in May" on a page
  // with no date): the graph resolves those once it has reasoned the page's date.
  const bool resolved = t.earliest && t.latest;
  const bool pending =
      t.reference == temporal::Reference::dct && (t.dct_shift || t.value.starts_with("XXXX-"));
  if (!resolved && !pending) return false;
  return t.value.size() < 4 || t.value.compare(t.value.size() - 4, 4, "_REF") != 0;
}

DatingModel DatingModel::from_bytes(std::string_view bytes, const std::string& file) {
  base::BinaryReader r(bytes, file);
  r.expect(kMagic);
  DatingModel m;
  m.provenance_ = std::string(r.str());
  m.weights_ = LinearModel::read(r, 1);
  if (!r.done()) r.fail("unexpected bytes after the weights");
  return m;
}

std::string DatingModel::serialize() const {
  base::BinaryWriter w;
  w.bytes(kMagic);
  w.str(provenance_);
  weights_.write(w);
  return std::move(w.data());
}

std::int32_t DatingModel::score(const std::vector<std::uint64_t>& features) const {
  std::int32_t s = 0;
  for (const auto f : features)
    if (const std::int16_t* w = weights_.find(f)) s += w[0];
  return s;
}

void SentenceDater::begin_sentence(const ingest::Sentence& sentence, std::span<const Token> tokens,
                                   std::span<const DocumentEvent> events) {
  tokens_ = tokens;
  events_ = events;
  while (cursor_ < timexes_.size() && timexes_[cursor_].end <= sentence.start) ++cursor_;
  in_sentence_.clear();
  for (std::size_t k = cursor_; k < timexes_.size() && timexes_[k].start < sentence.end; ++k)
    if (timexes_[k].start >= sentence.start && dates_events(timexes_[k]))
      in_sentence_.push_back(
          {k, token_at(tokens, timexes_[k].start), token_at(tokens, timexes_[k].end)});
}

void SentenceDater::skip_sentence(const ingest::Sentence& sentence) {
  begin_sentence(sentence, {}, {});
  end_sentence();
}

void SentenceDater::end_sentence() {
  if (!in_sentence_.empty()) {
    last_timex_ = in_sentence_.back().index;
    last_timex_sentence_ = sentence_;
  }
  ++sentence_;
}

const std::vector<DatingCandidate>& SentenceDater::candidates(const DocumentEvent&) {
  candidates_.clear();
  for (const auto& st : in_sentence_) candidates_.push_back({CandidateKind::sentence, st.index, 0});
  if (last_timex_ && sentence_ - last_timex_sentence_ <= kPreviousReach)
    candidates_.push_back(
        {CandidateKind::previous, *last_timex_, sentence_ - last_timex_sentence_});
  if (dct_) candidates_.push_back({CandidateKind::dct, 0, 0});
  return candidates_;
}

void SentenceDater::features(const DocumentEvent& e, const DatingCandidate& c,
                             std::vector<std::uint64_t>& out) const {
  const std::string_view kind = c.kind == CandidateKind::sentence   ? "sentence"
                                : c.kind == CandidateKind::previous ? "previous"
                                                                    : "dct";
  const Emitter f{out, base::stable_hash(kind)};
  const std::string_view cls = to_string(e.event_class), tense = to_string(e.tense);
  f("bias", "");
  f("class", cls);
  f("tense", tense);
  f("aspect", to_string(e.aspect));
  f("pos", to_string(e.pos));
  f("fact", to_string(e.factuality));
  f("class_tense", cls, tense);
  f("sentence_timexes", bucket(std::min<std::size_t>(in_sentence_.size(), 3)));
  // Inside a quotation the speaker's time applies, not the narrator's.
  std::size_t quotes = 0;
  for (std::size_t k = 0; k < e.token && k < tokens_.size(); ++k) {
    const std::string_view w = text_.substr(tokens_[k].start, tokens_[k].end - tokens_[k].start);
    quotes += w == "\"" || w == "“" || w == "”";
  }
  f("quoted", quotes % 2 ? "1" : "0");
  if (c.kind == CandidateKind::previous) {
    const auto& t = timexes_[c.timex];
    f("back", bucket(c.sentences_back));
    f("gran", granularity(t));
    f("class_back", cls, bucket(c.sentences_back));
    f("tense_gran", tense, granularity(t));
    return;
  }
  if (c.kind == CandidateKind::dct) {
    f("tense_aspect", tense, to_string(e.aspect));
    return;
  }
  const auto st = std::find_if(in_sentence_.begin(), in_sentence_.end(),
                               [&](const SentenceTimex& s) { return s.index == c.timex; });
  const auto& t = timexes_[c.timex];
  const std::size_t ev = e.token;
  const bool before = st->last <= ev, after = st->first > ev;
  const std::string_view dir = before ? "B" : after ? "A" : "O";
  const std::size_t dist = before ? ev - st->last : after ? st->first - ev - 1 : 0;
  f("dir", dir);
  f("dir_dist", dir, bucket(dist));
  f("class_dir", cls, std::string(dir) + std::string(coarse_bucket(dist)));
  f("tense_dir", tense, std::string(dir) + std::string(coarse_bucket(dist)));
  f("gran", granularity(t));
  f("ref", temporal::to_string(t.reference));
  // Rank by distance among the sentence's candidates: the nearest usually governs.
  std::size_t rank = 0;
  for (const auto& o : in_sentence_) {
    const std::size_t d = o.last <= ev ? ev - o.last : o.first > ev ? o.first - ev - 1 : 0;
    rank += d < dist;
  }
  f("rank", bucket(std::min<std::size_t>(rank, 2)));
  // What stands between: clause breaks, subordinators, other events.
  const std::size_t from = before ? st->last : ev + 1, to = before ? ev : st->first;
  std::size_t commas = 0, events_between = 0;
  for (std::size_t k = from; k < to && k < tokens_.size(); ++k) {
    const std::string_view w = text_.substr(tokens_[k].start, tokens_[k].end - tokens_[k].start);
    if (w == ",") ++commas;
    // Compared as a view: std::string == "literal" measures the literal and calls memcmp for
    // each of these words, for each token between, for each candidate.
    const std::string lowered = base::lower_ascii(w);
    const std::string_view low = lowered;
    if (low == "that" || low == "which" || low == "who" || low == "when" || low == "while" ||
        low == "because" || low == "after" || low == "before" || low == "since" || low == "until" ||
        low == "if" || low == ";" || low == ":" || low == "—" || low == "--" || low == "(" ||
        low == "\"" || low == "“" || low == "”" || low == "and" || low == "but" || low == "'s" ||
        low == "’s" || low == "to")
      f("between", low);
  }
  for (const auto& o : events_)
    if (o.token >= from && o.token < to) ++events_between;
  f("commas", bucket(std::min<std::size_t>(commas, 2)));
  f("events_between", bucket(std::min<std::size_t>(events_between, 2)));
  f("dir_events_between", dir, bucket(std::min<std::size_t>(events_between, 2)));
  // The word just before the expression: "on Tuesday", "in May", "since 1980", "by Friday".
  if (st->first > 0) {
    const Token& p = tokens_[st->first - 1];
    const std::string low = base::lower_ascii(text_.substr(p.start, p.end - p.start));
    f("prep", low);
    f("dir_prep", dir, low);
  } else {
    f("prep", "^");
  }
  // "On Tuesday, ...": an expression heading the sentence dates its main clause.
  if (st->first <= 1 && st->last < tokens_.size()) {
    const Token& n = tokens_[st->last];
    if (text_.substr(n.start, n.end - n.start) == ",") f("heads", dir);
  }
}

void SentenceDater::date_sentence(const ingest::Sentence& sentence, std::span<const Token> tokens,
                                  std::span<DocumentEvent> events,
                                  const std::vector<bool>* wanted) {
  begin_sentence(sentence, tokens, events);
  // An event inside the phrase an anchored expression counts from ("two days after the storm
  // made landfall") is that expression's anchor: its date follows from the other event's, not
  // from the sentence's times.
  const auto anchors_phrase = [&](const DocumentEvent& e) {
    for (std::size_t k = cursor_; k < timexes_.size() && timexes_[k].start < sentence.end; ++k) {
      const auto& a = timexes_[k].anchor;
      if (timexes_[k].reference == temporal::Reference::event && a && a->start <= e.start &&
          e.end <= a->end)
        return true;
    }
    return false;
  };
  for (std::size_t i = 0; i < events.size(); ++i) {
    DocumentEvent& e = events[i];
    if ((wanted && !(*wanted)[i]) || anchors_phrase(e)) continue;
    const DatingCandidate* best = nullptr;
    std::int32_t best_score = 0;
    for (const auto& c : candidates(e)) {
      scratch_.clear();
      features(e, c, scratch_);
      const std::int32_t s = model_.score(scratch_);
      if (s > best_score) best = &c, best_score = s;
    }
    if (!best) continue;
    if (best->kind == CandidateKind::dct) {
      e.basis = DateBasis::dct;
      e.earliest = e.latest = *dct_;
      e.value = base::format_day(*dct_);
      e.date_rule = "the publication day";
      e.date_score = best_score;
    } else {
      const auto& t = timexes_[best->timex];
      e.basis = DateBasis::timex;
      e.timex = best->timex;
      e.earliest = t.earliest;
      e.latest = t.latest;
      e.value = t.value;
      e.date_rule = best->kind == CandidateKind::sentence
                        ? "time expression of its sentence"
                        : "time expression of the sentence before";
      e.date_score = best_score;
    }
  }
  end_sentence();
}

void SentenceDater::date_by_anchors(std::vector<DocumentEvent>&) const {}

}  // namespace chronograph::events
