#pragma once
// Maintenance's self-tests, run by the shell for the core: the printer (its readiness, and a test page
// on demand), the card reader, the network, every backend and the phone. Results come back as
// SelfTestReported events; the blocking backend probes run on a worker thread of their own.
#include "devices/card/card_reader.hpp"
#include "devices/printer/printer.hpp"
#include "kiosk/plumbing/outbox.hpp"
#include "kiosk/plumbing/serial_worker.hpp"
#include "kiosk/services/backends.hpp"

#include <functional>
#include <map>
#include <optional>
#include <string>

namespace kiosk::app {

struct SelfTestProbes {
    devices::Printer* printer = nullptr;                  // none: the kiosk has no printer configured
    const devices::CardReader* card_reader = nullptr;     // none: no staff badges configured
    std::function<std::optional<bool>()> phone_connected; // nullopt: no phone
    // name -> "reachable", "unreachable" or "timed_out"; blocking (kiosk/fleet/backend_probe.hpp)
    std::function<std::map<std::string, std::string>()> backends;
};

// What the test page says: no resident, only the kiosk.
struct TestPageFacts {
    std::string municipality;
    std::string title;              // "Testpagina van de zuil"
    std::vector<std::string> lines; // the kiosk's name, the time, the software version, "no personal data"
};

class SelfTests final : public services::SelfTester {
public:
    SelfTests(plumbing::Outbox& outbox, SelfTestProbes probes, std::function<TestPageFacts()> page);
    void run_self_tests() override;
    void print_test_page() override;

private:
    plumbing::Outbox& outbox_;
    SelfTestProbes probes_;
    std::function<TestPageFacts()> page_;
    plumbing::SerialWorker worker_; // last: stops before what its tasks use
};

// The first network interface that is up and has an address, as "eth0 192.0.2.10"; nothing otherwise.
std::optional<std::string> network_address();

} // namespace kiosk::app
