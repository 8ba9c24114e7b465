#include "kiosk/app/process_hardening.hpp"

#include <cstdlib>
#include <initializer_list>
#include <sys/prctl.h>
#include <sys/resource.h>

namespace kiosk::app {

void harden_process() {
    // A core dump would hold whatever session was in memory: none are written, and nobody may attach.
    rlimit no_core{0, 0};
    setrlimit(RLIMIT_CORE, &no_core);
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    // libcurl and OpenSSL read these: a proxy would see every request (and with a CA in the environment,
    // its contents), a key log file would decrypt them later. The kiosk's traffic goes direct, or not.
    for (const char* name : {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "all_proxy",
                             "NO_PROXY", "no_proxy", "SSLKEYLOGFILE", "CURL_CA_BUNDLE", "SSL_CERT_FILE",
                             "SSL_CERT_DIR", "CURL_HOME"})
        unsetenv(name);
}

} // namespace kiosk::app
