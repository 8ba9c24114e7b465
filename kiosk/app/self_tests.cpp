#include "kiosk/app/self_tests.hpp"

#include "kiosk/services/documents/pdf_writer.hpp"
#include "kiosk/util/log.hpp"

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>

namespace kiosk::app {
namespace {

core::SelfTestReported report(std::string name, core::TestOutcome outcome, std::string detail = {}) {
    return core::SelfTestReported{{std::move(name), outcome, std::move(detail)}};
}

} // namespace

std::optional<std::string> network_address() {
    ifaddrs* all = nullptr;
    if (getifaddrs(&all) != 0) return std::nullopt;
    std::optional<std::string> found;
    for (auto* i = all; i && !found; i = i->ifa_next) {
        if (!i->ifa_addr || (i->ifa_flags & IFF_LOOPBACK) || !(i->ifa_flags & IFF_UP) ||
            !(i->ifa_flags & IFF_RUNNING))
            continue;
        char text[INET6_ADDRSTRLEN] = {};
        const void* address = nullptr;
        if (i->ifa_addr->sa_family == AF_INET)
            address = &reinterpret_cast<const sockaddr_in*>(i->ifa_addr)->sin_addr;
        else if (i->ifa_addr->sa_family == AF_INET6)
            address = &reinterpret_cast<const sockaddr_in6*>(i->ifa_addr)->sin6_addr;
        if (address && inet_ntop(i->ifa_addr->sa_family, address, text, sizeof text))
            found = std::string(i->ifa_name) + " " + text;
    }
    freeifaddrs(all);
    return found;
}

SelfTests::SelfTests(plumbing::Outbox& outbox, SelfTestProbes probes, std::function<TestPageFacts()> page)
    : outbox_(outbox), probes_(std::move(probes)), page_(std::move(page)) {}

void SelfTests::run_self_tests() {
    using core::TestOutcome;
    if (probes_.printer) {
        outbox_.post(report("printer", TestOutcome::running));
        probes_.printer->check_ready(core::staff_generation); // answers with PrinterChecked
    } else {
        outbox_.post(report("printer", TestOutcome::failed, "not_configured"));
    }
    if (probes_.card_reader)
        outbox_.post(probes_.card_reader->working()
                         ? report("card_reader", TestOutcome::passed)
                         : report("card_reader", TestOutcome::failed, "no_reader"));
    auto network = network_address();
    outbox_.post(network ? report("network", TestOutcome::passed, *network)
                         : report("network", TestOutcome::failed, "no_network"));
    if (probes_.phone_connected)
        if (auto connected = probes_.phone_connected())
            outbox_.post(*connected ? report("phone", TestOutcome::passed)
                                    : report("phone", TestOutcome::failed, "unreachable"));
    if (!probes_.backends) return;
    worker_.post(
        [this](const plumbing::SerialWorker::VoidNow&) {
            for (const auto& [name, state] : probes_.backends())
                outbox_.post(state == "reachable" ? report(name, TestOutcome::passed)
                                                  : report(name, TestOutcome::failed, state));
        },
        [this](const plumbing::SerialWorker::VoidNow&) {
            outbox_.post(report("network", TestOutcome::failed, "probe_failed"));
        });
}

void SelfTests::print_test_page() {
    if (!probes_.printer) {
        outbox_.post(core::PrintFailed{core::staff_generation, core::PrintFailure::printer_offline});
        return;
    }
    try {
        auto facts = page_();
        services::PdfWriter pdf(facts.municipality);
        pdf.text(facts.title, /*bold=*/true, 16);
        pdf.gap();
        for (const auto& line : facts.lines)
            pdf.paragraph(line);
        auto page = pdf.finish();
        probes_.printer->print(core::staff_generation, "application/pdf", page.bytes, page.pages);
    } catch (const std::exception& e) {
        log::warning(std::string("test page: ") + e.what());
        outbox_.post(core::PrintFailed{core::staff_generation, core::PrintFailure::job_failed});
    }
}

} // namespace kiosk::app
