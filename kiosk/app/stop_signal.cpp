#include "kiosk/app/stop_signal.hpp"

#include <atomic>
#include <cerrno>
#include <csignal>
#include <semaphore.h>
#include <stdexcept>

namespace kiosk::app {
namespace {

// A signal handler may only touch lock-free atomics and async-signal-safe calls: it sets the flag and
// posts the semaphore; the watcher thread does the rest.
std::atomic<bool> stop_requested{false};
std::atomic<bool> closing{false};
sem_t signalled;

extern "C" void on_stop_signal(int) {
    stop_requested.store(true);
    sem_post(&signalled);
}

void set_handler(int signal, void (*handler)(int)) {
    struct sigaction action {};
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(signal, &action, nullptr);
}

} // namespace

StopSignal::StopSignal(std::function<void()> wake) : wake_(std::move(wake)) {
    static_assert(std::atomic<bool>::is_always_lock_free);
    if (sem_init(&signalled, 0, 0) != 0) throw std::runtime_error("cannot set up the stop signal");
    stop_requested.store(false);
    closing.store(false);
    watcher_ = std::thread([this] {
        while (!closing.load()) {
            if (sem_wait(&signalled) != 0) continue; // EINTR
            if (stop_requested.load() && !closing.load()) wake_();
        }
    });
    set_handler(SIGTERM, on_stop_signal);
    set_handler(SIGINT, on_stop_signal);
}

StopSignal::~StopSignal() {
    set_handler(SIGTERM, SIG_DFL);
    set_handler(SIGINT, SIG_DFL);
    closing.store(true);
    sem_post(&signalled);
    watcher_.join();
    sem_destroy(&signalled);
}

bool StopSignal::requested() const {
    return stop_requested.load();
}

} // namespace kiosk::app
