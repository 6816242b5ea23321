// The interactive HTML timeline: one self-contained page (D3, script, style, graph inlined).
#pragma once
#include <string>
#include <string_view>

#include "chronograph/graph/model.hpp"
#include "chronograph/render/render.hpp"

namespace chronograph::render {

// The page for the timeline: the graph@1 JSON of the timeline, options.filter applied, inside
// <script type="application/json" id="graph">, the view settings (title, initial lanes, each
// event's lane under every lane mode) in id="view", then D3 and the page's script. Works
// offline from any directory; deterministic bytes; valid UTF-8. See docs/render.md,
// "HTML view".
std::string html_page(const graph::Timeline& timeline, const RenderOptions& options);

// JSON made safe inside a <script> element and compact: whitespace outside strings dropped,
// and '<', '>', '&', U+2028 and U+2029 written as \u escapes, so that no text in it can close
// the element or start markup ("</script>", "<!--"). `json` must be valid JSON.
std::string script_safe_json(std::string_view json);

}  // namespace chronograph::render
