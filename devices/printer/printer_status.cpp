#include "devices/printer/printer_status.hpp"

#include "devices/printer/cups_settings.hpp"

#include <charconv>

#include <array>
#include <string_view>
#include <utility>

namespace devices {

std::optional<CupsServer> parse_cups_server(std::string_view text) {
    if (text.starts_with("/")) {
        if (text.size() > 107 || text.find('\0') != std::string_view::npos) return std::nullopt; // sun_path
        return CupsServer{std::string(text), 0, true};
    }
    std::string_view host = text, port;
    if (text.starts_with("[")) {
        auto close = text.find(']');
        if (close == std::string_view::npos) return std::nullopt;
        host = text.substr(0, close + 1);
        if (close + 1 < text.size()) {
            if (text[close + 1] != ':') return std::nullopt;
            port = text.substr(close + 2);
        }
    } else if (auto colon = text.find(':'); colon != std::string_view::npos) {
        host = text.substr(0, colon);
        port = text.substr(colon + 1);
    }
    if (host != "localhost" && host != "127.0.0.1" && host != "[::1]") return std::nullopt;
    CupsServer server{std::string(host), 631, false};
    if (!port.empty() || text.ends_with(":")) {
        auto [end, error] = std::from_chars(port.data(), port.data() + port.size(), server.port);
        if (error != std::errc() || end != port.data() + port.size() || server.port < 1 ||
            server.port > 65535)
            return std::nullopt;
    }
    return server;
}
namespace {

using kiosk::core::PrintFailure;

// Keywords from RFC 8011 §5.4.12 and the PWG 5100.9 additions, most specific first.
constexpr std::array<std::pair<std::string_view, PrintFailure>, 14> known_reasons{{
    {"media-empty", PrintFailure::out_of_paper},
    {"media-needed", PrintFailure::out_of_paper},
    {"input-tray-missing", PrintFailure::out_of_paper},
    {"media-jam", PrintFailure::paper_jam},
    {"toner-empty", PrintFailure::toner_empty},
    {"marker-supply-empty", PrintFailure::toner_empty},
    {"marker-waste-full", PrintFailure::toner_empty},
    {"door-open", PrintFailure::cover_open},
    {"cover-open", PrintFailure::cover_open},
    {"interlock-open", PrintFailure::cover_open},
    {"offline", PrintFailure::printer_offline},
    {"shutdown", PrintFailure::printer_offline},
    {"paused", PrintFailure::printer_offline},
    {"connecting-to-device", PrintFailure::printer_offline},
}};

struct Reason {
    std::string_view keyword;
    bool blocks;
};

Reason split(std::string_view reason) {
    for (std::string_view soft : {"-warning", "-report"})
        if (reason.ends_with(soft)) return {reason.substr(0, reason.size() - soft.size()), false};
    if (reason.ends_with("-error")) return {reason.substr(0, reason.size() - 6), true};
    // CUPS's own reasons ("cups-waiting-for-job-completed", "cups-missing-filter" without a suffix
    // is an error though) are informational unless they say error.
    if (reason.starts_with("cups-") && reason != "cups-missing-filter") return {reason, false};
    return {reason, reason != "none"};
}

} // namespace

std::optional<PrintFailure> printer_problem(const PrinterStatus& printer) {
    std::optional<PrintFailure> found;
    for (const auto& text : printer.reasons) {
        auto reason = split(text);
        if (!reason.blocks) continue;
        auto failure = PrintFailure::printer_offline; // an error we have no words for
        for (const auto& [keyword, mapped] : known_reasons)
            if (reason.keyword == keyword) failure = mapped;
        // A specific reason says more to the volunteer who comes to help than "not working".
        if (!found || *found == PrintFailure::printer_offline) found = failure;
    }
    if (found) return found;
    if (printer.state == PrinterStatus::State::stopped || !printer.accepting_jobs)
        return PrintFailure::printer_offline;
    return std::nullopt;
}

JobVerdict judge_job(const JobStatus& job, const PrinterStatus& printer) {
    using S = JobStatus::State;
    switch (job.state) {
    case S::completed:
        return {JobVerdict::Kind::done};
    case S::canceled:
    case S::aborted:
    case S::held: // nobody at the kiosk can release it
        return {JobVerdict::Kind::failed, printer_problem(printer).value_or(PrintFailure::job_failed)};
    case S::processing_stopped:
        return {JobVerdict::Kind::failed, printer_problem(printer).value_or(PrintFailure::printer_offline)};
    case S::pending:
    case S::processing:
        // Still under way, unless the printer cannot go on (a pending job on a paused queue waits for ever).
        if (auto problem = printer_problem(printer)) return {JobVerdict::Kind::failed, *problem};
        return {JobVerdict::Kind::waiting};
    }
    return {JobVerdict::Kind::failed};
}

std::optional<PrinterStatus::State> parse_printer_state(int value) {
    if (value < 3 || value > 5) return std::nullopt;
    return static_cast<PrinterStatus::State>(value);
}

std::optional<JobStatus::State> parse_job_state(int value) {
    if (value < 3 || value > 9) return std::nullopt;
    return static_cast<JobStatus::State>(value);
}

} // namespace devices
