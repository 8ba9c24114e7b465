#pragma once
// Documents from servers are counted and drawn by kiosk-pdf-helper (kiosk/pdf_helper), a process of
// its own started per document: the kiosk, which holds tokens and the JWT-ZGW secret, never parses
// one. The document goes to the helper in a sealed memfd, the answer comes back through a pipe and is
// checked; a helper that is too slow is killed. Blocking: call it from a worker thread.
#include "kiosk/core/secure_memory.hpp"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <sys/types.h>
#include <vector>

namespace kiosk::services {

struct PageImage {
    int width = 0, height = 0;
    int pages = 0;    // of the whole document
    core::Bytes argb; // width * height * 4: pre-multiplied ARGB32, native byte order
};

// Why the helper gave no answer, for the log (the resident sees one plain sentence for all of them).
enum class SandboxFailure { unreadable, timed_out, crashed, cancelled, cannot_start };
const char* failure_name(SandboxFailure failure);

struct SandboxSettings {
    std::filesystem::path helper;                    // kiosk-pdf-helper
    std::chrono::milliseconds count_timeout{10'000}; // wall clock, start to answer
    std::chrono::milliseconds render_timeout{15'000};
};

class PdfSandbox {
public:
    using Cancelled = std::function<bool()>;
    explicit PdfSandbox(SandboxSettings settings) : settings_(std::move(settings)) {}

    // The number of pages, or why there is none.
    struct Count {
        std::optional<int> pages;
        SandboxFailure failure = SandboxFailure::unreadable;
    };
    Count count_pages(std::span<const unsigned char> pdf, const Cancelled& cancelled = {}) const;

    struct Render {
        std::optional<PageImage> image;
        SandboxFailure failure = SandboxFailure::unreadable;
    };
    // Page `index` (from 0) scaled to fit max_w x max_h pixels.
    Render render_page(std::span<const unsigned char> pdf, int index, int max_w, int max_h,
                       const Cancelled& cancelled = {}) const;

    // For tests: called with the helper's pid right after it started.
    std::function<void(pid_t)> on_started;

    const SandboxSettings& settings() const { return settings_; }

private:
    struct Answer;
    Answer run(const std::vector<std::string>& args, std::span<const unsigned char> pdf,
               std::chrono::milliseconds timeout, std::size_t max_answer, const Cancelled& cancelled) const;

    SandboxSettings settings_;
};

} // namespace kiosk::services
