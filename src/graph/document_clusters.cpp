// Step 1 of clustering: one document's mentions grouped into its own clusters, summarized.
#include "document_clusters.hpp"

#include <array>
#include <map>
#include <string_view>
#include <unordered_map>

#include "chronograph/base/text.hpp"

namespace chronograph::graph::detail {

using events::EventKind;

namespace {

// A title tells the page's news: no event the body dates this many days before the page.
constexpr std::int32_t kTitleNewsDays = 30;

bool stopword(std::string_view w) {
  static constexpr std::array<std::string_view, 48> kStop = {
      "about",   "above",  "after",   "again", "against", "already", "always",    "among",
      "because", "before", "being",   "below", "between", "could",   "during",    "every",
      "first",   "given",  "however", "large", "might",   "never",   "other",     "others",
      "their",   "there",  "these",   "thing", "things",  "those",   "three",     "through",
      "today",   "under",  "until",   "where", "which",   "while",   "whose",     "within",
      "without", "would",  "should",  "still", "since",   "second",  "yesterday", "really"};
  return std::find(kStop.begin(), kStop.end(), w) != kStop.end();
}

Interval of_dates(const DateFacts& t) {
  Interval i;
  if (t.earliest) i.lo = day_number(*t.earliest);
  if (t.latest) i.hi = day_number(*t.latest);
  return i;
}

}  // namespace

DocumentClusters cluster_document(const DocWorks& work, std::size_t d, DocumentScratch& scratch) {
  DocumentClusters result;
  // Strings (types, names, actors, places, words) become small integers, numbered in the
  // order this document first uses them; the caller renumbers them for the whole corpus.
  base::StringMap<int>& interned = scratch.interned;
  interned.clear();
  auto intern = [&interned, &result](std::string_view str) {
    if (auto it = interned.find(str); it != interned.end()) return it->second;
    const int id = static_cast<int>(result.strings.size());
    interned.emplace(std::string(str), id);
    result.strings.emplace_back(str);
    return id;
  };
  std::vector<std::vector<MentionRef>>& clusters = result.members;
  std::vector<Summary>& cluster_sum = result.summaries;
  std::vector<long>& cluster_index = result.cluster_index;
  // Facts of each mention of the current document that do not change while clustering.
  // Content words are the lower-case words of five letters or more of its sentence that are
  // neither function words, names (capitalized) nor the trigger itself.
  std::vector<Summary>& base = scratch.base;
  std::vector<int>& global = scratch.global;  // the document's string ids, interned
  std::vector<events::Token>& toks = scratch.toks;
  auto& sentence_words = scratch.sentence_words;
  std::string& word = scratch.word;
  auto summarize_mentions = [&] {
    const DocWork& w = *work[d];
    const auto& mentions = w.mentions;
    global.assign(w.string_count(), -1);
    auto id_of = [&](StrId s) {
      if (global[s] < 0) global[s] = intern(w.str(s));
      return global[s];
    };
    const auto ref = w.reference_day();
    base.assign(mentions.size(), Summary{});
    std::size_t toks_of = static_cast<std::size_t>(-1);
    toks.clear();
    for (std::size_t mi = 0; mi < mentions.size(); ++mi) {
      const MentionFacts& m = mentions[mi];
      Summary& s = base[mi];
      s.type = id_of(m.type);
      s.claim = m.kind == EventKind::claim;
      s.headline = m.headline;
      if (m.ordinal) add_id(s.ordinals, m.ordinal);
      if (m.name) add_id(s.names, intern(events::lower_ascii(w.str(m.name))));
      for (StrId p : w.list(m.places)) add_id(s.places, id_of(p));
      for (StrId a : w.list(m.actors)) add_id(s.actors, id_of(a));
      s.size = 1;
      s.referring = m.kind == EventKind::event && m.definite && !m.timex && !m.anchor_timex &&
                    !m.headline && !m.ordinal && !m.name && m.actors.count == 0;
      if (m.timex) {
        const DateFacts& t = w.dates[*m.timex];
        // "June 2" states its day (only the year comes from the page date): strong evidence.
        const bool stated = t.reference == temporal::Reference::absolute ||
                            t.reference == temporal::Reference::heading ||
                            (t.reference == temporal::Reference::dct && !t.dct_shift);
        if (stated) {
          const Interval iv = of_dates(t);
          s.add_strong(iv);
          if (ref && iv.hi && *iv.hi < day_number(*ref) - 60) s.historical = true;
        } else if (t.reference == temporal::Reference::dct) {
          s.add_weak(of_dates(t));
        }
      } else if (m.tense < 0 && ref && !m.headline) {
        s.add_weak(Interval{std::nullopt, day_number(*ref)});
      }
      if (m.kind != EventKind::event || m.headline) continue;
      // Mentions of one sentence share its content words: find and intern them once.
      if (toks_of != m.sentence_start || toks.empty()) {
        // The document's text is gone; the sentence is in the part it kept.
        const auto [region, at] = w.kept.region(m.sentence_start, m.sentence_end);
        toks.clear();
        events::tokenize(region, m.sentence_start - at, m.sentence_end - at, toks);
        toks_of = m.sentence_start;
        sentence_words.clear();
        for (const auto& t : toks) {
          if (!t.word || t.upper || t.digit || t.end - t.start < 5) continue;
          base::lower_ascii_into(region.substr(t.start, t.end - t.start), word);
          if (!stopword(word)) sentence_words.push_back({t.start + at, t.end + at, intern(word)});
        }
      }
      for (const auto& sw : sentence_words)
        if (sw.start < m.start || sw.end > m.end) add_id(s.words, sw.id);
    }
  };
  // A mention's summary: its fixed facts plus the cluster its date is anchored to, if any
  // (the within-document cluster; rounds map anchors to current roots). Only mentions of the
  // document have their facts in `base`.
  auto mention_summary = [&](const MentionRef& r) {
    const DocWork& w = *work[r.doc];
    const MentionFacts& m = w.mentions[r.index];
    Summary s = base[r.index];
    s.docs = {r.doc};
    if (m.anchor_timex && m.anchor_mention) {
      const auto& off = w.dates[*m.anchor_timex].anchor_offset;
      const long a = cluster_index[*m.anchor_mention];
      if (a >= 0 && off && off->unit == temporal::Unit::day)
        s.anchors.push_back({static_cast<std::size_t>(a), off->amount});
    }
    return s;
  };

  const DocWork& w = *work[d];
  const auto& mentions = w.mentions;
  summarize_mentions();
  cluster_index.assign(mentions.size(), -1);
  // An end of a cause or reaction link happened, generic wording or not ("heavy rain caused
  // flooding"): it joins an event of its type or founds one, as a named mention does.
  std::vector<char> linked(mentions.size(), 0);
  for (const auto& l : w.links)
    if (l.type != LinkType::claim_about) linked[l.from] = linked[l.to] = 1;
  struct Local {
    std::size_t cluster;
    Summary summary;
    std::size_t last_sentence;
    std::vector<std::size_t> sentences;
    bool title = false;  // made by the page's title: its news
    bool past = false;   // a mention of it is told in the past
  };
  // "Valaitis returned from talks in Brussels" is not the talks dated to come ("will begin
  // consultations on Thursday"): a mention told in the past joins no event dated after the
  // page, a mention dated after the page none told in the past. (Undated, "continuing the war"
  // and "committed war crimes" may tell one war.)
  const auto today =
      w.reference_day() ? std::optional(day_number(*w.reference_day())) : std::nullopt;
  auto after_today = [&](const Summary& s) {
    return today && ((s.has_strong && s.strong.lo && *s.strong.lo > *today) ||
                     (s.has_weak && s.weak.lo && *s.weak.lo > *today));
  };
  // Whether each mention is dated after the page: once per mention, not per cluster tried.
  std::vector<char> dated_to_come(mentions.size(), 0);
  if (today)
    for (std::size_t mi = 0; mi < mentions.size(); ++mi)
      dated_to_come[mi] = after_today(base[mi]);  // its own dates, no copy
  auto tense_clash = [&](const Local& l, std::size_t mi) {
    if (mentions[mi].tense < 0 && after_today(l.summary)) return true;
    return l.past && dated_to_come[mi];
  };
  std::vector<Local> local;
  // Local clusters by type, in creation order: a long document has thousands of clusters
  // and a mention only ever looks at those of its type.
  std::unordered_map<int, std::vector<std::size_t>> of_type;
  auto same_type = [&](int type) -> const std::vector<std::size_t>& { return of_type[type]; };
  std::map<int, std::size_t> claim_groups;
  auto join = [&](Local& l, std::size_t mi, const Summary& s, std::size_t sent) {
    clusters[l.cluster].push_back({d, mi});
    l.summary.merge(s);
    l.last_sentence = std::max(l.last_sentence, sent);
    l.sentences.push_back(sent);
    l.past = l.past || mentions[mi].tense < 0;
    cluster_index[mi] = static_cast<long>(l.cluster);
  };
  auto create = [&](std::size_t mi, const Summary& s, std::size_t sent) {
    clusters.push_back({{d, mi}});
    local.push_back(
        {clusters.size() - 1, s, sent, {sent}, mentions[mi].title, mentions[mi].tense < 0});
    of_type[s.type].push_back(local.size() - 1);
    cluster_index[mi] = static_cast<long>(clusters.size() - 1);
  };
  // The cluster of this type mentioned in the last two sentences (not later ones: pending
  // mentions are placed after every featured one has made its cluster).
  auto recent = [&](const Summary& s, std::size_t sent, std::size_t mi) -> Local* {
    Local* best = nullptr;
    std::size_t best_at = 0;
    for (std::size_t li : same_type(s.type)) {
      Local& l = local[li];
      if (l.summary.headline || l.summary.claim) continue;
      std::size_t at = 0;
      bool near = false;
      for (std::size_t x : l.sentences)
        if (x <= sent && x + 2 >= sent) near = true, at = std::max(at, x);
      if (near && compatible(l.summary, s) && !tense_clash(l, mi) && (!best || at >= best_at))
        best = &l, best_at = at;
    }
    return best;
  };
  // The document's main event of a type: the compatible cluster with most mentions.
  auto salient = [&](const Summary& s, std::size_t mi) -> Local* {
    Local* best = nullptr;
    for (std::size_t li : same_type(s.type)) {
      Local& l = local[li];
      if (!l.summary.headline && !l.summary.claim && compatible(l.summary, s) &&
          !tense_clash(l, mi) && (!best || l.summary.size > best->summary.size))
        best = &l;
    }
    return best;
  };
  // A mention with its own particulars: the recent cluster if it says "the ...", else the
  // best-supported compatible cluster, else the main one if definite, else a new cluster.
  auto place_featured = [&](std::size_t mi) {
    const MentionFacts& m = mentions[mi];
    const Summary s = mention_summary({d, mi});
    const std::size_t sent = m.sentence;
    Local* target = m.definite ? recent(s, sent, mi) : nullptr;
    if (!target) {
      int best = 1;
      for (std::size_t li : same_type(s.type)) {
        Local& l = local[li];
        if (!compatible(l.summary, s) || tense_clash(l, mi)) continue;
        const int sc = score(l.summary, s);
        if (sc > best || (sc == best && target && l.last_sentence > target->last_sentence)) {
          best = sc;
          target = &l;
        }
      }
    }
    if (!target && m.definite) target = salient(s, mi);
    if (target)
      join(*target, mi, s, sent);
    else
      create(mi, s, sent);
  };
  // Pass 1: claims, headlines, and mentions with their own date, number or place; mentions
  // dated from another event wait until that event has its cluster (pass 3).
  std::vector<std::size_t> pending, anchored;
  // What an anchored mention counts from is an event of its own, whatever else it has.
  std::vector<bool> is_anchor(mentions.size(), false);
  for (const MentionFacts& m : mentions)
    if (m.anchor_timex && m.anchor_mention) is_anchor[*m.anchor_mention] = true;
  for (std::size_t mi = 0; mi < mentions.size(); ++mi) {
    const MentionFacts& m = mentions[mi];
    if (m.kind == EventKind::claim) {
      const Summary s = mention_summary({d, mi});
      const std::size_t sent = m.sentence;
      auto it = claim_groups.find(m.claim_group);
      if (it != claim_groups.end()) {
        join(local[it->second], mi, s, sent);
      } else {
        claim_groups.emplace(m.claim_group, local.size());
        create(mi, s, sent);
      }
      continue;
    }
    if (m.headline) {
      create(mi, mention_summary({d, mi}), m.sentence);
      continue;
    }
    if (m.anchor_timex) {
      anchored.push_back(mi);
      continue;
    }
    const bool featured = m.timex || m.ordinal || m.places.count > 0;
    if (featured) {
      place_featured(mi);
      continue;
    }
    // Definite ("the talks"), named, or episodic (past tense with an actor: "Argentina
    // imposed new tariffs") mentions join an event of the document or found one.
    if (m.definite || m.name != 0 || (m.tense < 0 && m.actors.count > 0) || is_anchor[mi] ||
        linked[mi])
      pending.push_back(mi);
  }
  // Pass 2: references to an event already placed; pass 3: event-anchored mentions, now that
  // what they count from has a cluster; pass 4: the references still unplaced, which may
  // name an anchored event ("Ukraine's Spiderweb operation") or found their own.
  const auto ref = w.reference_day();
  auto place_reference = [&](std::size_t mi, bool may_create) {
    const MentionFacts& m = mentions[mi];
    const Summary s = mention_summary({d, mi});
    const std::size_t sent = m.sentence;
    Local* target = recent(s, sent, mi);
    // Only what refers ("the talks", a name, an actor's act) may be the page's main event of
    // its type; an end of a link or an anchor worded otherwise ("regulators approved the
    // deal") is an event of its own.
    const bool refers = m.definite || m.name != 0 || (m.tense < 0 && m.actors.count > 0);
    if (!target && refers) target = salient(s, mi);
    // A title names whose act it tells: "Shareholders approve merger with Castell" is not the
    // body's "regulators in the European Union approved the deal last week".
    if (target && m.title && !s.actors.empty() && !target->summary.actors.empty() &&
        disjoint(s.actors, target->summary.actors))
      target = nullptr;
    // Nor is a title's news an event the body dates a month or more before the page: "Carmaker
    // recalls 120,000 SUVs" is not "Last year, Halden recalled 40,000 pickup trucks".
    // The same either way round: "... vows appeal" is not "overturned on appeal in 2019".
    if (target && m.title != target->title && ref) {
      const Summary& t = m.title ? target->summary : s;
      std::optional<std::int32_t> hi;
      if (t.has_strong) hi = t.strong.hi;
      if (t.has_weak && t.weak.hi) hi = hi ? std::min(*hi, *t.weak.hi) : t.weak.hi;
      if (hi && *hi < day_number(*ref) - kTitleNewsDays) target = nullptr;
    }
    if (target) {
      join(*target, mi, s, sent);
      return true;
    }
    if (may_create &&
        (m.name != 0 || (m.tense < 0 && m.actors.count > 0) || is_anchor[mi] || linked[mi])) {
      create(mi, s, sent);
      return true;
    }
    return false;
  };
  std::vector<std::size_t> unplaced;
  for (std::size_t mi : pending)
    if (!place_reference(mi, false)) {
      if (is_anchor[mi])
        place_reference(mi, true);  // before what counts from it
      else
        unplaced.push_back(mi);
    }
  for (std::size_t mi : anchored) place_featured(mi);
  for (std::size_t mi : unplaced) place_reference(mi, true);
  // This document's clusters are final: summarize them and drop the mention facts.
  IdSet doc_places;
  for (StrId p : w.list(w.places_mentioned)) add_id(doc_places, intern(w.str(p)));
  cluster_sum.resize(clusters.size());
  for (std::size_t c = 0; c < clusters.size(); ++c) {
    for (const auto& r : clusters[c]) {
      if (cluster_sum[c].size == 0)
        cluster_sum[c] = mention_summary(r);
      else
        cluster_sum[c].merge(mention_summary(r));
    }
    Summary& s = cluster_sum[c];
    if (s.claim || s.headline)
      s.keep_dates_only();
    else
      s.doc_places = doc_places;
  }
  return result;
}

}  // namespace chronograph::graph::detail
