// Prints the kiosk's performance figures as a table: cold start to first frame, memory (PSS) after
// start, idle CPU on Welcome, frame time at 1920x1080 on the software path, and the time from a new
// screen to its first sound with speech on. Figures, not a
// pass/fail test: timing tests flake, tables do not.
//
//   kiosk_bench --kiosk build/kiosk/app/kiosk --journeys tests/bench [--runs 5] [--idle-seconds 10]
//
// Runs the windowed kiosk on whatever display is there (Xvfb in CI; SDL's dummy driver without one).
#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <utility>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

constexpr unsigned speech_hint_done_s = 22;

struct Args {
    std::string kiosk;
    std::string journeys;
    int runs = 5;
    int idle_seconds = 10;
};

struct Child {
    pid_t pid = -1;
    int err_fd = -1; // the kiosk logs "first frame presented" on stderr
};

Child spawn(const std::vector<std::string>& argv) {
    int fds[2];
    if (pipe(fds) != 0) throw std::runtime_error("pipe failed");
    pid_t pid = fork();
    if (pid < 0) throw std::runtime_error("fork failed");
    if (pid == 0) {
        dup2(fds[1], STDERR_FILENO);
        close(fds[0]);
        close(fds[1]);
        std::vector<char*> args;
        for (const auto& a : argv)
            args.push_back(const_cast<char*>(a.c_str()));
        args.push_back(nullptr);
        execv(args[0], args.data());
        _exit(127);
    }
    close(fds[1]);
    return {pid, fds[0]};
}

// Reads stderr until `marker` appears or `limit` passes; returns when it appeared.
std::optional<Clock::time_point> wait_for_line(int fd, const std::string& marker,
                                               std::chrono::seconds limit) {
    std::string seen;
    auto deadline = Clock::now() + limit;
    char buf[512];
    while (Clock::now() < deadline) {
        fd_set set;
        FD_ZERO(&set);
        FD_SET(fd, &set);
        timeval tv{0, 50'000};
        if (select(fd + 1, &set, nullptr, nullptr, &tv) > 0) {
            auto n = read(fd, buf, sizeof buf);
            if (n <= 0) return std::nullopt;
            seen.append(buf, static_cast<std::size_t>(n));
            if (seen.find(marker) != std::string::npos) return Clock::now();
        }
    }
    return std::nullopt;
}

void stop(Child& c) {
    if (c.pid > 0) {
        kill(c.pid, SIGTERM);
        int status = 0;
        waitpid(c.pid, &status, 0);
    }
    if (c.err_fd >= 0) close(c.err_fd);
    c = {};
}

long pss_kib(pid_t pid) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/smaps_rollup");
    std::string key;
    long value = 0;
    while (in >> key) {
        if (key == "Pss:") {
            in >> value;
            return value;
        }
        in.ignore(4096, '\n');
    }
    return -1;
}

double cpu_seconds(pid_t pid) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto close_paren = text.rfind(')');
    std::istringstream fields(text.substr(close_paren + 2));
    std::string f;
    long utime = 0, stime = 0;
    for (int i = 3; i <= 15 && fields >> f; ++i) {
        if (i == 14) utime = std::stol(f);
        if (i == 15) stime = std::stol(f);
    }
    return static_cast<double>(utime + stime) / static_cast<double>(sysconf(_SC_CLK_TCK));
}

// The process's children (the phone's baresip), from /proc.
std::vector<pid_t> children_of(pid_t pid) {
    std::vector<pid_t> out;
    std::error_code ignored;
    for (const auto& task :
         std::filesystem::directory_iterator("/proc/" + std::to_string(pid) + "/task", ignored)) {
        std::ifstream in(task.path() / "children");
        pid_t child = 0;
        while (in >> child)
            out.push_back(child);
    }
    return out;
}

// Idle CPU of a kiosk with a real phone configured: the kiosk runs baresip itself, connects over
// ctrl_tcp and then has nothing to do. (Not demo mode: there the phone is an in-process stand-in.)
struct PhoneIdle {
    double kiosk_percent = -1, baresip_percent = -1;
};
PhoneIdle idle_with_phone(const std::string& kiosk, int seconds) {
    auto dir = std::filesystem::temp_directory_path() / ("kiosk-bench-" + std::to_string(getpid()));
    std::filesystem::create_directories(dir);
    int base = 40000 + static_cast<int>(getpid() % 5000) * 4;
    std::ofstream(dir / "kiosk.json")
        << R"({"call": {"phone": {"control": "127.0.0.1:)" << base << R"(", "sip_listen": "127.0.0.1:)"
        << base + 1 << R"(", "account": "<sip:kiosk@127.0.0.1:)" << base + 1
        << R"(>;regint=0", "audio_source": "ausine,440", "audio_player": "alsa,null",)"
        << R"( "rtp_ports": ")" << base + 2 << "-" << base + 3
        << R"(", "extra_config": ["ausrc_srate\t48000", "ausrc_channels\t2"]}}})";
    Child child = spawn({kiosk, "--config", (dir / "kiosk.json").string(), "--windowed", "--size",
                         "1920x1080", "--software-renderer"});
    PhoneIdle idle;
    if (wait_for_line(child.err_fd, "phone: connected to baresip", std::chrono::seconds(20))) {
        sleep(2); // the first health check and the phone's first turns are not idleness
        auto phones = children_of(child.pid);
        double kiosk_before = cpu_seconds(child.pid),
               phone_before = phones.empty() ? 0 : cpu_seconds(phones[0]);
        sleep(static_cast<unsigned>(seconds));
        idle.kiosk_percent = 100.0 * (cpu_seconds(child.pid) - kiosk_before) / seconds;
        if (!phones.empty()) idle.baresip_percent = 100.0 * (cpu_seconds(phones[0]) - phone_before) / seconds;
    }
    stop(child);
    std::filesystem::remove_all(dir);
    return idle;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

