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
