// Rendering (placeholder until the render stage lands).
#include "chronograph/render/render.hpp"

#include <stdexcept>

namespace chronograph::render {

std::optional<Format> format_from_string(std::string_view w) {
  if (w == "dot") return Format::dot;
  if (w == "svg") return Format::svg;
  if (w == "png") return Format::png;
  if (w == "pdf") return Format::pdf;
  return std::nullopt;
}
std::string_view to_string(Format f) {
  switch (f) {
    case Format::dot: return "dot";
    case Format::svg: return "svg";
    case Format::png: return "png";
    case Format::pdf: return "pdf";
  }
  return "dot";
}
std::optional<Lanes> lanes_from_string(std::string_view w) {
  if (w == "none") return Lanes::none;
  if (w == "actor") return Lanes::actor;
  if (w == "type") return Lanes::type;
  if (w == "document") return Lanes::document;
  return std::nullopt;
}
std::string render(const graph::Timeline&, Format, const RenderOptions&) {
  throw std::runtime_error("rendering is not implemented yet");
}

}  // namespace chronograph::render