std::string run_capture(const std::string& command) {
    std::string out;
    FILE* p = popen(command.c_str(), "r");
    if (!p) return out;
    char buf[512];
    while (fgets(buf, sizeof buf, p))
        out += buf;
    pclose(p);
    return out;
}

Args parse(int argc, char** argv) {
    Args a;
    for (int i = 1; i + 1 < argc; i += 2) {
        std::string k = argv[i], v = argv[i + 1];
        if (k == "--kiosk")
            a.kiosk = v;
        else if (k == "--journeys")
            a.journeys = v;
        else if (k == "--runs")
            a.runs = std::max(1, std::atoi(v.c_str()));
        else if (k == "--idle-seconds")
            a.idle_seconds = std::max(1, std::atoi(v.c_str()));
    }
    if (a.kiosk.empty() || a.journeys.empty())
        throw std::runtime_error("usage: kiosk_bench --kiosk PATH --journeys DIR");
    return a;
}

// "... median 1.4 ms, p95 1.5 ms ..." as the kiosk prints its figures; -1 where it printed none.
std::pair<double, double> median_and_p95(const std::string& output) {
    double median = -1, p95 = -1;
    if (auto pos = output.find("median "); pos != std::string::npos)
        std::sscanf(output.c_str() + pos, "median %lf ms, p95 %lf ms", &median, &p95);
    return {median, p95};
}

} // namespace

int main(int argc, char** argv) try {
    auto args = parse(argc, argv);
    const char* display = std::getenv("DISPLAY");
    if (!display || !*display) setenv("SDL_VIDEODRIVER", "dummy", 0);
    // A sound device, so speech is measured as on a kiosk: SDL's dummy one where there is no sound card.
    setenv("SDL_AUDIODRIVER", "dummy", 0);
    std::string driver = std::getenv("SDL_VIDEODRIVER") ? std::getenv("SDL_VIDEODRIVER") : "x11";
    const std::vector<std::string> windowed{args.kiosk, "--demo",    "--windowed",
                                            "--size",   "1920x1080", "--software-renderer"};

    std::vector<double> start_ms;
    long pss = -1;
    double idle_percent = -1;
    for (int run = 0; run < args.runs; ++run) {
        auto t0 = Clock::now();
        Child child = spawn(windowed);
        auto shown = wait_for_line(child.err_fd, "first frame presented", std::chrono::seconds(20));
        if (!shown) {
            stop(child);
            throw std::runtime_error("the kiosk showed no first frame within 20 s");
        }
        start_ms.push_back(std::chrono::duration<double, std::milli>(*shown - t0).count());
        if (run == args.runs - 1) { // memory and idle CPU once, on the last start
            // Idle means after Welcome's spoken hint (5 s untouched), once the sound device has closed
            // again (3 s after the last word).
            sleep(speech_hint_done_s);
            pss = pss_kib(child.pid);
            double before = cpu_seconds(child.pid);
            sleep(static_cast<unsigned>(args.idle_seconds));
            idle_percent = 100.0 * (cpu_seconds(child.pid) - before) / args.idle_seconds;
        }
        stop(child);
    }

    auto phone = idle_with_phone(args.kiosk, args.idle_seconds);

    auto frames = run_capture(args.kiosk + " --demo --headless --journey " + args.journeys +
                              "/to_cases.json --out /tmp/kiosk-bench-frames --bench-frames 300 2>/dev/null");
    auto [frame_median, frame_p95] = median_and_p95(frames);

    // Speech through the sound device (SDL's dummy one takes the audio at the real rate).
    auto speech = run_capture(args.kiosk + " --demo --headless --journey " + args.journeys +
                              "/to_cases.json --out /tmp/kiosk-bench-speech --bench-speech 40 2>/dev/null");
    auto [speech_median, speech_p95] = median_and_p95(speech);

    std::printf("\nKiosk benchmark (video driver: %s, software renderer, 1920x1080, %d starts)\n\n",
                driver.c_str(), args.runs);
    std::printf("| measure                              | figure      | goal       |\n");
    std::printf("|--------------------------------------|-------------|------------|\n");
    std::printf("| cold start to first frame (median)   | %7.0f ms  | < 300 ms   |\n", median(start_ms));
    std::printf("| PSS after start                      | %7.1f MB  | < 60 MB    |\n",
                static_cast<double>(pss) / 1024.0);
    std::printf("| idle CPU on Welcome over %2d s        | %7.2f %%   | < 0.5 %%    |\n", args.idle_seconds,
                idle_percent);
    std::printf("| idle CPU with a real phone (kiosk)   | %7.2f %%   | < 0.5 %%    |\n", phone.kiosk_percent);
    std::printf("| idle CPU of its baresip sidecar      | %7.2f %%   |            |\n",
                phone.baresip_percent);
    std::printf("| frame time, cases list (median)      | %7.2f ms  |            |\n", frame_median);
    std::printf("| frame time, cases list (p95)         | %7.2f ms  | < 12 ms    |\n", frame_p95);
    std::printf("| new screen to first sound (median)   | %7.1f ms  | < 300 ms   |\n", speech_median);
    std::printf("| new screen to first sound (p95)      | %7.1f ms  | < 300 ms   |\n", speech_p95);
    std::printf("\n");
    if (phone.kiosk_percent < 0 || phone.baresip_percent < 0) {
        std::fprintf(stderr, "kiosk_bench: the kiosk's phone never connected to its baresip: not measured\n");
        return 1;
    }
    return 0;
} catch (const std::exception& e) {
    std::fprintf(stderr, "kiosk_bench: %s\n", e.what());
    return 1;
}
