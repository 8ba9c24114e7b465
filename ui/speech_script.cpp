#include "ui/speech_script.hpp"

#include "kiosk/core/secret.hpp"

#include <functional>

namespace ui {
namespace {

// Speech reads a scrolling list whole, also the part scrolled out of view: a resident who cannot see
// the screen cannot know that there is more.
bool to_read(const SemanticNode& n) {
    return !n.chrome && n.role != Role::code;
}

// The list's own "Omhoog" / "Omlaag" appear a frame after the list: they do not make a screen new.
bool scroll_button(const SemanticNode& n) {
    return n.id.starts_with("scroll.");
}

// Headings, instructions, messages and dialogs: what a screen says before its choices.
bool to_read_first(const SemanticNode& n) {
    return !n.tappable && n.role != Role::image;
}

} // namespace

bool speech_control(std::string_view id) {
    return id == "speech.repeat" || id == "speech.pause" || id == "speech.softer" || id == "speech.louder";
}

std::uint64_t screen_identity(const SemanticTree& tree) {
    // The words of headings, texts and dialogs; of status lines and choices only how many there are,
    // so a spinner giving way to a list is new, and a countdown ticking is not.
    std::string key;
    int statuses = 0, choices = 0;
    for (const auto& n : tree.nodes()) {
        if (!to_read(n) || scroll_button(n)) continue;
        if (n.tappable) {
            ++choices;
        } else if (n.role == Role::heading || n.role == Role::text || n.role == Role::dialog) {
            // Without its digits: "Over 29 seconden" is the same text a second later.
            for (char c : n.label)
                if (c < '0' || c > '9') key += c;
        } else if (n.role == Role::status) {
            ++statuses;
        }
        key += '\n';
    }
    key += std::to_string(statuses) + '/' + std::to_string(choices);
    auto hash = static_cast<std::uint64_t>(std::hash<std::string>{}(key));
    kiosk::core::wipe(key);
    return hash;
}

std::string item_script(const SemanticNode& node, bool personal_aloud, const SpeechWords& words) {
    if (node.role == Role::code) return {};
    if (node.personal && !personal_aloud) return words.personal_hidden;
    std::string out = node.label;
    if (node.role == Role::toggle) out += ": " + (node.selected ? words.on : words.off);
    if (!node.enabled) out += ": " + words.unavailable;
    return out;
}

std::vector<std::string> screen_script(const SemanticTree& tree, bool personal_aloud,
                                       const SpeechWords& words) {
    std::vector<std::string> out;
    bool hidden_said = false;
    auto add = [&](const SemanticNode& n) {
        if (n.personal && !personal_aloud) {
            if (!hidden_said) out.push_back(words.personal_hidden);
            hidden_said = true;
            return;
        }
        if (auto text = item_script(n, personal_aloud, words); !text.empty()) out.push_back(std::move(text));
    };
    for (const auto& n : tree.nodes())
        if (to_read(n) && to_read_first(n)) add(n);
    for (const auto& n : tree.nodes())
        if (to_read(n) && n.tappable) add(n);
    return out;
}

} // namespace ui
