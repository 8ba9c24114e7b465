// Documents from servers are counted and drawn by the sandboxed helper, never in the kiosk: ordinary
// letters work, and damaged or hostile ones end in "cannot be shown" within the time limits while the
// kiosk goes on. The sandbox itself refuses network, files and programs.
#include "../../support/hostile_pdfs.hpp"
#include "../../support/pdf_pages.hpp"
#include "kiosk/pdf_helper/protocol.hpp"
#include "kiosk/services/documents/letter_pdf.hpp"

#include <doctest/doctest.h>

#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sys/wait.h>
#include <thread>

using namespace kiosk::services;
using namespace testing_support;
using Clock = std::chrono::steady_clock;

namespace {

RenderedPdf letter(int paragraphs) {
    Letter l{"Gemeente Voorbeeld", "2 november 2026", "Besluit", "ZAAK-2026-0001", {}, "Team"};
    for (int i = 0; i < paragraphs; ++i)
        l.paragraphs.push_back(
            "Dit is een alinea die lang genoeg is om over meer dan een regel te lopen op een A4.");
    return render_letter_pdf(l);
}

double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// The helper's exit for `kiosk-pdf-helper probe WHAT`: killed by which signal, or its exit code.
std::string probe(const char* what) {
    auto command = std::string(KIOSK_PDF_HELPER) + " probe " + what + " </dev/null 2>/dev/null";
    int status = std::system(command.c_str());
    if (WIFSIGNALED(status)) return "signal " + std::to_string(WTERMSIG(status));
    int code = WEXITSTATUS(status);
    if (code > 128) return "signal " + std::to_string(code - 128); // the shell reports a killed child so
    return "exit " + std::to_string(code);
}

bool any_pixel(const PageImage& image) {
    for (auto b : image.argb)
        if (b != 0) return true;
    return false;
}

} // namespace

TEST_CASE("an ordinary letter is counted and drawn by the helper, scaled to fit") {
    auto pdf = letter(40);
    REQUIRE(pdf.pages == 2);
    PdfSandbox sandbox(test_sandbox());
    auto count = sandbox.count_pages(pdf.bytes);
    CHECK(count.pages == 2);
    auto render = sandbox.render_page(pdf.bytes, 1, 630, 765);
    REQUIRE(render.image);
    CHECK(render.image->pages == 2);
    CHECK(render.image->width <= 631);
    CHECK(render.image->height <= 766);
    CHECK((render.image->width >= 629 || render.image->height >= 764)); // fitted, not shrunk
    CHECK(render.image->argb.size() ==
          static_cast<std::size_t>(render.image->width * render.image->height * 4));
    CHECK(any_pixel(*render.image));
    CHECK_FALSE(sandbox.render_page(pdf.bytes, 2, 630, 765).image); // no third page
}

TEST_CASE("text in the standard fonts, not embedded, is drawn with fonts found inside the sandbox") {
    auto pdf = standard_font_pdf();
    PdfSandbox sandbox(test_sandbox());
    CHECK(sandbox.count_pages(pdf).pages == 1);
    auto render = sandbox.render_page(pdf, 0, 630, 765);
    REQUIRE(render.image); // fontconfig's look-ups (fstatfs, its cache) are inside the filter
    CHECK(any_pixel(*render.image));
}

TEST_CASE("damaged and foreign bytes cannot be read, and say so at once") {
    PdfSandbox sandbox(test_sandbox());
    auto pdf = letter(5).bytes;
    std::vector<unsigned char> truncated(pdf.begin(), pdf.begin() + static_cast<long>(pdf.size() / 3));
    std::vector<unsigned char> garbage(4096);
    for (std::size_t i = 0; i < garbage.size(); ++i)
        garbage[i] = static_cast<unsigned char>((i * 7919) ^ (i >> 3));
    std::string header_only = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj<<>>endobj\n";
    for (const auto& bytes :
         {truncated, garbage, std::vector<unsigned char>(header_only.begin(), header_only.end()),
          std::vector<unsigned char>{}}) {
        auto start = Clock::now();
        auto count = sandbox.count_pages(bytes);
        CHECK_FALSE(count.pages);
        CHECK(count.failure == SandboxFailure::unreadable);
        CHECK_FALSE(sandbox.render_page(bytes, 0, 100, 100).image);
        CHECK(seconds_since(start) < 2);
    }
}

