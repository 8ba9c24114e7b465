#pragma once
// A headless journey: a list of steps (tap by label, expect text, advance the clock, ...) read from
// JSON. The format is documented in README.md ("Headless journeys").
#include <filesystem>
#include <string>
#include <variant>
#include <vector>

namespace kiosk::app {

struct Tap {
    std::string label;
};
struct Expect {
    std::string text;
};
struct ExpectNot {
    std::string text;
};
struct ExpectUnspoken { // on screen, but "voorlezen" never says it: a code for the resident's eyes only
    std::string text;
};
struct Advance {
    double seconds;
};
struct WaitFor {
    std::string text;
    double timeout_seconds;
};
struct Drag {
    std::string label;
    float dy;
};
struct ScrollTo { // tap the list's "Omlaag" until the text is in view (text sizes and screens differ)
    std::string text;
};
struct DemoSwitch {
    std::string what;
};                    // backends_down, printer_empty, no_cases, kcc_silent, ... (see journey.cpp)
struct CardStep {     // a card laid on the reader ("04D3E0A1", or "atr:3B8F…" for one without a UID)
    std::string card; // empty: the card is taken off
};
struct ExpectMirror { // what the volunteer's second screen shows
    bool shows_kiosk;
};
struct Hear { // speech said this during the previous step or this one (a part of one sentence will do)
    std::string text;
};
struct HearNot { // nothing said since the journey began contains this
    std::string text;
};
struct Headset { // a headset plugged into the kiosk's jack, or pulled out
    bool plugged;
};

using Step = std::variant<Tap, Expect, ExpectNot, ExpectUnspoken, Advance, WaitFor, Drag, ScrollTo,
                          DemoSwitch, CardStep, ExpectMirror, Hear, HearNot, Headset>;

struct Journey {
    std::string name;
    int width = 1920;
    int height = 1080;
    std::vector<Step> steps;
};

Journey parse_journey(const std::string& json_text, const std::string& source_name);
Journey load_journey(const std::filesystem::path& file);
std::string describe(const Step& step); // "tap 'Beginnen'"

} // namespace kiosk::app
