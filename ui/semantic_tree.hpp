#pragma once
// One structure, rebuilt every frame by the widgets, serves speech ("voorlezen": ui/speech_script.hpp),
// headless test automation (tap by label), a text dump of each screen, and the accessibility audit.
#include "ui/color.hpp"
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

// What a frame painted, in the order it was painted, for the contrast audit. No text is kept: only
// where a colour went.
struct Paint {
    enum class Kind { fill, image, text, icon }; // image: a picture (a letter's page) of no one colour
    Kind kind = Kind::fill;
    Rect rect; // the part that can be seen
    Rgb color;
    unsigned char alpha = 255;
};

class SemanticTree {
public:
    void clear(); // zeroes the labels: they hold names and case titles
    // Paint is recorded only when asked (the audits): each text is measured once more to know where it went.
    void record_paint(bool on) { recording_paint_ = on; }
    bool recording_paint() const { return recording_paint_; }
    // Each frame: the colour under everything, and the contrast its texts must reach.
    void set_backdrop(Rgb color, double text_contrast) {
        backdrop_ = color;
        text_contrast_ = text_contrast;
    }
    void paint(Paint p) { paints_.push_back(p); }
    const std::vector<Paint>& paints() const { return paints_; }
    Rgb backdrop() const { return backdrop_; }
    double text_contrast() const { return text_contrast_; }
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
    std::vector<Paint> paints_;
    bool recording_paint_ = false;
    Rgb backdrop_{255, 255, 255};
    double text_contrast_ = 4.5;
};

const char* role_name(Role role);

} // namespace ui
