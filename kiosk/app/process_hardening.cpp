#include "kiosk/app/process_hardening.hpp"

#include "kiosk/util/log.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <initializer_list>
#include <malloc.h>
#include <string>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

namespace kiosk::app {
namespace {

// Sanitizers bring their own allocator; glibc's tunables and M_PERTURB mean nothing there, and
// mlockall would try to lock their terabytes of shadow memory.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
constexpr bool own_allocator = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
constexpr bool own_allocator = true;
#else
constexpr bool own_allocator = false;
#endif
#else
constexpr bool own_allocator = false;
#endif

constexpr const char* no_tcache = "glibc.malloc.tcache_count=0";
constexpr long long lockable_floor = 1LL << 30; // the kiosk may grow to this; below, locking would break it

// Every byte glibc frees is overwritten with 0 (the low byte of the value); fresh blocks get 0xff.
constexpr int perturb_to_zero = 0x100;

} // namespace

void restart_with_safe_malloc(char** argv) {
    if (own_allocator) return;
    const char* current = std::getenv("GLIBC_TUNABLES");
    std::string tunables = current ? current : "";
    if (tunables.find(no_tcache) != std::string::npos) return;
    tunables = tunables.empty() ? no_tcache : tunables + ":" + no_tcache;
    setenv("GLIBC_TUNABLES", tunables.c_str(), 1);
    execv("/proc/self/exe", argv);
    // Still here: the kiosk runs with the cache, and says so once the log is set up.
}

void harden_process() {
    // A core dump would hold whatever session was in memory: none are written, and nobody may attach.
    rlimit no_core{0, 0};
    setrlimit(RLIMIT_CORE, &no_core);
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    // libcurl and OpenSSL read these: a proxy would see every request (and with a CA in the environment,
    // its contents), a key log file would decrypt them later. The kiosk's traffic goes direct, or not.
    for (const char* name :
         {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "all_proxy", "NO_PROXY",
          "no_proxy", "SSLKEYLOGFILE", "CURL_CA_BUNDLE", "SSL_CERT_FILE", "SSL_CERT_DIR", "CURL_HOME"})
        unsetenv(name);
    if (own_allocator) return;

    // The safety net under the wiping containers: whatever else frees personal data (libcurl's buffers,
    // a parser's temporaries) frees zeros.
    mallopt(M_PERTURB, perturb_to_zero);
    const char* tunables = std::getenv("GLIBC_TUNABLES");
    if (!tunables || !std::strstr(tunables, no_tcache))
        log::warning("memory: glibc's tcache is on; small freed blocks are not zeroed");

    // Nothing of a session may reach the swap partition. Locked only where the limit lets the kiosk
    // grow (systemd: LimitMEMLOCK=infinity); a low limit would make later allocations fail.
    rlimit lock{};
    getrlimit(RLIMIT_MEMLOCK, &lock);
    bool may_lock = geteuid() == 0 || lock.rlim_cur == RLIM_INFINITY ||
                    static_cast<long long>(lock.rlim_cur) >= lockable_floor;
    if (!may_lock) {
        log::warning("memory: not locked (LimitMEMLOCK is below 1 GiB): pages could be swapped out");
    } else if (mlockall(MCL_CURRENT | MCL_FUTURE | MCL_ONFAULT) != 0) {
        log::warning(std::string("memory: cannot lock it against swapping: ") + std::strerror(errno));
    }
}

} // namespace kiosk::app
