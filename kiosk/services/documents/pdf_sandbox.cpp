#include "kiosk/services/documents/pdf_sandbox.hpp"

#include "kiosk/pdf_helper/protocol.hpp"
#include "kiosk/util/log.hpp"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

namespace kiosk::services {
namespace {

using Clock = std::chrono::steady_clock;
namespace protocol = kiosk::pdf_helper;

struct Fd {
    int fd = -1;
    explicit Fd(int f = -1) : fd(f) {}
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    ~Fd() { reset(); }
    void reset() {
        if (fd >= 0) close(fd);
        fd = -1;
    }
};

// The document in a sealed memfd: the helper reads it as a file and can change nothing of it.
int document_fd(std::span<const unsigned char> pdf) {
    int fd = memfd_create("zuil-document", MFD_CLOEXEC | MFD_ALLOW_SEALING);
    if (fd < 0) return -1;
    std::size_t at = 0;
    while (at < pdf.size()) {
        auto n = write(fd, pdf.data() + at, pdf.size() - at);
        if (n <= 0) {
            close(fd);
            return -1;
        }
        at += static_cast<std::size_t>(n);
    }
    if (fcntl(fd, F_ADD_SEALS, F_SEAL_WRITE | F_SEAL_GROW | F_SEAL_SHRINK | F_SEAL_SEAL) != 0 ||
        lseek(fd, 0, SEEK_SET) != 0) {
        close(fd);
        return -1;
    }
    return fd;
}

} // namespace

const char* failure_name(SandboxFailure failure) {
    switch (failure) {
    case SandboxFailure::unreadable:
        return "unreadable";
    case SandboxFailure::timed_out:
        return "timed out";
    case SandboxFailure::crashed:
        return "crashed";
    case SandboxFailure::cancelled:
        return "cancelled";
    case SandboxFailure::cannot_start:
        return "cannot start";
    }
    return "?";
}

struct PdfSandbox::Answer {
    core::Bytes bytes;
    std::optional<SandboxFailure> failure; // none: the helper exited 0 and `bytes` is its answer
};

PdfSandbox::Answer PdfSandbox::run(const std::vector<std::string>& args, std::span<const unsigned char> pdf,
                                   std::chrono::milliseconds timeout, std::size_t max_answer,
                                   const Cancelled& cancelled) const {
    Answer answer;
    Fd input(document_fd(pdf));
    int pipe_fds[2];
    if (input.fd < 0 || pipe2(pipe_fds, O_CLOEXEC) != 0) {
        answer.failure = SandboxFailure::cannot_start;
        return answer;
    }
    Fd read_end(pipe_fds[0]), write_end(pipe_fds[1]);
    fcntl(read_end.fd, F_SETPIPE_SZ, 1 << 20); // pages are megabytes: fewer, larger reads
    answer.bytes.reserve(max_answer);          // and no growing (each step would zero a copy)

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, input.fd, STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, write_end.fd, STDOUT_FILENO);
    posix_spawn_file_actions_addclosefrom_np(&actions, 3); // no socket, no file of the kiosk's
    std::vector<std::string> argv_text{settings_.helper.string()};
    argv_text.insert(argv_text.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : argv_text)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    char* empty_environment[] = {nullptr}; // no proxy, no locale, no home: nothing to read there
    pid_t pid = -1;
    int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), empty_environment);
    posix_spawn_file_actions_destroy(&actions);
    input.reset();
    write_end.reset();
    if (spawned != 0) {
        log::error(std::string("PDF helper cannot start: ") + std::strerror(spawned));
        answer.failure = SandboxFailure::cannot_start;
        return answer;
    }
    if (on_started) on_started(pid);

    auto deadline = Clock::now() + timeout;
    char buffer[256 * 1024];
    bool complete = false;
    while (!answer.failure && !complete) {
        if (cancelled && cancelled()) {
            answer.failure = SandboxFailure::cancelled;
            break;
        }
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
        if (left <= 0) {
            answer.failure = SandboxFailure::timed_out;
            break;
        }
        pollfd p{read_end.fd, POLLIN, 0};
        // Short polls: a wipe or a newer page must not wait for a slow helper.
        int ready = poll(&p, 1, static_cast<int>(std::min<long long>(left, 100)));
        if (ready < 0 && errno != EINTR) answer.failure = SandboxFailure::crashed;
        if (ready <= 0) continue;
        auto n = read(read_end.fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            complete = true; // the helper closed its end: it has finished, one way or another
            break;
        }
        if (answer.bytes.size() + static_cast<std::size_t>(n) > max_answer) {
            answer.failure = SandboxFailure::crashed; // says more than it may: not trusted
            break;
        }
        answer.bytes.insert(answer.bytes.end(), buffer, buffer + n);
    }
    core::zero_memory(buffer, sizeof buffer); // pixels of a letter
    if (answer.failure) kill(pid, SIGKILL);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (!answer.failure) {
        if (WIFSIGNALED(status))
            answer.failure = SandboxFailure::crashed; // the sandbox killed it (SIGSYS), or a limit did
        else if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
            answer.failure = SandboxFailure::unreadable;
    }
    if (answer.failure && *answer.failure != SandboxFailure::cancelled &&
        *answer.failure != SandboxFailure::unreadable)
        log::warning(std::string("PDF helper: ") + failure_name(*answer.failure) +
                     (WIFSIGNALED(status) ? " (signal " + std::to_string(WTERMSIG(status)) + ")" : ""));
    return answer;
}

