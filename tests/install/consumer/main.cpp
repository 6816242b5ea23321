// Tags one sentence with the installed library: proves headers, library and data link.
#include <chronograph/temporal/tagger.hpp>

#include <iostream>

int main() {
  const chronograph::temporal::Tagger tagger;
  const auto timexes = tagger.tag("Talks resumed on 2 June 2025 in Istanbul.", {});
  std::cout << timexes.size() << " time expression(s)\n";
  return timexes.size() == 1 ? 0 : 1;
}
