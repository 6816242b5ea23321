// The 'tag' subcommand: the time expressions and events of one file, as JSON or TimeML.
#include <iostream>
#include <memory>

#include "chronograph/base/atomic_file.hpp"
#include "chronograph/base/date_value.hpp"
#include "chronograph/events/tag_format.hpp"
#include "chronograph/events/tag_text.hpp"
#include "chronograph/ingest/reader.hpp"
#include "chronograph/temporal/tagger.hpp"
#include "commands.hpp"

namespace chronograph::cli {

namespace {
struct TagArgs {
  std::string file;
  std::string dct;
  std::string format = "json";
  std::string model;
  std::string dating_model;
  ingest::ReadOptions read;
};
}  // namespace

void add_tag_command(CLI::App& app, Action& action) {
  auto args = std::make_shared<TagArgs>();
  auto* cmd = app.add_subcommand("tag", "Find the time expressions and the dated events of a text");
  cmd->add_option("file", args->file, "UTF-8 text file, '-' for standard input")->required();
  cmd->add_option("--dct", args->dct,
                  "Document creation date YYYY-MM-DD (default: found in the text's header)");
  cmd->add_option("--format", args->format, "json (default) or timeml")
      ->check(CLI::IsMember({"json", "timeml"}));
  cmd->add_option("--dating-model", args->dating_model,
                  "Dating model file made by 'chronograph train dating' (default: built-in)");
  cmd->add_option(
      "--model", args->model,
      "Event model file made by 'chronograph train events' (default: the built-in one)");
  add_document_size_option(cmd, args->read);
  cmd->callback([args, &action] {
    action = [args] {
      temporal::TagOptions options;
      if (!args->dct.empty()) {
        // A TimeML creation time may carry a clock part ("1998-02-06T22:29:00"): the day counts.
        const std::string day = args->dct.substr(0, args->dct.find('T'));
        options.dct = base::parse_day(day);
        if (!options.dct) {
          std::cerr << "chronograph: error: --dct: expected YYYY-MM-DD, got '" << args->dct
                    << "' (see 'chronograph tag --help')\n";
          return 2;
        }
      }
      const auto doc = ingest::read_document(args->file, args->read);
      const events::TagModels models(args->model, args->dating_model);
      const auto tagged = events::tag_text(doc.text, options.dct, temporal::Tagger(), models);
      if (args->format == "timeml")
        std::cout << events::to_timeml_document(doc.id, doc.text, tagged.dct, tagged.timexes,
                                                tagged.events);
      else
        events::write_tag_json(doc.text, tagged.dct, tagged.timexes, tagged.events,
                               [](std::string_view chunk) { std::cout << chunk; });
      return 0;
    };
  });
}

}  // namespace chronograph::cli
