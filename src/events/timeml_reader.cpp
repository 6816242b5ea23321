// Reads TimeML documents: a small XML scanner for the visible text, EVENT, TIMEX3 and links.
#include <cstdint>
#include <optional>
#include <utility>

#include "chronograph/base/source_error.hpp"
#include "chronograph/base/text.hpp"
#include "chronograph/events/timeml.hpp"

namespace chronograph::events {

namespace {

struct Attribute {
  std::string_view name;
  std::string value;  // entities decoded
};

struct Tag {
  std::string_view name;
  std::vector<Attribute> attributes;
  bool closing = false, self_closing = false;

  std::string get(std::string_view key) const {
    for (const auto& a : attributes)
      if (a.name == key) return a.value;
    return {};
  }
  bool has(std::string_view key) const {
    for (const auto& a : attributes)
      if (a.name == key) return true;
    return false;
  }
};

class Scanner {
 public:
  Scanner(std::string_view xml, const std::string& file) : xml_(xml), file_(file) {}

  [[noreturn]] void fail(std::size_t at, const std::string& message) const {
    throw base::InputError::at_offset(file_, xml_, at, message);
  }

  // Appends the character data at `at_` up to the next '<', entities decoded.
  void text(std::string& out) {
    while (at_ < xml_.size() && xml_[at_] != '<') {
      if (xml_[at_] == '&') {
        entity(out);
      } else {
        out.push_back(xml_[at_++]);
      }
    }
  }

  // Skips what is not an element (declarations, comments, processing instructions) and reads
  // the next tag; none at the end of the input.
  std::optional<Tag> tag() {
    while (at_ < xml_.size()) {
      if (xml_.compare(at_, 4, "<!--") == 0) {
        const auto e = xml_.find("-->", at_ + 4);
        if (e == std::string_view::npos) fail(at_, "comment is not closed");
        at_ = e + 3;
      } else if (xml_.compare(at_, 2, "<?") == 0 || xml_.compare(at_, 2, "<!") == 0) {
        const auto e = xml_.find('>', at_);
        if (e == std::string_view::npos) fail(at_, "declaration is not closed");
        at_ = e + 1;
      } else if (xml_[at_] == '<') {
        return element();
      } else {
        return std::nullopt;  // character data: the caller reads it
      }
    }
    return std::nullopt;
  }

  bool at_end() const { return at_ >= xml_.size(); }
  std::size_t offset() const { return at_; }

 private:
  void entity(std::string& out) {
    const std::size_t start = at_;
    const auto semi = xml_.find(';', at_);
    if (semi == std::string_view::npos || semi - at_ > 12) fail(at_, "bad entity reference");
    const std::string_view name = xml_.substr(at_ + 1, semi - at_ - 1);
    at_ = semi + 1;
    if (name == "amp") return out.push_back('&');
    if (name == "lt") return out.push_back('<');
    if (name == "gt") return out.push_back('>');
    if (name == "quot") return out.push_back('"');
    if (name == "apos") return out.push_back('\'');
    if (name.size() > 1 && name[0] == '#') {
      const bool hex = name[1] == 'x' || name[1] == 'X';
      std::uint32_t cp = 0;
      bool ok = name.size() > (hex ? 2u : 1u);
      for (std::size_t i = hex ? 2 : 1; i < name.size() && ok; ++i) {
        const char c = name[i];
        int digit = c >= '0' && c <= '9'                            ? c - '0'
                    : hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10
                                                                    : -1;
        ok = digit >= 0 && cp < 0x110000;
        cp = cp * (hex ? 16u : 10u) + static_cast<std::uint32_t>(digit);
      }
      if (ok && cp > 0 && cp < 0x110000 && (cp < 0xD800 || cp > 0xDFFF))
        return base::append_utf8(out, static_cast<char32_t>(cp));
    }
    fail(start, "unknown entity '&" + std::string(name) + ";'");
  }

