#include "kiosk/app/preview_renderer.hpp"

#include "kiosk/core/secret.hpp"

#include <utility>

namespace kiosk::app {

SandboxedPageRenderer::SandboxedPageRenderer(plumbing::Outbox& outbox, services::SandboxSettings settings)
    : outbox_(outbox), sandbox_(std::move(settings)) {}

SandboxedPageRenderer::~SandboxedPageRenderer() {
    worker_.drop(); // a helper still drawing is killed by its cancel check
}

void SandboxedPageRenderer::request(Request request) {
    worker_.drop(); // only the newest page matters: the resident turned it, or left
    {
        std::lock_guard lock(mutex_);
        outcome_.reset();
    }
    // The document is personal data: the task keeps it in a wiping buffer, gone when the task is.
    auto pdf = std::make_shared<const core::Bytes>(std::move(request.pdf));
    worker_.post([this, pdf, ticket = request.ticket, generation = request.generation,
                  id = std::move(request.document_id), page = request.page, w = request.max_w,
                  h = request.max_h](const plumbing::SerialWorker::VoidNow& void_now) {
        auto result = sandbox_.render_page(*pdf, page, w, h, void_now);
        if (void_now() || result.failure == services::SandboxFailure::cancelled) return;
        Outcome outcome{ticket, std::nullopt};
        if (result.image)
            outcome.page =
                ui::RenderedPage{result.image->width, result.image->height, std::move(result.image->argb)};
        bool drawn = outcome.page.has_value();
        {
            std::lock_guard lock(mutex_);
            outcome_ = std::move(outcome);
        }
        if (drawn)
            outbox_.post(core::PreviewRendered{generation});
        else
            outbox_.post(core::DocumentUnreadable{generation, id});
    });
}

std::optional<ui::PageRenderer::Outcome> SandboxedPageRenderer::take() {
    std::lock_guard lock(mutex_);
    return std::exchange(outcome_, std::nullopt);
}

void SandboxedPageRenderer::forget() {
    worker_.drop();
    std::lock_guard lock(mutex_);
    outcome_.reset();
}

} // namespace kiosk::app
