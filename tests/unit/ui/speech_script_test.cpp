// What speech takes from the semantic tree: reading order, what it leaves out (the header and footer,
// codes, the resident's own data without a headset) and when a screen counts as new.
#include "ui/speech_script.hpp"

#include <doctest/doctest.h>

#include <vector>

using namespace ui;

namespace {

const SpeechWords spoken_words{"aan", "uit", "kan nu niet",
                               "Uw gegevens lees ik alleen voor in een koptelefoon."};

SemanticNode node(Role role, std::string label, float y, bool tappable = false) {
    Rect r{100, y, 600, 90};
    SemanticNode n{role, "id." + label, std::move(label), r, r};
    n.tappable = tappable;
    return n;
}

SemanticNode marked(SemanticNode n, bool SemanticNode::*flag) {
    n.*flag = true;
    return n;
}

SemanticTree cases_screen(const std::string& countdown) {
    SemanticTree tree;
    tree.add(marked(node(Role::text, "Gemeente Voorbeeld", 0), &SemanticNode::chrome));
    tree.add(marked(node(Role::button, "Terug", 980, true), &SemanticNode::chrome));
    tree.add(node(Role::heading, "Mijn aanvragen", 150));
    tree.add(marked(node(Role::list_item, "Aanvraag paspoort. Nu: Paspoort wordt gemaakt", 400, true),
                    &SemanticNode::personal));
    tree.add(marked(node(Role::list_item, "Melding: zwerfvuil", 500, true), &SemanticNode::personal));
    tree.add(node(Role::text, "Tik op een aanvraag.", 250));
    tree.add(node(Role::status, countdown, 300));
    auto code = node(Role::code, "WDJB-MJHT", 350);
    tree.add(code);
    auto toggle = node(Role::toggle, "Afgerond", 600, true);
    toggle.selected = false;
    tree.add(toggle);
    auto off = node(Role::button, "Printen", 700, true);
    off.enabled = false;
    tree.add(off);
    return tree;
}

} // namespace

TEST_CASE("a screen is read as heading and instruction first, then its choices, without header and footer") {
    auto script = screen_script(cases_screen("De code werkt nog 5 minuten."), true, spoken_words);
    CHECK(script == std::vector<std::string>{"Mijn aanvragen", "Tik op een aanvraag.",
                                             "De code werkt nog 5 minuten.",
                                             "Aanvraag paspoort. Nu: Paspoort wordt gemaakt",
                                             "Melding: zwerfvuil", "Afgerond: uit", "Printen: kan nu niet"});
}

TEST_CASE("without a headset the resident's own data is replaced by one sentence, and a code is never read") {
    auto script = screen_script(cases_screen("De code werkt nog 5 minuten."), false, spoken_words);
    CHECK(script == std::vector<std::string>{"Mijn aanvragen", "Tik op een aanvraag.",
                                             "De code werkt nog 5 minuten.", spoken_words.personal_hidden,
                                             "Afgerond: uit", "Printen: kan nu niet"});
    for (const auto& line : script)
        CHECK(line.find("WDJB") == std::string::npos);
    const auto tree = cases_screen("x");
    for (bool headset : {false, true})
        for (const auto& n : tree.nodes())
            if (n.role == Role::code) CHECK(item_script(n, headset, spoken_words).empty());
}

TEST_CASE("one item heard by touch: its words, or the sentence that hides it") {
    auto tree = cases_screen("x");
    const auto* row = tree.find_tappable_id("id.Melding: zwerfvuil");
    REQUIRE(row);
    CHECK(item_script(*row, true, spoken_words) == "Melding: zwerfvuil");
    CHECK(item_script(*row, false, spoken_words) == spoken_words.personal_hidden);
}

TEST_CASE("a countdown ticking is not a new screen; a new instruction or a list arriving is") {
    auto first = screen_identity(cases_screen("De code werkt nog 5 minuten."));
    CHECK(screen_identity(cases_screen("De code werkt nog 4 minuten.")) == first);
    auto changed = cases_screen("De code werkt nog 4 minuten.");
    changed.add(node(Role::text, "Er ging iets mis.", 800));
    CHECK(screen_identity(changed) != first);
    auto idle_in = [](int seconds) {
        SemanticTree tree;
        tree.add(node(Role::heading, "Bent u er nog?", 100));
        tree.add(
            node(Role::text, "Over " + std::to_string(seconds) + " seconden wissen we uw gegevens.", 200));
        return screen_identity(tree);
    };
    CHECK(idle_in(29) == idle_in(28)); // a countdown in a sentence: not read again every second
    CHECK(speech_control("speech.pause"));
    CHECK_FALSE(speech_control("speech.touch_to_hear")); // a toggle a blind resident must hear first
    auto longer = cases_screen("De code werkt nog 5 minuten.");
    longer.add(node(Role::list_item, "Melding: losse stoeptegel", 800, true));
    CHECK(screen_identity(longer) != first);
}
