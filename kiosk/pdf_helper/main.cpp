// kiosk-pdf-helper: counts or draws the pages of one PDF from a server, in a process of its own. The
// kiosk starts it for every document with the bytes on stdin and reads the answer from stdout; it
// holds no token, no secret and no other resident's data, has no network, limited memory and CPU time,
// and a seccomp filter around it. Whatever a hostile document does to poppler happens in here.
#include "kiosk/pdf_helper/protocol.hpp"
#include "kiosk/pdf_helper/render.hpp"
#include "kiosk/pdf_helper/sandbox.hpp"

#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <string_view>
#include <sys/socket.h>
#include <unistd.h>

using namespace kiosk::pdf_helper;

namespace {

constexpr std::size_t max_document_bytes = 256u * 1024 * 1024; // above the kiosk's own download cap

bool read_all(int fd, std::string& out) {
    char buffer[64 * 1024];
    for (;;) {
        auto n = read(fd, buffer, sizeof buffer);
        if (n == 0) return true;
        if (n < 0) return false;
        if (out.size() + static_cast<std::size_t>(n) > max_document_bytes) return false;
        out.append(buffer, static_cast<std::size_t>(n));
    }
}

bool write_all(const void* data, std::size_t size) {
    const auto* bytes = static_cast<const char*>(data);
    while (size > 0) {
        auto n = write(STDOUT_FILENO, bytes, size);
        if (n <= 0) return false;
        bytes += n;
        size -= static_cast<std::size_t>(n);
    }
    return true;
}

bool number(const char* text, int& out) {
    std::string_view s(text);
    auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), out);
    return error == std::errc() && end == s.data() + s.size();
}

// What a hijacked helper would try first. Each must end the helper (seccomp kills it with SIGSYS) or
// fail; returns 0 only if the sandbox let it through.
int probe(std::string_view what) {
    if (!enter_sandbox(Limits{})) return exit_bad_request;
    if (what == "socket") return socket(AF_INET, SOCK_STREAM, 0) >= 0 ? 0 : exit_probe_refused;
    if (what == "write_file")
        return openat(AT_FDCWD, "/tmp/zuil-pdf-helper-probe", O_WRONLY | O_CREAT, 0600) >= 0
                   ? 0
                   : exit_probe_refused;
    if (what == "exec") {
        char* args[] = {const_cast<char*>("/bin/true"), nullptr};
        execv(args[0], args);
        return exit_probe_refused;
    }
    if (what == "memory") { // a document that wants gigabytes gets none
        // Kept in a volatile, or clang removes an allocation that nothing reads (and the probe "passes").
        static char* volatile kept = nullptr;
        kept = static_cast<char*>(std::malloc(std::size_t{2} << 30));
        char* block = kept;
        if (!block) return exit_probe_refused;
        for (std::size_t i = 0; i < (std::size_t{2} << 30); i += 4096)
            block[i] = 1;
        return 0;
    }
    return exit_bad_request;
}

} // namespace

int main(int argc, char** argv) {
    // Nothing of the kiosk's is inherited: only stdin (the document), stdout (the answer), stderr.
    close_range(3, ~0U, 0);
    if (argc == 3 && std::strcmp(argv[1], probe_command) == 0) return probe(argv[2]);
    bool count = argc == 2 && std::strcmp(argv[1], count_command) == 0;
    int page = 0, max_w = 0, max_h = 0;
    bool render = argc == 5 && std::strcmp(argv[1], render_command) == 0 && number(argv[2], page) &&
                  number(argv[3], max_w) && number(argv[4], max_h) && page >= 0 && max_w > 0 && max_h > 0 &&
                  max_w <= max_side_px && max_h <= max_side_px;
    if (!count && !render) {
        std::fprintf(stderr,
                     "usage: kiosk-pdf-helper count | render PAGE MAX_W MAX_H  (document on stdin)\n");
        return exit_bad_request;
    }
    std::string pdf;
    if (!read_all(STDIN_FILENO, pdf)) return exit_unreadable;
    silence_poppler();
    if (!enter_sandbox(Limits{})) return exit_bad_request;

    auto document = Document::open(pdf);
    if (!document) return exit_unreadable;
    AnswerHeader header;
    header.pages = document->pages();
    if (count) return write_all(&header, sizeof header) ? 0 : exit_unreadable;
    auto pixels = document->render_page(page, max_w, max_h);
    if (!pixels) return exit_unreadable;
    header.width = pixels->width;
    header.height = pixels->height;
    bool written = write_all(&header, sizeof header) &&
                   write_all(pixels->argb.data(), pixels->argb.size() * sizeof(std::uint32_t));
    return written ? 0 : exit_unreadable;
}
