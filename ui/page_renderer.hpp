#pragma once
// Pages of documents are drawn outside the UI thread and outside the kiosk process (by the sandboxed
// PDF helper); the UI asks for a page and takes the pixels when they are there. The shell implements
// this (kiosk/app/preview_renderer.cpp) and posts an event when an answer arrives, so the loop draws
// again; the UI keeps drawing frames meanwhile.
#include "kiosk/core/secure_memory.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ui {

struct RenderedPage {
    int width = 0, height = 0;
    kiosk::core::Bytes argb; // pre-multiplied ARGB32, width * height * 4, zeroed when freed
};

class PageRenderer {
public:
    virtual ~PageRenderer() = default;

    struct Request {
        std::uint64_t ticket = 0;     // the UI's number for this request: answers carry it back
        std::uint64_t generation = 0; // of the session the document belongs to
        std::string document_id;
        kiosk::core::Bytes pdf;
        int page = 0, max_w = 0, max_h = 0;
    };
    // Asks for a page; a request still under way is abandoned (the resident turned the page).
    virtual void request(Request request) = 0;

    struct Outcome {
        std::uint64_t ticket = 0;
        std::optional<RenderedPage> page; // nothing: the document cannot be drawn
    };
    // The answer to the latest request, once, when it has arrived.
    virtual std::optional<Outcome> take() = 0;
    virtual void forget() = 0; // the session ended: abandon the work, drop the answers
};

} // namespace ui
