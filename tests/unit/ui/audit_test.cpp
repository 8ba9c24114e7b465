#include "ui/audit.hpp"

#include <doctest/doctest.h>

#include <set>

using namespace ui;

namespace {
SemanticNode button_node(const std::string& label, Rect r) {
    SemanticNode n{Role::button, "id", label, r, r};
    n.tappable = true;
    return n;
}
} // namespace

TEST_CASE("the audit passes a well-formed screen") {
    SemanticTree tree;
    tree.add(button_node("Beginnen", {100, 100, 400, 96}));
    tree.add({Role::heading, "", "Welkom", {100, 10, 300, 60}, {100, 10, 300, 60}});
    CHECK(audit(tree, {0, 0, 1920, 1080}).empty());
}

TEST_CASE("the audit finds small targets, empty labels, untranslated keys, overflow and off-screen nodes") {
    SemanticTree tree;
    tree.add(button_node("Klein", {0, 0, 40, 96}));
    tree.add(button_node("", {0, 200, 200, 96}));
    tree.add(button_node("[[home.call]]", {0, 400, 300, 96}));
    auto wide = button_node("Te lang", {0, 600, 300, 96});
    wide.overflow = true;
    tree.add(wide);
    tree.add(button_node("Buiten beeld", {1900, 1000, 300, 96}));
    auto findings = audit(tree, {0, 0, 1920, 1080});
    std::set<std::string> rules;
    for (const auto& f : findings)
        rules.insert(f.rule);
    CHECK(rules ==
          std::set<std::string>{"target-size", "empty-label", "untranslated", "overflow", "off-screen"});
}

TEST_CASE("sizes are judged in logical pixels of a 1080p screen") {
    SemanticTree tree;
    tree.add(button_node("Half", {0, 0, 30, 30})); // 30 px on a 720p screen is 45 logical px
    CHECK(audit(tree, {0, 0, 1280, 720}).size() == 1);
    SemanticTree ok;
    ok.add(button_node("Groot genoeg", {0, 0, 34, 34})); // 51 logical px
    CHECK(audit(ok, {0, 0, 1280, 720}).empty());
}

TEST_CASE("a row scrolled half out of view is not judged until it is in view") {
    SemanticTree tree;
    SemanticNode row{Role::list_item, "row", "Aanvraag", {0, 0, 800, 150}, {0, 0, 800, 20}};
    row.tappable = true;
    tree.add(row);
    CHECK(audit(tree, {0, 0, 1920, 1080}).empty());
}

TEST_CASE("tap lookup prefers an exact label and then a label that starts with the text") {
    SemanticTree tree;
    tree.add(button_node("Aanvraag paspoort. Nu: in behandeling", {0, 0, 800, 150}));
    tree.add(button_node("Aanvraag", {0, 200, 800, 150}));
    REQUIRE(tree.find_tappable("Aanvraag"));
    CHECK(tree.find_tappable("Aanvraag")->rect.y == 200);
    REQUIRE(tree.find_tappable("Aanvraag paspoort"));
    CHECK(tree.find_tappable("Aanvraag paspoort")->rect.y == 0);
    CHECK_FALSE(tree.find_tappable("Uitloggen"));
}

TEST_CASE("choices follow the reading order: down the screen, and across a row the way the language reads") {
    SemanticTree tree;
    tree.add({Role::heading, "", "Welkom", {100, 10, 300, 60}, {100, 10, 300, 60}});
    tree.add(button_node("Nederlands", {100, 100, 400, 96}));
    tree.add(button_node("English", {520, 100, 400, 96}));
    tree.add(button_node("Beginnen", {100, 300, 400, 96}));
    CHECK(audit_reading(tree, false).empty());
    auto mirrored = audit_reading(tree, true); // in Arabic the second of a row lies left of the first
    REQUIRE(mirrored.size() == 1);
    CHECK(mirrored[0].rule == "reading-order");
    CHECK(mirrored[0].detail.find("English") != std::string::npos);

    tree.add(button_node("Omhoog", {100, 200, 400, 96})); // after "Beginnen", but above it
    auto up = audit_reading(tree, false);
    REQUIRE(up.size() == 1);
    CHECK(up[0].detail.find("above") != std::string::npos);

    auto chrome = button_node("Voorlezen", {0, 0, 200, 96}); // the footer is read apart from the screen
    chrome.chrome = true;
    tree.add(chrome);
    CHECK(audit_reading(tree, false).size() == 1);
}

TEST_CASE("a screen without words to read aloud is found") {
    SemanticTree tree;
    tree.add({Role::image, "qr", "", {100, 100, 400, 400}, {100, 100, 400, 400}});
    auto silent = audit_reading(tree, false);
    REQUIRE(silent.size() == 1);
    CHECK(silent[0].rule == "nothing-to-read");
    tree.add({Role::heading, "", "Welkom", {100, 10, 300, 60}, {100, 10, 300, 60}});
    CHECK(audit_reading(tree, false).empty());
}

