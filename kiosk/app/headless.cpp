// Headless mode: plays a journey against the configured backends with no display. Time is a manual
// clock, so "advance 60 s" is exact and instant. Every step writes a PNG screenshot and a JSON dump of
// the semantic tree, and every step is audited.
#include "kiosk/app/card_control.hpp"
#include "kiosk/app/journey.hpp"
#include "kiosk/app/look_audit.hpp"
#include "kiosk/app/modes.hpp"
#include "kiosk/app/narrator.hpp"
#include "kiosk/app/offscreen_canvas.hpp"
#include "kiosk/app/preview_renderer.hpp"

#include "devices/card/card_demo.hpp"
#include "devices/speech/sdl_speaker.hpp"
#include "devices/speech/transcript_speaker.hpp"
#include "kiosk/staff/badges.hpp"
#include "kiosk/util/log.hpp"
#include "ui/audit.hpp"
#include "ui/gallery.hpp"
#include "ui/speech_script.hpp"
#include "ui/ui_host.hpp"

#include <SDL.h>
#include <SDL_image.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <stdexcept>
#include <thread>
#include <unistd.h>

namespace kiosk::app {
namespace {

constexpr core::Duration clock_step{100}; // resolution of "advance" and "wait_for"
constexpr int drag_moves = 12;
constexpr auto page_wait = std::chrono::seconds(30); // longer than the helper may take

class Player {
public:
    Player(const Options& options, const Setup& setup, const Journey& journey)
        : options_(options), journey_(journey), canvas_(journey.width, journey.height),
          runtime_(setup.initial, clock_),
          real_backends_(!setup.config.demo || !options.card_control.empty()) {
        backends_ = attach_backends(runtime_, setup, options);
        telemetry_ = start_telemetry(runtime_, setup, options, *backends_);
        pages_.emplace(runtime_, setup.sandbox);
        host_.emplace(canvas_.renderer(), setup.content,
                      ui::Rect{0, 0, float(journey.width), float(journey.height)}, &*pages_);
        // Every step is audited, contrast included; a benchmark measures the frames a kiosk in use draws.
        host_->set_auditing(options.bench_frames == 0 && options.bench_speech == 0);
        // The benchmark listens through SDL's sound device; journeys read what would have been said.
        if (options.bench_speech > 0) sound_.emplace().start();
        narrator_.emplace(sound_ ? static_cast<devices::Speaker&>(*sound_) : transcript_, setup.content.texts,
                          &runtime_);
        runtime_.attach_speech(&*narrator_);
        if (options.all_looks)
            looks_.emplace(setup.content, ui::Rect{0, 0, float(journey.width), float(journey.height)});
    }
    ~Player() {
        runtime_.attach_speech(nullptr);
        narrator_.reset();
        sound_.reset();
        host_.reset();
        pages_.reset();
        telemetry_.reset();
        backends_.reset();
    }

