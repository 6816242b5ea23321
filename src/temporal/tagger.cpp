// The temporal tagger: scans a text once into tokens and runs the TIMEX3 matcher over them.
#include "chronograph/temporal/tagger.hpp"

#include "matcher.hpp"
#include "scanner.hpp"

namespace chronograph::temporal {

struct Tagger::Impl {};

Tagger::Tagger() : impl_(new Impl) { (void)detail::lookup("warm"); }  // builds the word table
Tagger::~Tagger() { delete impl_; }

std::vector<Timex> Tagger::tag(std::string_view text, const TagOptions& options) const {
  // Offsets are 32-bit in tokens; texts beyond 4 GB are not news articles.
  if (text.size() >= 0xFFFFFFF0u) text = text.substr(0, 0xFFFFFFF0u);
  thread_local std::vector<detail::Token> tokens;
  // A token per 4 bytes or so: reserved at once, a large text's tokens are not copied and
  // faulted in again at each doubling (page faults were a fifth of `tag` on a 5 MB text).
  tokens.reserve(text.size() / 4 + 16);
  detail::scan(text, tokens);
  auto out = detail::match_timexes(text, tokens, options.dct);
  if (tokens.capacity() > (1u << 20)) std::vector<detail::Token>().swap(tokens);
  return out;
}

}  // namespace chronograph::temporal
