#include "test_support.hpp"

using namespace kiosk::core;
using namespace kiosk::core::testing;

namespace {
// Print pressed and the printer said it is ready: the question is on screen.
void press_print(State& s) {
    update(s, PrintPressed{});
    update(s, PrinterChecked{s.session->generation, std::nullopt});
}
} // namespace

TEST_CASE("printing checks the printer, asks, then sends the document with its page count") {
    State s = on_document_screen(2);
    CHECK(update(s, PrintPressed{}) == Effects{CheckPrinter{s.session->generation}});
    CHECK(std::holds_alternative<PrintChecking>(s.session->print));
    CHECK(update(s, PrintConfirmed{}).empty()); // no question yet, so no answer
    CHECK(update(s, PrinterChecked{s.session->generation, std::nullopt}).empty());
    CHECK(std::holds_alternative<PrintConfirming>(s.session->print));
    auto effects = update(s, PrintConfirmed{});
    REQUIRE(effects.size() == 1);
    const auto& order = std::get<PrintDocument>(effects[0]);
    CHECK(order.pages == 2);
    CHECK(order.generation == s.session->generation);
    CHECK(std::get<Printing>(s.session->print).pages == 2);
    CHECK(std::get<Printing>(s.session->print).deadline == s.now + 2 * s.policy.print_page_timeout);
}

TEST_CASE("saying no to the question prints nothing") {
    State s = on_document_screen();
    press_print(s);
    CHECK(update(s, PrintDismissed{}).empty());
    CHECK(std::holds_alternative<PrintIdle>(s.session->print));
    CHECK(update(s, PrintConfirmed{}).empty());
}

TEST_CASE("progress, completion and the papers reminder at logout") {
    State s = on_document_screen(2);
    auto g = s.session->generation;
    press_print(s);
    update(s, PrintConfirmed{});
    update(s, PrintProgressed{g, 1, 2});
    CHECK(std::get<Printing>(s.session->print).page == 1);
    update(s, PrintDone{g});
    CHECK(std::holds_alternative<Printed>(s.session->print));
    CHECK(s.session->pages_printed == 2);
    update(s, StopPressed{});
    CHECK(s.papers_to_collect);
}

TEST_CASE("a printer failure is shown with its reason") {
    State s = on_document_screen();
    auto g = s.session->generation;
    press_print(s);
    update(s, PrintConfirmed{});
    update(s, PrintFailed{g, PrintFailure::out_of_paper});
    CHECK(std::get<PrintFailedStage>(s.session->print).reason == PrintFailure::out_of_paper);
}

TEST_CASE("the page limit per session is enforced before anything is sent") {
    State s = on_document_screen(15);
    s.max_pages_per_session = 20;
    auto g = s.session->generation;
    press_print(s);
    update(s, PrintConfirmed{});
    update(s, PrintDone{g});
    CHECK(update(s, PrintPressed{}).empty()); // not even the printer is asked
    CHECK(std::get<PrintFailedStage>(s.session->print).reason == PrintFailure::too_many_pages);
}

TEST_CASE("logging out while printing cancels the job so nothing prints for the next person") {
    State s = on_document_screen();
    auto g = s.session->generation;
    press_print(s);
    update(s, PrintConfirmed{});
    auto effects = update(s, StopPressed{});
    CHECK(effects == Effects{CancelPrint{g}, WipeSession{g}});
}

TEST_CASE("a printer that stays silent is given up on, and its job cancelled") {
    State s = on_document_screen(1);
    auto g = s.session->generation;
    press_print(s);
    update(s, PrintConfirmed{});
    update(s, PrintProgressed{g, 1, 1}); // then nothing more
    auto effects = update(s, ClockTicked{s.now + s.policy.print_page_timeout});
    CHECK(effects == Effects{CancelPrint{g}});
    CHECK(std::get<PrintFailedStage>(s.session->print).reason == PrintFailure::timed_out);
}

TEST_CASE("opening another document while printing keeps the print going") {
    State s = on_document_screen(1);
    auto g = s.session->generation;
    press_print(s);
    update(s, PrintConfirmed{});
    update(s, BackPressed{});
    update(s, DocumentSelected{"doc1"});
    REQUIRE(std::holds_alternative<Printing>(s.session->print));
    update(s, PrintDone{g});
    CHECK(s.session->pages_printed == 1);
}

TEST_CASE("a printer that is not ready is named before the resident is asked anything") {
    State s = on_document_screen();
    auto g = s.session->generation;
    update(s, PrintPressed{});
    update(s, PrinterChecked{g, PrintFailure::paper_jam});
    CHECK(std::get<PrintFailedStage>(s.session->print).reason == PrintFailure::paper_jam);
    CHECK(update(s, PrintConfirmed{}).empty());
    // Pressing again asks the printer again: a volunteer may have cleared the jam.
    CHECK(update(s, PrintPressed{}) == Effects{CheckPrinter{g}});
    update(s, PrinterChecked{g, std::nullopt});
    CHECK(std::holds_alternative<PrintConfirming>(s.session->print));
}

TEST_CASE("a printer that does not answer the check counts as not working") {
    State s = on_document_screen();
    update(s, PrintPressed{});
    CHECK(update(s, ClockTicked{s.now + s.policy.print_check_timeout}).empty());
    CHECK(std::get<PrintFailedStage>(s.session->print).reason == PrintFailure::printer_offline);
    update(s, PrinterChecked{s.session->generation, std::nullopt}); // too late: ignored
    CHECK(std::holds_alternative<PrintFailedStage>(s.session->print));
}

TEST_CASE("the answer of a check for an earlier session is ignored") {
    State s = on_document_screen();
    update(s, PrintPressed{});
    update(s, PrinterChecked{s.session->generation + 1, std::nullopt});
    CHECK(std::holds_alternative<PrintChecking>(s.session->print));
}