    int play() {
        std::filesystem::create_directories(options_.out_dir);
        runtime_.dispatch(core::KioskStarted{clock_.now()});
        settle();
        int failures = 0;
        for (std::size_t i = 0; i < journey_.steps.size(); ++i) {
            const auto& step = journey_.steps[i];
            std::string problem = perform(step);
            settle();
            if (problem.empty()) problem = check_speech(step);
            auto findings = ui::audit(host_->tree(), host_->screen());
            if (looks_) {
                auto more = looks_->findings(runtime_.state());
                findings.insert(findings.end(), more.begin(), more.end());
            }
            record(i + 1, step, problem, findings);
            heard_until_ = transcript_.lines().size();
            if (!problem.empty() || !findings.empty()) {
                ++failures;
                std::fprintf(stderr, "step %zu (%s) FAILED: %s\n", i + 1, describe(step).c_str(),
                             problem.empty() ? "accessibility audit" : problem.c_str());
                for (const auto& f : findings)
                    std::fprintf(stderr, "  audit %s [%s]: %s\n", f.rule.c_str(), f.node.c_str(),
                                 f.detail.c_str());
                if (!problem.empty()) {
                    std::fprintf(stderr, "  on screen:\n%s", host_->tree().all_labels().c_str());
                    break; // later steps assume this one worked
                }
            }
        }
        std::printf("journey '%s': %zu steps, %d failed, screenshots in %s\n", journey_.name.c_str(),
                    journey_.steps.size(), failures, options_.out_dir.c_str());
        if (looks_) std::printf("every step also audited in %zu looks\n", looks_->looks());
        if (options_.bench_frames > 0) bench_frames(options_.bench_frames);
        if (options_.bench_speech > 0) bench_speech(options_.bench_speech);
        if (options_.hold && failures == 0) hold();
        return failures == 0 ? 0 : 1;
    }

private:
    // Runs the runtime and draws until nothing changes any more (bounded). A page the helper is
    // drawing is waited for in real time, as a resident would see it arrive.
    void settle() {
        auto page_deadline = std::chrono::steady_clock::now() + page_wait;
        for (int round = 0; round < 30; ++round) {
            bool changed = runtime_.pump();
            auto events = draw();
            for (const auto& e : events)
                runtime_.dispatch(e);
            if (host_->drawing_page() && std::chrono::steady_clock::now() < page_deadline) {
                wait_for_page();
                round = 0;
                continue;
            }
            if (!changed && events.empty() && round > 0) break;
        }
    }

