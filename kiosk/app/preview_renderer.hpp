#pragma once
// The UI's PageRenderer, done by the sandboxed PDF helper on a worker thread: one page at a time, the
// newest request wins (the helper of an abandoned one is killed). When a page is drawn it posts
// PreviewRendered, so the loop draws again; when the helper gives up it posts DocumentUnreadable.
#include "kiosk/plumbing/outbox.hpp"
#include "kiosk/plumbing/serial_worker.hpp"
#include "kiosk/services/documents/pdf_sandbox.hpp"
#include "ui/page_renderer.hpp"

#include <mutex>

namespace kiosk::app {

class SandboxedPageRenderer final : public ui::PageRenderer {
public:
    SandboxedPageRenderer(plumbing::Outbox& outbox, services::SandboxSettings settings);
    ~SandboxedPageRenderer() override;

    void request(Request request) override;
    std::optional<Outcome> take() override;
    void forget() override;

    services::PdfSandbox& sandbox() { return sandbox_; } // for tests: the helper's pid

private:
    plumbing::Outbox& outbox_;
    services::PdfSandbox sandbox_;
    std::mutex mutex_;
    std::optional<Outcome> outcome_;
    plumbing::SerialWorker worker_; // last: its tasks use everything above
};

} // namespace kiosk::app
