// The 'tag' subcommand: temporal expressions of one file as JSON or inline TimeML.
#include <iostream>
#include <memory>

#include "chronograph/base/date_value.hpp"
#include "chronograph/ingest/reader.hpp"
#include "chronograph/temporal/dct.hpp"
#include "chronograph/temporal/format.hpp"
#include "chronograph/temporal/tagger.hpp"
#include "commands.hpp"

namespace chronograph::cli {

namespace {
struct TagArgs {
  std::string file;
  std::string dct;
  std::string format = "json";
};
}  // namespace

void add_tag_command(CLI::App& app, Action& action) {
  auto args = std::make_shared<TagArgs>();
  auto* cmd = app.add_subcommand("tag", "Find and resolve the temporal expressions of a text");
  cmd->add_option("file", args->file, "UTF-8 text file")->required();
  cmd->add_option("--dct", args->dct,
                  "Document creation date YYYY-MM-DD (default: found in the text's header)");
  cmd->add_option("--format", args->format, "json (default) or timeml")
      ->check(CLI::IsMember({"json", "timeml"}));
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
      const auto doc = ingest::read_document(args->file);
      const temporal::Tagger tagger;
      if (!options.dct)
        if (auto guess = temporal::detect_dct(doc.text, tagger)) options.dct = guess->day;
      const auto timexes = tagger.tag(doc.text, options);
      if (args->format == "timeml")
        std::cout << temporal::to_timeml(doc.text, timexes);
      else
        std::cout << temporal::to_json(doc.text, timexes);
      return 0;
    };
  });
}

}  // namespace chronograph::cli
