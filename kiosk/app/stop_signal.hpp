#pragma once
// SIGTERM and SIGINT (systemd stopping the kiosk, Ctrl+C in a terminal) end the kiosk cleanly: the
// session is wiped and the ID-bellen session deleted. They are kept apart from SDL_QUIT, which in kiosk
// mode is a passer-by closing the window and is refused.
#include <functional>
#include <thread>

namespace kiosk::app {

class StopSignal {
public:
    // `wake` runs on a thread of its own after a signal, to wake the main loop.
    explicit StopSignal(std::function<void()> wake);
    ~StopSignal();
    StopSignal(const StopSignal&) = delete;
    StopSignal& operator=(const StopSignal&) = delete;

    bool requested() const;

private:
    std::function<void()> wake_;
    std::thread watcher_;
};

} // namespace kiosk::app