PdfSandbox::Count PdfSandbox::count_pages(std::span<const unsigned char> pdf,
                                          const Cancelled& cancelled) const {
    Count count;
    if (pdf.empty()) return count;
    auto answer = run({protocol::count_command}, pdf, settings_.count_timeout, sizeof(protocol::AnswerHeader),
                      cancelled);
    if (answer.failure) {
        count.failure = *answer.failure;
        return count;
    }
    protocol::AnswerHeader header;
    if (answer.bytes.size() != sizeof header) return count;
    std::memcpy(&header, answer.bytes.data(), sizeof header);
    if (header.magic != protocol::answer_magic || header.pages < 1 || header.pages > protocol::max_pages ||
        header.width != 0 || header.height != 0)
        return count;
    count.pages = header.pages;
    return count;
}

PdfSandbox::Render PdfSandbox::render_page(std::span<const unsigned char> pdf, int index, int max_w,
                                           int max_h, const Cancelled& cancelled) const {
    Render render;
    max_w = std::clamp(max_w, 1, protocol::max_side_px);
    max_h = std::clamp(max_h, 1, protocol::max_side_px);
    if (pdf.empty() || index < 0) return render;
    auto most = sizeof(protocol::AnswerHeader) + static_cast<std::size_t>(max_w + 1) * (max_h + 1) * 4;
    auto answer =
        run({protocol::render_command, std::to_string(index), std::to_string(max_w), std::to_string(max_h)},
            pdf, settings_.render_timeout, most, cancelled);
    if (answer.failure) {
        render.failure = *answer.failure;
        return render;
    }
    protocol::AnswerHeader header;
    if (answer.bytes.size() < sizeof header) return render;
    std::memcpy(&header, answer.bytes.data(), sizeof header);
    // The helper scaled to fit; a rounding pixel more is fine, anything else is not this page.
    bool sane = header.magic == protocol::answer_magic && header.pages >= 1 &&
                header.pages <= protocol::max_pages && header.width > 0 && header.height > 0 &&
                header.width <= max_w + 1 && header.height <= max_h + 1 &&
                answer.bytes.size() == sizeof header + static_cast<std::size_t>(header.width) *
                                                           static_cast<std::size_t>(header.height) * 4;
    if (!sane) return render;
    PageImage image;
    image.width = header.width;
    image.height = header.height;
    image.pages = header.pages;
    image.argb.assign(answer.bytes.begin() + sizeof header, answer.bytes.end());
    render.image = std::move(image);
    return render;
}

} // namespace kiosk::services
