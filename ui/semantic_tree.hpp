#pragma once
// One structure, rebuilt every frame by the widgets, serves speech ("voorlezen": ui/speech_script.hpp),
// headless test automation (tap by label), a text dump of each screen, and the accessibility audit.
#include "ui/geometry.hpp"

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <vector>

namespace ui {

// `code`: a one-time code the resident reads from the screen. Speech never says it: the loudspeaker is
// heard by everyone near the kiosk.
enum class Role { heading, text, button, toggle, tab, list_item, image, status, dialog, code };

struct SemanticNode {
    Role role = Role::text;
    std::string id;    // stable: text key or row id, never the translated text
    std::string label; // already translated, what speech would say
    Rect rect;         // where the widget is drawn
    Rect visible;      // the part of rect that can be seen (inside scroll areas it may be less)
    bool tappable = false;
    bool enabled = true;
    bool selected = false;
    bool overflow = false; // its text does not fit inside the widget
    bool personal =
        false;           // the resident's own data (name, requests, documents): never read aloud to the room
    bool chrome = false; // header and footer, the same on every screen: not read with each new screen
};

class SemanticTree {
public:
    void clear(); // zeroes the labels: they hold names and case titles
    void add(SemanticNode node) { nodes_.push_back(std::move(node)); }
    const std::vector<SemanticNode>& nodes() const { return nodes_; }
    // A right-to-left screen is laid out left to right and drawn mirrored: the tree then tells where
    // each node is seen and can be touched.
    void mirror(float screen_width);

    // The tappable node a test or a speech user means by `label`: exact match first, then the first
    // label that starts with it (list rows speak title and status together).
    const SemanticNode* find_tappable(const std::string& label) const;
    const SemanticNode* find_tappable_id(const std::string& id) const; // visible and enabled
    bool shows_text(const std::string& text) const;                    // any node whose label contains `text`
    nlohmann::json to_json() const;
    std::string all_labels() const; // for error messages: what was on screen

private:
    std::vector<SemanticNode> nodes_;
};

const char* role_name(Role role);

} // namespace ui
