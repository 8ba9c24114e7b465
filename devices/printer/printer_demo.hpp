#pragma once
// A printer that prints nothing but behaves like one: a page every second and a half, or out of paper.
#include "devices/printer/printer.hpp"
#include "kiosk/plumbing/outbox.hpp"

#include <memory>

namespace devices {

class DemoPrinter final : public Printer {
public:
    explicit DemoPrinter(kiosk::plumbing::Outbox& outbox) : outbox_(outbox) {}
    void print(std::uint64_t generation, const std::string& mime_type, const kiosk::core::Bytes& content,
               int pages) override;
    void check_ready(std::uint64_t generation) override;
    void cancel(std::uint64_t generation) override;
    void wipe() override { ++job_; }
    void set_out_of_paper(bool empty) { out_of_paper_ = empty; }

private:
    kiosk::plumbing::Outbox& outbox_;
    std::uint64_t job_ = 0; // scheduled steps of an older job see a different number and stop
    bool out_of_paper_ = false;
};

} // namespace devices