  Tag element() {
    const std::size_t start = at_++;
    Tag t;
    if (at_ < xml_.size() && xml_[at_] == '/') t.closing = true, ++at_;
    const std::size_t nb = at_;
    while (at_ < xml_.size() && !is_space(xml_[at_]) && xml_[at_] != '>' && xml_[at_] != '/') ++at_;
    t.name = xml_.substr(nb, at_ - nb);
    if (t.name.empty()) fail(start, "element without a name");
    for (;;) {
      while (at_ < xml_.size() && is_space(xml_[at_])) ++at_;
      if (at_ >= xml_.size()) fail(start, "tag is not closed");
      if (xml_[at_] == '>') {
        ++at_;
        return t;
      }
      if (xml_.compare(at_, 2, "/>") == 0) {
        at_ += 2;
        t.self_closing = true;
        return t;
      }
      const std::size_t ab = at_;
      while (at_ < xml_.size() && xml_[at_] != '=' && !is_space(xml_[at_]) && xml_[at_] != '>')
        ++at_;
      Attribute a{xml_.substr(ab, at_ - ab), {}};
      while (at_ < xml_.size() && is_space(xml_[at_])) ++at_;
      if (at_ >= xml_.size() || xml_[at_] != '=') fail(ab, "attribute without a value");
      ++at_;
      while (at_ < xml_.size() && is_space(xml_[at_])) ++at_;
      if (at_ >= xml_.size() || (xml_[at_] != '"' && xml_[at_] != '\''))
        fail(at_, "attribute value is not quoted");
      const char q = xml_[at_++];
      while (at_ < xml_.size() && xml_[at_] != q) {
        if (xml_[at_] == '&')
          entity(a.value);
        else
          a.value.push_back(xml_[at_++]);
      }
      if (at_ >= xml_.size()) fail(ab, "attribute value is not closed");
      ++at_;
      t.attributes.push_back(std::move(a));
    }
  }

  static bool is_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

  std::string_view xml_;
  const std::string& file_;
  std::size_t at_ = 0;
};

TimemlLink read_link(const Tag& t) {
  TimemlLink l;
  l.kind = std::string(t.name);
  l.rel_type = t.get("relType");
  l.from = t.get("eventInstanceID");
  if (l.from.empty()) l.from = t.get("timeID"), l.from_time = true;
  l.to = t.get("relatedToEventInstance");
  if (l.to.empty()) l.to = t.get("relatedToTime"), l.to_time = true;
  return l;
}

}  // namespace

TimemlDocument read_timeml(std::string_view xml, const std::string& file) {
  Scanner sc(xml, file);
  TimemlDocument doc;
  bool in_text = false, seen_text = false, in_dct = false;
  // Open EVENT and TIMEX3 elements inside TEXT, with where their text starts.
  struct Open {
    Tag tag;
    std::size_t start;
  };
  std::vector<Open> open;
  while (!sc.at_end()) {
    const std::size_t at = sc.offset();
    const auto t = sc.tag();
    if (!t) {
      std::string ignored;
      sc.text(in_text ? doc.text : ignored);
      continue;
    }
    if (t->name == "TEXT") {
      if (t->closing) {
        if (!open.empty())
          sc.fail(at, "</TEXT> closes an open <" + std::string(open.back().tag.name) + ">");
        in_text = false;
      } else if (!t->self_closing) {
        in_text = seen_text = true;
      }
    } else if (t->name == "DCT") {
      in_dct = !t->closing && !t->self_closing;
    } else if (t->name == "TIMEX3" && !t->closing &&
               (in_dct || t->get("functionInDocument") == "CREATION_TIME")) {
      doc.dct = t->get("value");
      doc.timexes.push_back({0, 0, t->get("tid"), t->get("type"), t->get("value"), true});
    } else if (in_text && (t->name == "EVENT" || t->name == "TIMEX3")) {
      if (t->self_closing) continue;
      if (!t->closing) {
        open.push_back({*t, doc.text.size()});
        continue;
      }
      if (open.empty() || open.back().tag.name != t->name)
        sc.fail(at, "</" + std::string(t->name) + "> does not close the open element");
      const Tag& o = open.back().tag;
      const std::size_t start = open.back().start, end = doc.text.size();
      if (t->name == "EVENT")
        doc.events.push_back({start, end, o.get("eid"), o.get("class")});
      else
        doc.timexes.push_back({start, end, o.get("tid"), o.get("type"), o.get("value"), false});
      open.pop_back();
    } else if (t->name == "MAKEINSTANCE") {
      doc.instances.push_back({t->get("eiid"), t->get("eventID"), t->get("tense"), t->get("aspect"),
                               t->get("polarity"), t->get("pos"), t->get("modality")});
    } else if ((t->name == "TLINK" || t->name == "CLINK") && !t->closing) {
      doc.links.push_back(read_link(*t));
    }
  }
  if (!seen_text) sc.fail(0, "no <TEXT> element: not a TimeML document");
  if (in_text) sc.fail(xml.size(), "<TEXT> is not closed");
  return doc;
}

}  // namespace chronograph::events