    // Until the helper's answer (an event from the page renderer) is in the queue.
    void wait_for_page() {
        auto deadline = std::chrono::steady_clock::now() + page_wait;
        while (!runtime_.has_events() && std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }

    std::vector<core::Event> draw() {
        auto seconds = std::chrono::duration<double>(clock_.now().time_since_epoch()).count();
        auto result = host_->frame(runtime_.state(), pointer_, seconds, 0.1f);
        SDL_RenderFlush(canvas_.renderer());
        narrator_->frame_drawn(runtime_.state(), host_->tree(), result.hear);
        return result.events;
    }

    // Checks look (and wait_for waits to look); every other step does something, and "hear" listens
    // to what was said since.
    static bool is_check(const Step& step) {
        return std::holds_alternative<Expect>(step) || std::holds_alternative<ExpectNot>(step) ||
               std::holds_alternative<WaitFor>(step) || std::holds_alternative<ExpectUnspoken>(step) ||
               std::holds_alternative<Hear>(step) || std::holds_alternative<HearNot>(step) ||
               std::holds_alternative<ExpectMirror>(step);
    }

    // "hear": said since the last step that did something (a tap, the clock, a card, ...).
    std::string check_speech(const Step& step) {
        const auto& lines = transcript_.lines();
        if (const auto* hear = std::get_if<Hear>(&step)) {
            for (std::size_t i = heard_from_; i < lines.size(); ++i)
                if (lines[i].text.find(hear->text) != std::string::npos) return {};
            std::string said;
            for (std::size_t i = heard_from_; i < lines.size(); ++i)
                said += "\n    " + lines[i].text;
            return "'" + hear->text + "' was not said; said:" + (said.empty() ? " nothing" : said);
        }
        if (const auto* never = std::get_if<HearNot>(&step)) {
            for (const auto& line : lines)
                if (line.text.find(never->text) != std::string::npos)
                    return "'" + never->text + "' was said aloud: '" + line.text + "'";
        }
        return {};
    }

    void press_at(float x, float y) {
        pointer_ = {x, y, true, 0};
        narrator_->touched(host_->tree(), x, y);
        runtime_.dispatch(core::ScreenTouched{clock_.now()});
        for (const auto& e : draw())
            runtime_.dispatch(e);
    }
    void release() {
        pointer_.down = false;
        for (const auto& e : draw())
            runtime_.dispatch(e);
        pointer_ = {}; // a finger leaves no pointer behind
    }

    std::string perform(const Step& step) {
        if (!is_check(step)) heard_from_ = transcript_.lines().size();
        draw(); // the tree must show what is on screen now
        if (const auto* tap = std::get_if<Tap>(&step)) {
            const auto* node = host_->tree().find_tappable(tap->label);
            if (!node) return "nothing to tap labelled '" + tap->label + "'";
            press_at(node->visible.cx(), node->visible.cy());
            release();
        } else if (const auto* expect = std::get_if<Expect>(&step)) {
            if (!host_->tree().shows_text(expect->text)) return "'" + expect->text + "' is not on screen";
        } else if (const auto* absent = std::get_if<ExpectNot>(&step)) {
            if (host_->tree().shows_text(absent->text))
                return "'" + absent->text + "' is on screen but should not be";
        } else if (const auto* unspoken = std::get_if<ExpectUnspoken>(&step)) {
            if (!host_->tree().shows_text(unspoken->text)) return "'" + unspoken->text + "' is not on screen";
            // What speech would say of this screen, whether or not it is on; and with a headset.
            for (bool personal : {false, true})
                for (const auto& said : ui::screen_script(host_->tree(), personal, {}))
                    if (said.find(unspoken->text) != std::string::npos)
                        return "'" + unspoken->text + "' would be read aloud";
        } else if (const auto* headset = std::get_if<Headset>(&step)) {
            runtime_.dispatch(core::HeadsetChanged{headset->plugged});
        } else if (const auto* advance = std::get_if<Advance>(&step)) {
            advance_clock(core::Duration(static_cast<long>(advance->seconds * 1000)));
        } else if (const auto* wait = std::get_if<WaitFor>(&step)) {
            auto limit = clock_.now() + core::Duration(static_cast<long>(wait->timeout_seconds * 1000));
            while (!host_->tree().shows_text(wait->text)) {
                if (clock_.now() >= limit) return "'" + wait->text + "' did not appear within the timeout";
                advance_clock(clock_step);
            }
        } else if (const auto* drag = std::get_if<Drag>(&step)) {
            const auto* node = host_->tree().find_tappable(drag->label);
            if (!node) return "nothing to drag labelled '" + drag->label + "'";
            float x = node->visible.cx(), y = node->visible.cy();
            press_at(x, y);
            for (int i = 1; i <= drag_moves; ++i) {
                pointer_.y = y + drag->dy * static_cast<float>(i) / drag_moves;
                for (const auto& e : draw())
                    runtime_.dispatch(e);
            }
            release();
        } else if (const auto* scroll = std::get_if<ScrollTo>(&step)) {
            constexpr int most_pages = 20;
            for (int page = 0; !host_->tree().shows_text(scroll->text); ++page) {
                const auto* down = host_->tree().find_tappable_id("scroll.down");
                if (!down || page == most_pages) return "'" + scroll->text + "' is not in the list";
                press_at(down->visible.cx(), down->visible.cy());
                release();
                settle();
            }
        } else if (const auto* demo = std::get_if<DemoSwitch>(&step)) {
            auto* controls = runtime_.demo();
            if (!controls) return "demo switches need --demo";
            if (demo->what == "backends_down") controls->set_backends_down(true);
            if (demo->what == "backends_up") controls->set_backends_down(false);
            if (demo->what == "printer_empty") controls->set_printer_out_of_paper(true);
            if (demo->what == "printer_ok") controls->set_printer_out_of_paper(false);
            if (demo->what == "no_cases") controls->set_no_cases(true);
            if (demo->what == "cases") controls->set_no_cases(false);
            if (demo->what == "kcc_silent") controls->set_kcc(services::DemoKcc::silent);
            if (demo->what == "kcc_without_keys") controls->set_kcc(services::DemoKcc::answers_without_keys);
            if (demo->what == "kcc_answers") controls->set_kcc(services::DemoKcc::answers);
            runtime_.dispatch(core::KioskStarted{clock_.now()}); // a fresh health check, as after a restart
        } else if (const auto* card = std::get_if<CardStep>(&step)) {
            return lay_card(card->card);
        } else if (const auto* mirror = std::get_if<ExpectMirror>(&step)) {
            if (core::mirror_shows_kiosk(runtime_.state()) != mirror->shows_kiosk)
                return std::string("the mirror screen is ") + (mirror->shows_kiosk
                                                                   ? "blank but should show the kiosk"
                                                                   : "showing the kiosk but should be blank");
        }
        return {};
    }

    // The demo's reader takes the card at once; a real pcscd gets it from the test's card emulator, and
    // the journey waits for what it expects to see (wait_for) as a volunteer would.
    std::string lay_card(const std::string& card) {
        if (!options_.card_control.empty())
            return tell_card_emulator(options_.card_control, card.empty() ? "remove" : "insert " + card);
        auto* reader = backends_->demo_card_reader();
        if (!reader) return "card steps need the demo's card reader or --card-control SOCKET";
        if (card.empty())
            reader->remove();
        else
            reader->insert(staff::card_from_text(card));
        return {};
    }

    void advance_clock(core::Duration total) {
        for (core::Duration done{0}; done < total; done += clock_step) {
            auto step = std::min(clock_step, total - done);
            // Real backends answer in real time: let it pass with the journey's clock.
            if (real_backends_) std::this_thread::sleep_for(step);
            clock_.advance(step);
            if (runtime_.pump()) settle();
        }
    }

    void record(std::size_t index, const Step& step, const std::string& problem,
                const std::vector<ui::AuditFinding>& findings) {
        char prefix[24];
        std::snprintf(prefix, sizeof prefix, "%03zu", index);
        nlohmann::json dump{{"step", describe(step)},
                            {"screen_size", {journey_.width, journey_.height}},
                            {"nodes", host_->tree().to_json()}};
        for (std::size_t i = heard_until_; i < transcript_.lines().size(); ++i)
            dump["spoken"].push_back(
                {{"voice", transcript_.lines()[i].voice}, {"text", transcript_.lines()[i].text}});
        if (!problem.empty()) dump["problem"] = problem;
        for (const auto& f : findings)
            dump["audit"].push_back({{"rule", f.rule}, {"node", f.node}, {"detail", f.detail}});
        canvas_.save(options_.out_dir / prefix, dump);
    }

    // As a kiosk stands after a resident left: running, on Welcome, its services alive. The test that
    // searches its memory reads the line and kills it when it is done. What the services and the fleet
    // post meanwhile is still handled (a command from the broker), with the screen's name on stdout.
    [[noreturn]] void hold() {
        settle();
        std::printf("holding %d\n", static_cast<int>(getpid()));
        std::fflush(stdout);
        auto shown = runtime_.state().screen;
        bool identifying = false;
        for (;;) {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            if (!runtime_.has_events()) continue;
            runtime_.pump();
            for (const auto& e : draw())
                runtime_.dispatch(e);
            if (runtime_.state().screen != shown) {
                shown = runtime_.state().screen;
                std::printf("showing %s\n", core::screen_name(shown));
                std::fflush(stdout);
            }
            if (runtime_.state().identify_until.has_value() != identifying) {
                identifying = !identifying;
                const auto& nodes = host_->tree().nodes();
                bool drawn = std::any_of(nodes.begin(), nodes.end(),
                                         [](const auto& node) { return node.id == "fleet.identify"; });
                std::printf("%s\n",
                            identifying ? (drawn ? "identifying" : "identifying (not drawn)") : "identified");
                std::fflush(stdout);
            }
        }
    }

    void bench_frames(int count) {
        std::vector<double> ms;
        for (int i = 0; i < count; ++i) {
            auto start = std::chrono::steady_clock::now();
            draw();
            ms.push_back(
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
        }
        std::sort(ms.begin(), ms.end());
        auto at = [&](double q) {
            return ms[std::min(ms.size() - 1, static_cast<std::size_t>(q * static_cast<double>(ms.size())))];
        };
        std::printf("frame time at %dx%d over %d frames: median %.2f ms, p95 %.2f ms, max %.2f ms\n",
                    journey_.width, journey_.height, count, at(0.5), at(0.95), ms.back());
    }

    // Time from a new screen to its first sound through SDL's sound device (SDL_AUDIODRIVER=dummy
    // where there is no sound card): the help page and back again, `count` times, speech on.
    void bench_speech(int count) {
        if (!sound_ || !sound_->working()) {
            std::fprintf(stderr, "speech: no sound device or no espeak-ng: not measured\n");
            return;
        }
        if (!runtime_.state().settings.speech.on) runtime_.dispatch(core::SpeechToggled{});
        settle();
        std::vector<double> ms;
        for (int i = 0; i < count; ++i) {
            auto start = std::chrono::steady_clock::now();
            if (i % 2 == 0)
                runtime_.dispatch(core::HelpPressed{core::HelpTopic::general});
            else
                runtime_.dispatch(core::BackPressed{});
            draw();
            auto limit = start + std::chrono::seconds(2);
            while (!sound_->sounded_at() && std::chrono::steady_clock::now() < limit)
                std::this_thread::sleep_for(std::chrono::microseconds(200));
            if (auto at = sound_->sounded_at())
                ms.push_back(std::chrono::duration<double, std::milli>(*at - start).count());
        }
        if (ms.empty()) {
            std::fprintf(stderr, "speech: nothing was said: not measured\n");
            return;
        }
        std::sort(ms.begin(), ms.end());
        std::printf(
            "speech: new screen to first sound over %zu screens: median %.1f ms, p95 %.1f ms, max %.1f ms\n",
            ms.size(), ms[ms.size() / 2], ms[std::min(ms.size() - 1, ms.size() * 95 / 100)], ms.back());
    }

    const Options& options_;
    const Journey& journey_;
    runtime::ManualClock clock_;
    OffscreenCanvas canvas_;
    runtime::Runtime runtime_;
    std::unique_ptr<BackendSet> backends_;
    std::unique_ptr<FleetTelemetry> telemetry_;
    std::optional<SandboxedPageRenderer> pages_;
    std::optional<ui::UiHost> host_;
    devices::TranscriptSpeaker transcript_;
    std::optional<devices::SdlSpeaker> sound_; // only for --bench-speech
    std::optional<Narrator> narrator_;
    std::optional<LookAudit> looks_; // --all-looks
    std::size_t heard_from_ = 0;     // the transcript's first line since the last step that did something
    std::size_t heard_until_ = 0;    // the transcript's first line of the step being played
    ui::Pointer pointer_;
    bool real_backends_ = false; // or a real card reader: time passes in real time
};

} // namespace

int run_gallery(const Options& options, const Setup& setup) {
    // The gallery in both looks: normal, and larger text with high contrast.
    const core::Settings looks[] = {{"nl", core::TextSize::normal, core::Contrast::normal},
                                    {"nl", core::TextSize::larger, core::Contrast::high}};
    std::filesystem::create_directories(options.out_dir);
    OffscreenCanvas canvas(1920, 1080);
    ui::UiHost host(canvas.renderer(), setup.content, ui::Rect{0, 0, 1920, 1080});
    host.set_auditing(true);
    int findings = 0;
    for (std::size_t look = 0; look < std::size(looks); ++look)
        for (int page = 0; page < ui::gallery_pages; ++page) {
            for (int settle = 0; settle < 3; ++settle)
                host.gallery_frame(page, looks[look]); // scroll buttons appear
            canvas.save(options.out_dir / ("gallery-" + std::to_string(look) + "-" + std::to_string(page)),
                        host.tree().to_json());
            for (const auto& f : ui::audit(host.tree(), host.screen())) {
                ++findings;
                std::fprintf(stderr, "gallery look %zu page %d: audit %s [%s]: %s\n", look, page,
                             f.rule.c_str(), f.node.c_str(), f.detail.c_str());
            }
        }
    std::printf("gallery: %d pages in 2 looks, %d audit findings, screenshots in %s\n", ui::gallery_pages,
                findings, options.out_dir.c_str());
    return findings == 0 ? 0 : 1;
}

int run_headless(const Options& options, const Setup& setup) {
    if (options.gallery) return run_gallery(options, setup);
    auto journey = load_journey(options.journey);
    Player player(options, setup, journey);
    return player.play();
}

} // namespace kiosk::app