namespace {
std::vector<AuditFinding> contrast_findings(const SemanticTree& tree) {
    std::vector<AuditFinding> out;
    for (auto& f : audit(tree, {0, 0, 1920, 1080}))
        if (f.rule == "contrast") out.push_back(f);
    return out;
}
} // namespace

TEST_CASE("every text is judged against the colours painted under it") {
    SemanticTree tree;
    tree.set_backdrop({255, 255, 255}, 4.5);
    tree.add(button_node("Grijs op blauw", {100, 100, 400, 96}));
    tree.paint({Paint::Kind::fill, {100, 100, 400, 96}, {0, 90, 160}});    // a blue button
    tree.paint({Paint::Kind::text, {120, 120, 200, 40}, {255, 255, 255}}); // white on blue: 7.1:1
    tree.paint({Paint::Kind::text, {120, 300, 200, 40}, {119, 119, 119}}); // grey on white: 4.48:1
    tree.paint({Paint::Kind::icon, {120, 150, 40, 40}, {130, 130, 200}});  // lilac on blue: 2.0:1
    auto found = contrast_findings(tree);
    REQUIRE(found.size() == 2);
    CHECK(found[0].detail.find("text #777777 on #FFFFFF is 4.48:1, needs 4.5:1") == 0);
    CHECK(found[1].node == "id"); // named by the button it lies in
    CHECK(found[1].detail.find("icon #8282C8 on #005AA0") == 0);

    SemanticTree lighter; // white on a lighter blue is 6.0:1: enough, but not in high contrast
    lighter.set_backdrop({255, 255, 255}, 4.5);
    lighter.paint({Paint::Kind::fill, {100, 100, 400, 96}, {0, 100, 180}});
    lighter.paint({Paint::Kind::text, {120, 120, 200, 40}, {255, 255, 255}});
    CHECK(contrast_findings(lighter).empty());
    lighter.set_backdrop({255, 255, 255}, 7.0);
    CHECK(contrast_findings(lighter).size() == 1);
}

TEST_CASE("the contrast audit sees what lies on top: later fills do not count, dimmed fills blend") {
    SemanticTree tree;
    tree.set_backdrop({255, 255, 255}, 4.5);
    tree.paint({Paint::Kind::text, {0, 0, 200, 40}, {0, 0, 0}});
    tree.paint({Paint::Kind::fill, {0, 0, 1920, 1080}, {0, 0, 0}}); // painted after the text: not under it
    CHECK(contrast_findings(tree).empty());

    SemanticTree dimmed; // black at 100/255 over white is a middle grey: white text on it is 2.8:1
    dimmed.set_backdrop({255, 255, 255}, 4.5);
    dimmed.paint({Paint::Kind::fill, {0, 0, 1920, 1080}, {0, 0, 0}, 100});
    dimmed.paint({Paint::Kind::text, {0, 0, 200, 40}, {255, 255, 255}}); // on opaque black it would be 21:1
    CHECK(contrast_findings(dimmed).size() == 1);

    SemanticTree picture; // a letter's page: no one colour to judge a text on it against
    picture.set_backdrop({255, 255, 255}, 4.5);
    picture.paint({Paint::Kind::image, {0, 0, 600, 800}, {}});
    picture.paint({Paint::Kind::text, {100, 100, 200, 40}, {0, 0, 0}});
    auto on_picture = contrast_findings(picture);
    REQUIRE(on_picture.size() == 1);
    CHECK(on_picture[0].detail.find("lies on a picture") != std::string::npos);
}

TEST_CASE("a text that lies across two colours is judged by the worse") {
    SemanticTree tree;
    tree.set_backdrop({255, 255, 255}, 4.5);
    tree.paint({Paint::Kind::fill, {0, 0, 150, 40}, {0, 0, 0}}); // the left part of the text is on black
    tree.paint({Paint::Kind::text, {0, 0, 400, 40}, {0, 0, 0}});
    auto found = contrast_findings(tree);
    REQUIRE(found.size() == 1);
    CHECK(found[0].detail.find("on #000000 is 1.00:1") != std::string::npos);
}

TEST_CASE("a mirrored tree mirrors its paint with its nodes") {
    SemanticTree tree;
    tree.paint({Paint::Kind::fill, {100, 0, 200, 40}, {0, 0, 0}});
    tree.mirror(1920);
    CHECK(tree.paints()[0].rect.x == 1620);
    tree.clear();
    CHECK(tree.paints().empty());
}
