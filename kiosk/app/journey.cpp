#include "kiosk/app/journey.hpp"

#include "kiosk/staff/badges.hpp"
#include "kiosk/util/json_reader.hpp"

#include <stdexcept>

namespace kiosk::app {
namespace {

bool card_text_valid(const std::string& text) {
    try {
        staff::card_from_text(text);
        return true;
    } catch (const std::invalid_argument&) {
        return false;
    }
}

} // namespace

Journey parse_journey(const std::string& json_text, const std::string& source_name) {
    auto root = util::JsonReader::parse(json_text, source_name);
    root.allow_only({"name", "size", "steps"});
    Journey j;
    j.name = root.string("name");
    if (root.has("size")) {
        auto size = root.array("size");
        if (size.size() != 2) root.fail("size", "expected [width, height]");
        auto dim = [](const util::JsonReader& r) {
            if (!r.raw().is_number_integer() || r.raw().get<int>() < 640 || r.raw().get<int>() > 7680)
                r.fail("", "expected a whole number of pixels from 640 to 7680");
            return r.raw().get<int>();
        };
        j.width = dim(size[0]);
        j.height = dim(size[1]);
    }
    for (const auto& s : root.array("steps")) {
        if (s.has("tap"))
            j.steps.push_back(Tap{s.string("tap")});
        else if (s.has("expect"))
            j.steps.push_back(Expect{s.string("expect")});
        else if (s.has("expect_not"))
            j.steps.push_back(ExpectNot{s.string("expect_not")});
        else if (s.has("expect_unspoken"))
            j.steps.push_back(ExpectUnspoken{s.string("expect_unspoken")});
        else if (s.has("advance"))
            j.steps.push_back(Advance{s.number("advance")});
        else if (s.has("wait_for"))
            j.steps.push_back(WaitFor{s.string("wait_for"), s.has("timeout") ? s.number("timeout") : 10.0});
        else if (s.has("drag"))
            j.steps.push_back(Drag{s.string("drag"), static_cast<float>(s.number("by"))});
        else if (s.has("scroll_to"))
            j.steps.push_back(ScrollTo{s.string("scroll_to")});
        else if (s.has("demo")) {
            auto what = s.string("demo");
            if (what != "backends_down" && what != "backends_up" && what != "printer_empty" &&
                what != "printer_ok" && what != "no_cases" && what != "cases" && what != "kcc_silent" &&
                what != "kcc_without_keys" && what != "kcc_answers")
                s.fail("demo", "expected backends_down, backends_up, printer_empty, printer_ok, no_cases, "
                               "cases, kcc_silent, "
                               "kcc_without_keys or kcc_answers");
            j.steps.push_back(DemoSwitch{what});
        } else if (s.has("card")) {
            auto card = s.string("card");
            if (card == "removed")
                card.clear();
            else if (!card_text_valid(card))
                s.fail("card",
                       "expected \"removed\", a UID in hex (\"04D3E0A1\") or \"atr:\" and an ATR in hex");
            j.steps.push_back(CardStep{card});
        } else if (s.has("expect_mirror")) {
            auto shown = s.string("expect_mirror");
            if (shown != "kiosk" && shown != "blank") s.fail("expect_mirror", "expected kiosk or blank");
            j.steps.push_back(ExpectMirror{shown == "kiosk"});
        } else if (s.has("hear"))
            j.steps.push_back(Hear{s.string("hear")});
        else if (s.has("hear_not"))
            j.steps.push_back(HearNot{s.string("hear_not")});
        else if (s.has("headset")) {
            auto headset = s.string("headset");
            if (headset != "plugged" && headset != "pulled") s.fail("headset", "expected plugged or pulled");
            j.steps.push_back(Headset{headset == "plugged"});
        } else
            s.fail("", "expected one of tap, expect, expect_not, expect_unspoken, advance, wait_for, drag, "
                       "scroll_to, demo, card, expect_mirror, hear, hear_not, headset");
        if (auto* a = std::get_if<Advance>(&j.steps.back()); a && (a->seconds <= 0 || a->seconds > 7200))
            s.fail("advance", "expected seconds from 0 to 7200");
    }
    if (j.steps.empty()) root.fail("steps", "is empty");
    return j;
}

Journey load_journey(const std::filesystem::path& file) {
    return parse_journey(util::read_text_file(file), file.string());
}

std::string describe(const Step& step) {
    struct {
        std::string operator()(const Tap& s) { return "tap '" + s.label + "'"; }
        std::string operator()(const Expect& s) { return "expect '" + s.text + "'"; }
        std::string operator()(const ExpectNot& s) { return "expect_not '" + s.text + "'"; }
        std::string operator()(const ExpectUnspoken& s) { return "expect_unspoken '" + s.text + "'"; }
        std::string operator()(const Advance& s) { return "advance " + std::to_string(s.seconds) + " s"; }
        std::string operator()(const WaitFor& s) { return "wait_for '" + s.text + "'"; }
        std::string operator()(const Drag& s) {
            return "drag '" + s.label + "' by " + std::to_string(static_cast<int>(s.dy));
        }
        std::string operator()(const ScrollTo& s) { return "scroll_to '" + s.text + "'"; }
        std::string operator()(const DemoSwitch& s) { return "demo " + s.what; }
        std::string operator()(const CardStep& s) {
            return s.card.empty() ? "card removed" : "card " + s.card;
        }
        std::string operator()(const ExpectMirror& s) {
            return std::string("expect_mirror ") + (s.shows_kiosk ? "kiosk" : "blank");
        }
        std::string operator()(const Hear& s) { return "hear '" + s.text + "'"; }
        std::string operator()(const HearNot& s) { return "hear_not '" + s.text + "'"; }
        std::string operator()(const Headset& s) { return s.plugged ? "headset plugged" : "headset pulled"; }
    } visitor;
    return std::visit(visitor, step);
}

} // namespace kiosk::app
