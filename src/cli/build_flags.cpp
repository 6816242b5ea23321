// The options build, extract and merge share, and how build and merge write a graph.
#include <iostream>

#include "commands.hpp"

namespace chronograph::cli {

void add_build_flags(CLI::App* cmd, BuildFlags& f, bool reads_documents, bool makes_graph) {
  cmd->add_option("--overrides", f.overrides,
                  "Overrides YAML (default: data/overrides.yaml when it exists)");
  cmd->add_flag("--no-overrides", f.request.no_overrides, "Ignore data/overrides.yaml");
  cmd->add_option("--lexicon", f.lexicon, "Extra lexicon YAML merged into the built-in one");
  cmd->add_option("--dct", f.dct, "Publication date YYYY-MM-DD for every document");
  cmd->add_option("-j,--threads", f.request.threads,
                  "Threads for extraction and merge (output is the same)");
  cmd->add_option("--events", f.events,
                  "salient (default): the events a timeline reader needs; all: every detected "
                  "event, with its class and factuality")
      ->check(CLI::IsMember({"salient", "all"}));
  if (reads_documents) add_document_size_option(cmd, f.request.read);
  if (makes_graph) {
    cmd->add_option("--min-salience", f.request.min_salience,
                    "With --events salient, the salience an event needs to be kept (default 0.35)")
        ->check(CLI::Range(0.0, 1.0));
    cmd->add_option("--evidence", f.evidence,
                    "What the graph JSON keeps of each piece of evidence: text (default: the "
                    "quoted words and their span), spans (document and byte span), none (the "
                    "document only)")
        ->check(CLI::IsMember({"text", "spans", "none"}));
  }
  add_verbosity_options(cmd, f.verbosity);
}

pipeline::BuildRequest BuildFlags::resolve(const std::vector<std::string>& inputs) const {
  pipeline::BuildRequest req = request;
  req.inputs = inputs;
  if (!overrides.empty()) req.overrides_path = overrides;
  if (!lexicon.empty()) req.lexicon_path = lexicon;
  if (!dct.empty()) req.dct = dct;
  req.events = events == "all" ? events::EventSelection::all : events::EventSelection::salient;
  req.progress = verbosity.mode();
  req.evidence = *graph::evidence_detail_from_string(evidence);
  return req;
}

void check_graph_output(const std::string& out_dir, const std::vector<std::string>& formats) {
  pipeline::check_output_formats(formats);
  if (out_dir == "-" && formats.size() != 1)
    throw CLI::ValidationError("-o",
                               "'-o -' writes one file to standard output; choose one "
                               "--format");
}

int emit_graph(const graph::Timeline& timeline, const std::vector<std::string>& warnings,
               const std::string& out_dir, const std::vector<std::string>& formats, bool quiet) {
  for (const auto& w : warnings) std::cerr << w << "\n";
  if (out_dir == "-") {
    pipeline::write_output(timeline, formats.front(),
                           [](std::string_view chunk) { std::cout << chunk; });
    std::cout.flush();
  } else {
    pipeline::write_outputs(timeline, out_dir, formats);
  }
  if (!quiet)
    std::cerr << "chronograph: " << timeline.documents.size() << " documents, "
              << boost::num_vertices(timeline.graph) << " events, "
              << boost::num_edges(timeline.graph) << " links -> "
              << (out_dir == "-" ? "standard output" : out_dir) << "\n";
  return 0;
}

}  // namespace chronograph::cli
