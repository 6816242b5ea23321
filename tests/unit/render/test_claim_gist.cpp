// Claim gists: speaker phrases, speech verbs, openers, attributions and quotes left out.
#include <doctest/doctest.h>

#include "chronograph/render/claim_gist.hpp"
#include "chronograph/render/timeline_layout.hpp"

using namespace chronograph;
using namespace chronograph::render;

namespace {

graph::EventNode claim(const std::string& speaker, const std::string& label,
                       const std::string& sentence = "") {
  graph::EventNode n;
  n.kind = graph::EventKind::claim;
  n.speaker = speaker;
  n.label = label;
  if (!sentence.empty()) n.mentions.push_back({{"d1", 0, 4, sentence}});
  return n;
}

}  // namespace

TEST_CASE("render: a claim's gist leaves out who reported it and how") {
  // The sample's claims: the label is cut short before it says anything.
  CHECK(claim_gist(claim("Donald Trump",
                         "Donald Trump reacts: In contrast, U.S. President Trump, according to "
                         "international media reports\u2026",
                         "In contrast, U.S. President Trump, according to international media "
                         "reports, stated that he is losing the last shreds of patience.")) ==
        "he is losing the last shreds of patience.");
  CHECK(claim_gist(claim("Recep Tayyip Erdo\u011Fan",
                         "Recep Tayyip Erdo\u011Fan reacts: Turkish President Erdo\u011Fan "
                         "expressed optimism, calling the outcome of the\u2026",
                         "Turkish President Erdo\u011Fan expressed optimism, calling the outcome "
                         "of the June 2 negotiations \u201Cremarkable.\u201D")) ==
        "expressed optimism, calling the outcome of the June 2 negotiations "
        "\u201Cremarkable.\u201D");
  // Quotes around the whole claim go; the sentence goes on where the label stopped.
  CHECK(claim_gist(claim("Stanislav Pritchin",
                         "Stanislav Pritchin: Objectively, this can be seen as an attempt by "
                         "the\u2026",
                         "\u201CObjectively, this can be seen as an attempt by the Ukrainian "
                         "side.\u201D")) ==
        "Objectively, this can be seen as an attempt by the Ukrainian side.");
  // A label the sentence does not hold (an override, say) is kept.
  CHECK(claim_gist(claim("Ana Cruz", "Ana Cruz: the dam will hold",
                         "Officials said nothing else.")) == "the dam will hold");
  // Another person named in the claim is not its speaker.
  CHECK(claim_gist(claim("Valeriy Dymov",
                         "Valeriy Dymov: as a result of pressure from U.S. President Donald "
                         "Trump, Ukraine\u2026")) ==
        "as a result of pressure from U.S. President Donald Trump, Ukraine");
}

TEST_CASE("render: a claim's box shows its speaker and gist") {
  const auto lines = item_label_lines(
      claim("Donald Trump",
            "Donald Trump reacts: In contrast, U.S. President Trump, according to international "
            "media reports\u2026",
            "In contrast, U.S. President Trump, according to international media reports, stated "
            "that he is losing the last shreds of patience."));
  REQUIRE(lines.size() >= 2);
  std::string text;
  for (std::size_t i = 1; i < lines.size(); ++i) text += (i > 1 ? " " : "") + lines[i];
  CHECK(text == "Donald Trump: he is losing the last shreds of patience.");
}
