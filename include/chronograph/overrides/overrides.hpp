// The user's YAML overrides file: hand corrections applied after extraction, never rewritten.
#pragma once
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "chronograph/base/date_value.hpp"
#include "chronograph/graph/builder.hpp"
#include "chronograph/graph/model.hpp"
#include "chronograph/overrides/spec.hpp"

namespace chronograph::overrides {

class Overrides {
 public:
  // Parses and validates the file (syntax, keys, dates). Throws base::InputError
  // "FILE:line:column: error: ..." at the offending node.
  static Overrides load(const std::string& path);
  static Overrides parse(const std::string& yaml_text, const std::string& path);

  Overrides();
  ~Overrides();
  Overrides(Overrides&&) noexcept;
  Overrides& operator=(Overrides&&) noexcept;

  const Spec& spec() const;

  // Per-document corrections, needed before the graph is built.
  std::map<std::string, base::DateValue> published_dates() const;
  std::set<std::string> excluded_documents() const;

  // One "FILE:LINE:COL: warning: ..." per documents entry naming none of the given document
  // ids (a subset of the corpus is a normal run, so this is not an error).
  std::vector<std::string> check_documents(const std::vector<std::string>& document_ids) const;

  // The dates event rules set, by the id of each event they select alone (a rule that selects
  // nothing or too much pins nothing; apply() reports it), for the builder to reason from.
  std::map<std::string, graph::DatePin> pinned_dates(const graph::Timeline& timeline) const;

  // Applies event and link corrections. Throws base::InputError for references that cannot
  // be honoured (unknown ids, merge cycles); returns one "FILE:LINE:COL: warning: ..." line per
  // override that matched nothing.
  std::vector<std::string> apply(graph::Timeline& timeline) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace chronograph::overrides
