// The 'train' subcommand: rebuilds data/models/ from WordNet and the TimeML corpora.
#include <iomanip>
#include <iostream>
#include <optional>

#include "chronograph/base/atomic_file.hpp"
#include "chronograph/base/data_path.hpp"
#include "chronograph/events/event_training.hpp"
#include "commands.hpp"

namespace chronograph::cli {

namespace {

struct TrainArgs {
  std::string dict = "/usr/share/wordnet";
  std::vector<std::string> timeml;
  std::vector<std::string> eval;
  std::string wordnet = base::data_file("models/wordnet.bin");
  std::string classes = base::data_file("models/word_classes.txt");
  std::string output;
  events::TrainOptions options;
  bool confusion = false;
  std::string export_prefix;
  std::string learner = "svm";
  std::string event_model;
  events::DatingTrainOptions dating;
};

void print_scores(const std::string& what, const events::EventScores& s, bool confusion) {
  std::cout << std::fixed << std::setprecision(2) << what << ": gold " << s.gold << ", found "
            << s.system << ", matched " << s.matched << "  P " << 100 * s.precision() << " R "
            << 100 * s.recall() << " F1 " << 100 * s.f1() << "  class F1 " << 100 * s.class_f1()
            << "  part of speech "
            << (s.pos_known ? 100.0 * double(s.same_pos) / double(s.pos_known) : 0.0) << "%  ("
            << s.missed_text << " gold events outside the sentences kept)\n";
  if (!confusion) return;
  std::cout << "  gold \\ found";
  for (std::size_t c = 0; c < events::kEventClassCount; ++c)
    std::cout << std::setw(11)
              << events::to_string(static_cast<events::EventClass>(c)).substr(0, 10);
  std::cout << "\n";
  for (std::size_t g = 0; g < events::kEventClassCount; ++g) {
    std::cout << "  " << std::setw(11)
              << events::to_string(static_cast<events::EventClass>(g)).substr(0, 10);
    for (std::size_t c = 0; c < events::kEventClassCount; ++c)
      std::cout << std::setw(11) << s.confusion[g][c];
    std::cout << "\n";
  }
}

}  // namespace

void add_train_command(CLI::App& app, Action& action) {
  auto args = std::make_shared<TrainArgs>();
  auto* cmd = app.add_subcommand("train", "Rebuild the learned data files (data/models/)");
  cmd->require_subcommand(1);

  auto* wn = cmd->add_subcommand("wordnet", "Compile WordNet's dictionary into the word table");
  wn->add_option("--dict", args->dict, "WordNet dictionary folder (default /usr/share/wordnet)");
  wn->add_option("-o,--output", args->output, "Output file (data/models/wordnet.bin)")->required();
  wn->callback([args, &action] {
    action = [args] {
      const auto table = events::WordNet::from_dictionary(args->dict);
      base::write_file_atomically(args->output, table.serialize());
      std::cerr << "chronograph: " << table.size() << " WordNet entries -> " << args->output
                << "\n";
      return 0;
    };
  });

  auto* dt = cmd->add_subcommand("dating", "Learn which time dates each event, from TimeML TLINKs");
  dt->add_option("--timeml", args->timeml, "Folder of .tml files to learn from (repeatable)")
      ->required();
  dt->add_option("--model", args->event_model,
                 "Event model whose detections to learn on (default data/models/events.bin)");
  dt->add_option("--wordnet", args->wordnet, "Word table (default data/models/wordnet.bin)");
  dt->add_option("--c", args->dating.c, "SVM regularization (default 0.1)");
  dt->add_flag("--dated-only", args->dating.dated_only, "Learn only from events the corpus dates");
  dt->add_option("-o,--output", args->output, "Model file to write")->required();
  dt->callback([args, &action] {
    action = [args] {
      // The word table and event model the dating model will run with (both files), so that a
      // retrained pair of data/models/ files goes together.
      const std::string table_bytes = base::read_file(args->wordnet);
      const auto wordnet = events::WordNet::from_bytes(table_bytes, args->wordnet);
      const std::string model_file =
          args->event_model.empty() ? base::data_file("models/events.bin") : args->event_model;
      const auto model = events::EventModel::from_bytes(base::read_file(model_file), model_file);
      const events::EventDetector detector(model, wordnet);
      const auto dating = events::train_dating_model(events::read_timeml_corpora(args->timeml),
                                                     detector, args->dating);
      base::write_file_atomically(args->output, dating.serialize());
      std::cerr << "chronograph: " << dating.provenance() << "\n";
      return 0;
    };
  });

  auto* ev = cmd->add_subcommand("events", "Learn the event detector from TimeML corpora");
  ev->add_option("--timeml", args->timeml, "Folder of .tml files to learn from (repeatable)")
      ->required();
  ev->add_option("--eval", args->eval, "Folder of .tml files to score the new model on");
  ev->add_option("--wordnet", args->wordnet, "Word table (default data/models/wordnet.bin)");
  ev->add_option("--classes", args->classes,
                 "Closed word classes (default data/models/word_classes.txt)");
  ev->add_option("--learner", args->learner, "svm (default) or perceptron")
      ->check(CLI::IsMember({"svm", "perceptron"}));
  ev->add_option("--c", args->options.c, "SVM regularization (default 0.05)");
  ev->add_option("--epochs", args->options.epochs, "Perceptron passes over the data (default 12)");
  ev->add_option("--min-count", args->options.min_count,
                 "Drop features seen fewer times (default 2)");
  ev->add_option("-o,--output", args->output, "Model file to write (none: only score)");
  ev->add_flag("--confusion", args->confusion, "Print the held-out class confusion matrix");
  ev->add_option("--export-svmlight", args->export_prefix,
                 "Also write PREFIX.train and PREFIX.eval in LIBLINEAR's format, to compare "
                 "learners on the same features");
  ev->callback([args, &action] {
    action = [args] {
      args->options.learner =
          args->learner == "svm" ? events::Learner::svm : events::Learner::perceptron;
      const std::string table_bytes = base::read_file(args->wordnet);
      const auto wordnet = events::WordNet::from_bytes(table_bytes, args->wordnet);
      const auto classes =
          events::WordClasses::parse(base::read_file(args->classes), args->classes);
      const auto docs = events::read_timeml_corpora(args->timeml);
      if (!args->export_prefix.empty()) {
        std::string train, eval;
        events::export_svmlight(docs, events::read_timeml_corpora(args->eval), wordnet, classes,
                                args->options.min_count, train, eval);
        base::write_files_atomically(
            {{args->export_prefix + ".train", train}, {args->export_prefix + ".eval", eval}});
      }
      const auto model = events::train_event_model(docs, wordnet, classes, args->options);
      std::cerr << "chronograph: " << model.provenance() << "\n";
      if (!args->output.empty()) base::write_file_atomically(args->output, model.serialize());
      const events::EventDetector detector(model, wordnet);
      print_scores("training data", events::evaluate_event_detector(detector, docs), false);
      if (!args->eval.empty())
        print_scores(
            "held out",
            events::evaluate_event_detector(detector, events::read_timeml_corpora(args->eval)),
            args->confusion);
      return 0;
    };
  });
}

}  // namespace chronograph::cli
