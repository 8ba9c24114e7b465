// A test-only library, preloaded into the kiosk (LD_PRELOAD), that lets a test reach into the main
// loop without any hook in the kiosk itself. It wraps SDL_WaitEventTimeout and SDL_PollEvent, which
// only the main loop calls:
//   SIGUSR1: the next call blocks forever (a hung main loop; the other threads go on);
//   SIGUSR2: the next call first posts SDL_QUIT (as a window manager's close does).
// Each prints a line on stderr when it acts, so the test waits on that line, not on time. At load it
// names the process it is in ("loop hook: in pid N"), for a kiosk started through cage or runuser.
#include <SDL.h>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <dlfcn.h>
#include <unistd.h>

namespace {

std::atomic<bool> stall{false};
std::atomic<bool> quit{false};

extern "C" void on_user_signal(int signal) {
    if (signal == SIGUSR1) stall.store(true);
    if (signal == SIGUSR2) quit.store(true);
}

__attribute__((constructor)) void install() {
    struct sigaction action {};
    action.sa_handler = on_user_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGUSR1, &action, nullptr);
    sigaction(SIGUSR2, &action, nullptr);
    std::fprintf(stderr, "loop hook: in pid %d\n", static_cast<int>(getpid()));
}

void say(const char* line) {
    ssize_t ignored = write(STDERR_FILENO, line, __builtin_strlen(line));
    (void)ignored;
}

void act() {
    if (quit.exchange(false)) {
        SDL_Event event{};
        event.type = SDL_QUIT;
        SDL_PushEvent(&event);
        say("loop hook: SDL_QUIT posted\n");
    }
    if (stall.load()) {
        say("loop hook: main loop stalled\n");
        for (;;)
            pause();
    }
}

template <class F>
F real(const char* name) {
    return reinterpret_cast<F>(dlsym(RTLD_NEXT, name));
}

} // namespace

extern "C" int SDL_WaitEventTimeout(SDL_Event* event, int timeout) {
    static auto next = real<int (*)(SDL_Event*, int)>("SDL_WaitEventTimeout");
    act();
    return next(event, timeout);
}

extern "C" int SDL_PollEvent(SDL_Event* event) {
    static auto next = real<int (*)(SDL_Event*)>("SDL_PollEvent");
    act();
    return next(event);
}
