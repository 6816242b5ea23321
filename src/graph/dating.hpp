// Private to src/graph: dating documents and clusters by one temporal network over all evidence.
#pragma once
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "chronograph/base/date_value.hpp"
#include "chronograph/graph/builder.hpp"
#include "chronograph/graph/clustering.hpp"
#include "chronograph/graph/doc_work.hpp"
#include "chronograph/graph/model.hpp"
#include "chronograph/graph/temporal_network.hpp"

namespace chronograph::graph::detail {

// One STN over documents and clusters. Each piece of evidence is recorded by where it comes
// from; its step (a sentence of explanation) is spelled only if a date uses it.
class Dating {
 public:
  // Reads the records and clusters until release(); they must outlive it.
  Dating(const DocWorks& work, const Clustering& clusters);

  // Evidence from every document's date, every clustered mention, and every claim link.
  void add_evidence();
  // A date fixed by hand for a cluster, as the strongest evidence.
  void pin(std::size_t cluster, const DatePin& pin);
  bool pinned() const { return !pins_.empty(); }
  void solve(unsigned threads = 1);  // the output does not depend on threads
  // Dates that name a month or a day but no year ("back in May", "on June 2"), on pages whose
  // own date was not known when they were read: once the pages are dated (solve), each is put
  // in the page's year (the year before, for a past event named after the page's day) as new
  // evidence. Whether any was added: then the network is solved again.
  bool add_yearless_evidence();

  // Dates of documents and the conflicts met, from the current solution.
  void date_documents(Timeline& t) const;
  // A cluster's date, given the values its mentions state ("2025-05", "PAST_REF"), and the
  // steps that led to it.
  base::DateValue cluster_date(std::size_t c, const std::vector<std::string>& values) const;
  std::vector<DateStep> cluster_steps(std::size_t c) const;

  void free_network();   // when it will not be solved again
  void free_solution();  // once every date is spelled
  void release();        // all but the pins

 private:
  enum class Source : std::uint8_t {
    fixed,
    header,
    publication,
    event_anchor,
    relative_day,
    dated,           // a stated date ("June 2", "2022")
    dated_heading,   // the date heading a headline list
    dated_relative,  // a date counted from the page's ("last month")
    since,
    tense,
    order,
    news,      // the publication day, as the dating model placed it
    yearless,  // "in May" placed in the page's year once the page is dated
    pinned     // a date fixed by hand (BuildOptions::pin_dates)
  };
  struct StepSource {
    Source source;
    std::uint32_t doc = 0;
    std::size_t index = 0;  // a mention of that document, or a cluster link for 'order'
  };

  std::size_t doc_var(std::size_t d) const { return 1 + d; }
  std::size_t cluster_var(std::size_t c) const { return 1 + docs_ + c; }
  void note(std::size_t group, Source s, std::size_t doc, std::size_t index);
  void add_mention_evidence(std::size_t c, const MentionRef& r);
  void add_timex_evidence(std::size_t c, const MentionRef& r);
  bool told_as_happened(std::size_t c) const;            // some mention asserts it, not as future
  bool told_as_happened_by(const ClusterLink& l) const;  // so do the words of the link
  DateStep spell_step(std::size_t group) const;
  DateStep spell_mention_step(const StepSource& s) const;
  std::vector<DateStep> steps_of(std::size_t var) const;
  std::string_view rule_of(std::size_t group) const;
  base::DateValue date_from(std::size_t var, bool is_doc,
                            const std::vector<std::string>& values) const;

  const DocWorks& work_;
  const Clustering& clusters_;
  std::size_t docs_;
  TemporalNetwork stn_;
  std::vector<StepSource> sources_;
  TemporalNetwork::Solution sol_;
  std::map<std::size_t, DatePin> pins_;                       // by cluster
  std::vector<std::pair<std::size_t, MentionRef>> yearless_;  // (cluster, mention) to place
  // The days each placed mention was given, by (document, mention), for its step.
  std::map<std::pair<std::size_t, std::size_t>, std::pair<date::sys_days, date::sys_days>>
      yearless_days_;
};

// 5. Dates pinned by hand (BuildOptions::pin_dates), once events have the ids the pins name:
//    the network is solved again with them as its strongest evidence, so that what is dated
//    from a pinned event follows it, and every date is spelled again. `values` are each
//    cluster's stated values, as for Dating::cluster_date.
void apply_pins(Timeline& t, Dating& dating, const std::vector<Vertex>& vertex,
                const std::vector<std::vector<std::string>>& values, const BuildOptions& options);

}  // namespace chronograph::graph::detail
