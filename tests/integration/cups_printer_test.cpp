// The CUPS printer against a real private cupsd with the kiosk's own cupsd.conf and a cups-pdf queue.
#include "../support/pdf_pages.hpp"
#include "cups_peer.hpp"
#include "devices/printer/cups_printer.hpp"
#include "event_sink.hpp"
#include "kiosk/services/documents/case_overview_pdf.hpp"
#include "kiosk/services/documents/letter_pdf.hpp"
#include "kiosk/util/json_reader.hpp"
#include "skip.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <csignal>
#include <memory>
#include <thread>

using namespace kiosk::core;
using std::chrono::seconds;
using testing_peers::CupsPeer;
using testing_peers::EventSink;

namespace {

constexpr std::uint64_t generation = 7;

kiosk::services::RenderedPdf letter(int paragraphs) {
    kiosk::services::Letter l{
        "Gemeente Voorbeeld", "1 december 2026", "Besluit", "ZAAK-2026-0001", {}, "Team"};
    for (int i = 0; i < paragraphs; ++i)
        l.paragraphs.push_back(
            "Dit is een alinea die lang genoeg is om over meer dan een regel te lopen op een A4.");
    return kiosk::services::render_letter_pdf(l);
}

std::optional<PrintFailure> check(const devices::CupsSettings& settings) {
    EventSink sink;
    devices::CupsPrinter printer(sink, settings);
    printer.check_ready(generation);
    auto checked = sink.wait_for<PrinterChecked>(seconds(10));
    REQUIRE(checked);
    CHECK(checked->generation == generation);
    return checked->problem;
}

// Prints and returns the outcome: PrintDone or PrintFailed.
Event print(const devices::CupsSettings& settings, const kiosk::services::RenderedPdf& pdf) {
    EventSink sink;
    devices::CupsPrinter printer(sink, settings);
    printer.print(generation, "application/pdf", pdf.bytes, pdf.pages);
    auto outcome = sink.first_of<PrintDone, PrintFailed>(seconds(60));
    REQUIRE(outcome);
    return *outcome;
}

PrintFailure failure(const Event& e) {
    REQUIRE(std::holds_alternative<PrintFailed>(e));
    return std::get<PrintFailed>(e).reason;
}

// cupsd removes a finished job's files at once; give it the moment it needs to say so.
bool settles(CupsPeer& cups) {
    for (int i = 0; i < 50; ++i) {
        if (cups.active_jobs() == 0 && cups.spooled_documents().empty()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return false;
}

} // namespace

TEST_CASE("printing on a private cupsd") {
    if (!CupsPeer::can_run())
        testing_peers::skip_test("the CUPS tests need root, cupsd and cups-pdf (provisioning/setup.sh)");
    CupsPeer cups;
    auto two_pages = letter(40);
    REQUIRE(two_pages.pages == 2);

    SUBCASE("a document comes out whole, with its page count, and no copy stays behind") {
        CHECK_FALSE(check(cups.settings("kiosk-pdf")));
        EventSink sink;
        devices::CupsPrinter printer(sink, cups.settings("kiosk-pdf"));
        auto started = std::chrono::steady_clock::now();
        printer.print(generation, "application/pdf", two_pages.bytes, two_pages.pages);
        REQUIRE(sink.wait_for<PrintProgressed>(seconds(10))); // the job was accepted
        auto accepted_ms =
            std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
        MESSAGE("print to job accepted: " << accepted_ms.count() << " ms");
        auto outcome = sink.first_of<PrintDone, PrintFailed>(seconds(60));
        REQUIRE(outcome);
        REQUIRE(std::holds_alternative<PrintDone>(*outcome));
        CHECK(std::get<PrintDone>(*outcome).generation == generation);
        auto pdfs = cups.output_pdfs();
        REQUIRE(pdfs.size() == 1);
        auto text = kiosk::util::read_text_file(pdfs[0]);
        CHECK(testing_support::pdf_page_count(std::vector<unsigned char>{text.begin(), text.end()}) == 2);
        CHECK(settles(cups));
    }

    SUBCASE("the overview of a case prints like any document") {
        kiosk::services::CaseOverview o{"Gemeente Voorbeeld",
                                        KIOSK_SOURCE_DIR "/content/theme/logo.png",
                                        "Aanvraag paspoort",
                                        "Nummer: ZAAK-2026-0142",
                                        "Deze aanvraag loopt nog.",
                                        "Stappen",
                                        {},
                                        "Volgende stap: Paspoort ligt klaar",
                                        "",
                                        "Geprint op 1 december 2026 op de zuil Zuil Bibliotheek Centrum."};
        using Mark = kiosk::services::PdfWriter::Mark;
        o.steps = {{Mark::done, "Aanvraag ontvangen, 2 november 2026"},
                   {Mark::current, "Paspoort wordt gemaakt, 5 november 2026"},
                   {Mark::coming, "Paspoort ligt klaar"}};
        auto overview = kiosk::services::render_case_overview_pdf(o);
        REQUIRE(std::holds_alternative<PrintDone>(print(cups.settings("kiosk-pdf"), overview)));
        auto pdfs = cups.output_pdfs();
        REQUIRE(pdfs.size() == 1);
        auto text = kiosk::util::read_text_file(pdfs[0]);
        CHECK(testing_support::pdf_page_count(std::vector<unsigned char>{text.begin(), text.end()}) ==
              overview.pages);
        CHECK(settles(cups));
    }

    SUBCASE("a queue that refuses jobs is named before printing, and takes no job") {
        REQUIRE(cups.admin("cupsreject", "kiosk-pdf"));
        CHECK(check(cups.settings("kiosk-pdf")) == PrintFailure::printer_offline);
        CHECK(failure(print(cups.settings("kiosk-pdf"), two_pages)) == PrintFailure::printer_offline);
        CHECK(cups.active_jobs() == 0);
    }

    SUBCASE("a paused queue: no job is left waiting to print later for the next person") {
        REQUIRE(cups.admin("cupsdisable", "kiosk-pdf"));
        CHECK(check(cups.settings("kiosk-pdf")) == PrintFailure::printer_offline);
        CHECK(failure(print(cups.settings("kiosk-pdf"), two_pages)) == PrintFailure::printer_offline);
        CHECK(cups.active_jobs() == 0);
        REQUIRE(cups.admin("cupsenable", "kiosk-pdf"));
        // The queue runs again: a job printed now comes out after anything left waiting before it.
        REQUIRE(std::holds_alternative<PrintDone>(print(cups.settings("kiosk-pdf"), letter(1))));
        CHECK(cups.output_pdfs().size() == 1); // only the new one: nothing of the refused job came out
    }

    SUBCASE("a printer out of paper: the job is given up and the reason stays until it is fixed") {
        CHECK(failure(print(cups.settings("kiosk-paperless"), two_pages)) == PrintFailure::out_of_paper);
        CHECK(settles(cups));
        CHECK(check(cups.settings("kiosk-paperless")) == PrintFailure::out_of_paper);
    }

    SUBCASE("a job that takes too long is cancelled by the kiosk itself") {
        auto settings = cups.settings("kiosk-slow");
        settings.job_timeout = seconds(2);
        CHECK(failure(print(settings, two_pages)) == PrintFailure::timed_out);
        CHECK(settles(cups));
    }

    SUBCASE("cancel and wipe stop the job silently: nothing is posted, nothing prints") {
        for (bool by_wipe : {false, true}) {
            EventSink sink;
            devices::CupsPrinter printer(sink, cups.settings("kiosk-slow"));
            printer.print(generation, "application/pdf", two_pages.bytes, two_pages.pages);
            REQUIRE(sink.wait_for<PrintProgressed>(seconds(10)));
            REQUIRE(cups.active_jobs() == 1);
            if (by_wipe)
                printer.wipe();
            else
                printer.cancel(generation);
            CHECK(settles(cups));
            CHECK(sink.count_of<PrintDone>() + sink.count_of<PrintFailed>() == 0);
        }
    }

    SUBCASE("a cancel cupsd did not take is tried again by itself, before the job can come out") {
        auto settings = cups.settings("kiosk-slow"); // 20 s per job: it would finish after the retry
        settings.request_timeout = seconds(2);
        settings.cancel_retry = seconds(1);
        EventSink sink;
        auto printer = std::make_unique<devices::CupsPrinter>(sink, settings);
        printer->print(generation, "application/pdf", two_pages.bytes, two_pages.pages);
        REQUIRE(sink.wait_for<PrintProgressed>(seconds(10)));
        REQUIRE(cups.active_jobs() == 1);
        REQUIRE(kill(cups.cupsd_pid(), SIGSTOP) == 0); // cupsd hangs: the kiosk's cancel times out
        printer->cancel(generation);
        auto started = std::chrono::steady_clock::now();
        for (int i = 0; i < 100 && printer->orphaned_jobs() == 0; ++i) // the cancel timed out
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        REQUIRE(printer->orphaned_jobs() == 1);
        REQUIRE(kill(cups.cupsd_pid(), SIGCONT) == 0);
        // Nobody prints or checks again: the kiosk's own timer asks cupsd once more, and the job is gone
        // long before its 20 s would have let it finish.
        for (int i = 0; i < 100 && printer->orphaned_jobs() > 0; ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        CHECK(printer->orphaned_jobs() == 0);
        CHECK(settles(cups));
        CHECK(std::chrono::steady_clock::now() - started < seconds(15));
        CHECK(sink.count_of<PrinterChecked>() == 0);
        sink.stop_timers();
    }

    SUBCASE("another local user can neither touch the kiosk's job nor change the printers") {
        EventSink sink;
        devices::CupsPrinter printer(sink, cups.settings("kiosk-slow"));
        printer.print(generation, "application/pdf", two_pages.bytes, two_pages.pages);
        REQUIRE(sink.wait_for<PrintProgressed>(seconds(10)));
        REQUIRE(cups.active_jobs() == 1);
        CHECK_FALSE(cups.as_user("nobody", "cancel -a kiosk-slow"));
        CHECK_FALSE(cups.as_user("nobody", "lpmove kiosk-slow kiosk-pdf"));
        CHECK_FALSE(cups.as_user("nobody", "cupsdisable kiosk-pdf"));
        CHECK_FALSE(cups.as_user("nobody", "lpadmin -p kiosk-pdf -v file:/tmp/stolen"));
        CHECK(cups.active_jobs() == 1); // still there, still on its queue
        CHECK(cups.as_user("nobody",
                           "lpstat -p kiosk-pdf")); // looking is allowed: the user exists, cupsd answers
        printer.cancel(generation);                 // its owner, the kiosk, can
        CHECK(settles(cups));
    }

    SUBCASE("a document the printer cannot take is refused before anything is sent") {
        EventSink sink;
        devices::CupsPrinter printer(sink, cups.settings("kiosk-pdf"));
        printer.print(generation, "application/msword", two_pages.bytes, 1);
        auto outcome = sink.first_of<PrintDone, PrintFailed>(seconds(10));
        REQUIRE(outcome);
        CHECK(failure(*outcome) == PrintFailure::job_failed);
        CHECK(cups.active_jobs() == 0);
    }
}

TEST_CASE("a cupsd that is not running: the printer counts as not working, at once") {
    devices::CupsSettings settings;
    settings.queue = "kiosk-pdf";
    settings.server = "/tmp/kiosk-no-cupsd-here.sock";
    settings.request_timeout = seconds(2);
    EventSink sink;
    devices::CupsPrinter printer(sink, settings);
    auto started = std::chrono::steady_clock::now();
    printer.check_ready(generation);
    auto checked = sink.wait_for<PrinterChecked>(seconds(10));
    REQUIRE(checked);
    CHECK(checked->problem == PrintFailure::printer_offline);
    printer.print(generation, "application/pdf", letter(1).bytes, 1);
    auto outcome = sink.first_of<PrintDone, PrintFailed>(seconds(10));
    REQUIRE(outcome);
    CHECK(failure(*outcome) == PrintFailure::printer_offline);
    CHECK(std::chrono::steady_clock::now() - started < seconds(5));
}