TEST_CASE("a decompression bomb is stopped by the helper's limits; the kiosk gets no page") {
    auto bomb = stream_bomb_pdf(1500); // 1.5 GB of content from about 1.5 MB
    REQUIRE(bomb.size() < 4u << 20);
    auto settings = test_sandbox();
    settings.render_timeout = std::chrono::seconds(5);
    PdfSandbox sandbox(settings);
    auto start = Clock::now();
    auto render = sandbox.render_page(bomb, 0, 630, 765);
    auto took = seconds_since(start);
    CHECK_FALSE(render.image);
    CHECK(took < 7); // the wall clock limit holds even when the helper does not give up by itself
    MESSAGE("stream bomb: " << std::string(failure_name(render.failure)) << " after " << took << " s");
}

TEST_CASE("an image of 40000 x 40000 pixels: drawn scaled down or refused, within the time limit") {
    // poppler streams images row by row, so this one does not need its 4.8 GB; what it may take is
    // bounded by the helper's limits either way (the memory limit itself: the probe test below).
    auto bomb = image_bomb_pdf();
    PdfSandbox sandbox(test_sandbox());
    auto start = Clock::now();
    auto render = sandbox.render_page(bomb, 0, 630, 765);
    if (render.image) {
        CHECK(render.image->width <= 631);
        CHECK(render.image->height <= 766);
    }
    MESSAGE(
        "image bomb: " << (render.image ? std::string("drawn") : std::string(failure_name(render.failure)))
                       << " after " << seconds_since(start) << " s");
    CHECK(seconds_since(start) < 16);
}

TEST_CASE("a helper killed in the middle of a page gives no picture, and the next page is drawn again") {
    auto slow = slow_pdf();
    PdfSandbox sandbox(test_sandbox());
    std::jthread killer;
    sandbox.on_started = [&](pid_t pid) {
        killer = std::jthread([pid] {
            std::this_thread::sleep_for(std::chrono::milliseconds(150)); // well inside the drawing
            kill(pid, SIGKILL);
        });
    };
    auto render = sandbox.render_page(slow, 0, 630, 765);
    CHECK_FALSE(render.image);
    CHECK(render.failure == SandboxFailure::crashed);
    killer = {};
    sandbox.on_started = nullptr;
    CHECK(sandbox.render_page(letter(3).bytes, 0, 630, 765).image); // a fresh helper per document
}

TEST_CASE("a render that is no longer wanted is stopped at once") {
    auto slow = slow_pdf();
    PdfSandbox sandbox(test_sandbox());
    auto start = Clock::now();
    auto render = sandbox.render_page(slow, 0, 630, 765, [&] { return seconds_since(start) > 0.2; });
    CHECK(render.failure == SandboxFailure::cancelled);
    CHECK(seconds_since(start) < 1);
}

TEST_CASE("inside the sandbox there is no network, no writing files, no other program, no gigabytes") {
    CHECK(probe("socket") == "signal " + std::to_string(SIGSYS));
    CHECK(probe("write_file") == "exit " + std::to_string(kiosk::pdf_helper::exit_probe_refused)); // EACCES
    CHECK_FALSE(std::filesystem::exists("/tmp/zuil-pdf-helper-probe"));
    CHECK(probe("exec") == "signal " + std::to_string(SIGSYS));
    CHECK(probe("memory") == "exit " + std::to_string(kiosk::pdf_helper::exit_probe_refused));
}

TEST_CASE("an answer that breaks the protocol is not believed") {
    // A stand-in helper that answers with a page far larger than asked for.
    auto fake = std::filesystem::temp_directory_path() / ("fake-pdf-helper-" + std::to_string(getpid()));
    {
        std::ofstream script(fake);
        script << "#!/bin/sh\ncat >/dev/null\nprintf "
                  "'PLUZ\\001\\000\\000\\000\\377\\377\\000\\000\\377\\377\\000\\000'\n"
                  "head -c 1000 /dev/zero\n";
    }
    std::filesystem::permissions(fake, std::filesystem::perms::owner_all);
    PdfSandbox sandbox({.helper = fake});
    auto pdf = letter(1).bytes;
    CHECK_FALSE(sandbox.render_page(pdf, 0, 100, 100).image);
    CHECK_FALSE(sandbox.count_pages(pdf).pages);
    std::filesystem::remove(fake);
}
