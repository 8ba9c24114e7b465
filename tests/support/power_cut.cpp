// A test-only library, preloaded into the kiosk (LD_PRELOAD), that cuts the power at the worst moment
// of an atomic write: when the new file is complete and about to be renamed over the old one. With
// POWER_CUT_AT=NAME, a rename() onto a path ending in NAME kills the process (SIGKILL) instead.
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <unistd.h>

extern "C" int rename(const char* from, const char* to) {
    const char* at = std::getenv("POWER_CUT_AT");
    if (at && *at) {
        std::size_t n = std::strlen(to), m = std::strlen(at);
        if (n >= m && std::strcmp(to + n - m, at) == 0) {
            static const char line[] = "power cut: before rename\n";
            ssize_t ignored = write(STDERR_FILENO, line, sizeof line - 1);
            (void)ignored;
            kill(getpid(), SIGKILL);
        }
    }
    using Rename = int (*)(const char*, const char*);
    static auto real = reinterpret_cast<Rename>(dlsym(RTLD_NEXT, "rename"));
    return real(from, to);
}
