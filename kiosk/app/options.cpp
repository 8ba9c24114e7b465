#include "kiosk/app/options.hpp"

#include <cstdio>
#include <stdexcept>

namespace kiosk::app {

std::string usage() {
    return "Usage: kiosk [options]\n"
           "  --config FILE        kiosk configuration (JSON); built-in defaults without it\n"
           "  --content DIR        texts, theme and demo data (default: the installed content)\n"
           "  --demo               embedded demo backends: no network, nothing real happens\n"
           "  --windowed           a window instead of full screen (for desktops)\n"
           "  --size WxH           screen size, e.g. 1920x1080 or 1080x1920 (portrait)\n"
           "  --software-renderer  draw without a GPU driver (least memory)\n"
           "  --headless           no display: play a journey and write screenshots\n"
           "  --journey FILE       the journey to play (with --headless)\n"
           "  --out DIR            where screenshots and semantic dumps go (with --headless)\n"
           "  --bench-frames N     after the journey, draw N frames and print frame times\n"
           "  --bench-speech N     after the journey, open N screens with speech on and print the time\n"
           "                       from each new screen to its first sound (SDL's sound device)\n"
           "  --gallery            screenshot and audit every widget in every state into --out DIR\n"
           "  --all-looks          headless: audit every step also in every language, text size, theme\n"
           "                       and orientation (laid out, not drawn)\n"
           "  --phone-config DIR   write the config of the phone's baresip (call.phone) into DIR and stop,\n"
           "                       for a baresip that systemd runs (call.phone.managed false)\n"
           "  --fleet-dir DIR      the kiosk's place in a fleet (kiosk-provision enroll): a waiting bundle\n"
           "                       is checked and installed, and the installed bundle applied\n"
           "  --pdf-helper PATH    the program that counts and draws documents in a sandbox\n"
           "  --card-control SOCK  headless against a real pcscd: the control socket of the test's card\n"
           "                       emulator (tests/peers/card), for the journey's card steps\n"
           "  --hold               headless: after the journey, say 'holding PID' and keep running until\n"
           "                       killed, so a test can search the kiosk's memory\n"
           "  --verbose            log every event and effect (never personal data)\n"
           "  --help               this text\n";
}

namespace {
// A count for a benchmark option, 1 to 100000.
int count_option(const std::string& option, const std::string& text) {
    int n = 0;
    try {
        n = std::stoi(text);
    } catch (const std::exception&) {
        throw std::invalid_argument(option + " needs a number, not '" + text + "'");
    }
    if (n < 1 || n > 100000) throw std::invalid_argument(option + " must be 1..100000");
    return n;
}
} // namespace

Options parse_options(const std::vector<std::string>& args,
                      const std::filesystem::path& default_content_dir) {
    Options o;
    o.content_dir = default_content_dir;
    auto value = [&](std::size_t& i) -> const std::string& {
        if (i + 1 >= args.size()) throw std::invalid_argument(args[i] + " needs a value");
        return args[++i];
    };
    for (std::size_t i = 0; i < args.size(); ++i) {
        const auto& a = args[i];
        if (a == "--config")
            o.config = value(i);
        else if (a == "--content")
            o.content_dir = value(i);
        else if (a == "--pdf-helper")
            o.pdf_helper = value(i);
        else if (a == "--demo")
            o.demo = true;
        else if (a == "--windowed")
            o.windowed = true;
        else if (a == "--software-renderer")
            o.software_renderer = true;
        else if (a == "--headless")
            o.headless = true;
        else if (a == "--journey")
            o.journey = value(i);
        else if (a == "--out")
            o.out_dir = value(i);
        else if (a == "--verbose")
            o.verbose = true;
        else if (a == "--gallery")
            o.gallery = true;
        else if (a == "--all-looks")
            o.all_looks = true;
        else if (a == "--hold")
            o.hold = true;
        else if (a == "--phone-config")
            o.phone_config_dir = value(i);
        else if (a == "--card-control")
            o.card_control = value(i);
        else if (a == "--fleet-dir")
            o.fleet_dir = value(i);
        else if (a == "--help" || a == "-h")
            o.help = true;
        else if (a == "--bench-frames")
            o.bench_frames = count_option(a, value(i));
        else if (a == "--bench-speech")
            o.bench_speech = count_option(a, value(i));
        else if (a == "--size") {
            const auto& s = value(i);
            int w = 0, h = 0;
            char tail = 0;
            if (std::sscanf(s.c_str(), "%dx%d%c", &w, &h, &tail) != 2 || w < 640 || h < 480 || w > 7680 ||
                h > 7680)
                throw std::invalid_argument("--size needs WIDTHxHEIGHT such as 1920x1080, not '" + s + "'");
            o.size = {w, h};
        } else
            throw std::invalid_argument("unknown option '" + a + "'");
    }
    if (!o.phone_config_dir.empty() && !o.config)
        throw std::invalid_argument("--phone-config needs --config FILE with a call.phone section");
    if (o.gallery && (o.out_dir.empty() || !o.journey.empty()))
        throw std::invalid_argument("--gallery needs --out DIR (and no journey)");
    if (o.gallery) o.headless = true;
    if (o.headless && !o.gallery && (o.journey.empty() || o.out_dir.empty()))
        throw std::invalid_argument("--headless needs --journey FILE and --out DIR");
    if (!o.headless &&
        (!o.journey.empty() || o.bench_frames > 0 || o.bench_speech > 0 || !o.card_control.empty()))
        throw std::invalid_argument(
            "--journey, --bench-frames, --bench-speech and --card-control only work with --headless");
    return o;
}

} // namespace kiosk::app
