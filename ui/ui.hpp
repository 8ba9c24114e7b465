#pragma once
// What a screen draws with: read-only content and theme, the semantic tree it fills and the events it
// emits. Screens and widgets get a Ui&; they never touch SDL, files, clocks or threads.
#include "kiosk/core/events.hpp"
#include "ui/fonts.hpp"
#include "ui/semantic_tree.hpp"
#include "ui/text.hpp"
#include "ui/theme.hpp"

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace ui {

// Everything a screen shows that does not come from State.
// What maintenance shows about the kiosk itself.
struct AboutKiosk {
    std::string kiosk_id; // the fleet's name for it; empty when not enrolled
    std::string software; // the kiosk's version
    std::string bundle;   // the fleet bundle applied; empty: none
    std::string content;  // a fingerprint of the texts and the theme in use
};

struct UiContent {
    Texts texts;
    Theme theme;
    FontData fonts;
    std::string kiosk_name;
    std::string municipality;
    AboutKiosk about;
};

// Widget-only leftovers that live across frames (as `ui_state` in lager's todo example).
struct UiMemory {
    std::unordered_map<unsigned, float> pending_scroll; // scroll area id -> pixels to scroll next frame
    std::unordered_set<unsigned> scrollable;    // scroll areas whose content did not fit: they get buttons
    std::unordered_set<unsigned> scroll_to_top; // scroll areas to show from their top next frame
    // Touch-to-hear: the item the last first tap read aloud (a second tap on it chooses it), and the
    // item a tap in this frame asked to hear.
    std::string heard_id;
    std::string hear_request;
};

class PreviewCache;
class TextShaper;

struct Ui {
    const UiContent& content;
    const Palette& color;
    const Metrics& m;
    const Fonts& font;
    const std::string& lang;
    SemanticTree& tree;
    std::vector<kiosk::core::Event>& events;
    UiMemory& memory;
    PreviewCache* previews; // null where no renderer exists (unit tests)
    Rect screen;
    double time_s = 0;      // for spinners only
    bool inert = false;     // under a modal dialog: drawn, but neither tappable nor in the tree
    bool animating = false; // a widget needs the next frame soon (spinner)
    Rect container;         // where text must stay; the overflow check compares against it
    bool container_scrolls = false;
    bool touch_to_hear = false;         // speech is on: a first tap reads an item, a second tap chooses it
    bool personal = false;              // what is drawn now is the resident's own data (see PersonalData)
    bool chrome = false;                // what is drawn now is the header or the footer
    const TextShaper* shaper = nullptr; // joins Arabic and orders mixed text; null: text drawn as it is
    bool mirrored = false; // the screen's language runs right to left: drawn mirrored (sdl_renderer.cpp)

    std::string t(TextKey key) const { return content.texts.get(lang, key); }
    std::string f(TextKey key, TextArgs args) const { return content.texts.format(lang, key, args); }
    std::string date(kiosk::core::Date d) const { return content.texts.date(lang, d); }
    void emit(kiosk::core::Event event) {
        if (!inert) events.push_back(std::move(event));
    }
    void add_node(SemanticNode node);
    float gap() const { return m.unit * 3; }
};

// Marks everything drawn while it lives as the resident's own data: speech reads it only into a headset.
class PersonalData {
public:
    explicit PersonalData(Ui& ui) : ui_(ui), was_(ui.personal) { ui.personal = true; }
    ~PersonalData() { ui_.personal = was_; }
    PersonalData(const PersonalData&) = delete;
    PersonalData& operator=(const PersonalData&) = delete;

private:
    Ui& ui_;
    bool was_;
};

} // namespace ui
