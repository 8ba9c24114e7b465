#pragma once
// Drawing without a display: headless journeys, the gallery and the benchmarks.
#include "kiosk/util/log.hpp"

#include <SDL.h>
#include <SDL_image.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>

namespace kiosk::app {

// A surface drawn by SDL's software renderer: no display needed, and its pixels are the screenshot.
class OffscreenCanvas {
public:
    OffscreenCanvas(int width, int height)
        : surface_(SDL_CreateRGBSurfaceWithFormat(0, width, height, 32, SDL_PIXELFORMAT_ARGB8888)),
          renderer_(surface_ ? SDL_CreateSoftwareRenderer(surface_) : nullptr) {
        if (!renderer_)
            throw std::runtime_error(std::string("cannot create an offscreen renderer: ") + SDL_GetError());
    }
    ~OffscreenCanvas() {
        if (renderer_) SDL_DestroyRenderer(renderer_);
        if (surface_) SDL_FreeSurface(surface_);
    }
    OffscreenCanvas(const OffscreenCanvas&) = delete;
    OffscreenCanvas& operator=(const OffscreenCanvas&) = delete;
    SDL_Renderer* renderer() const { return renderer_; }

    // Writes BASE.png (what is drawn) and BASE.json (`dump`).
    void save(const std::filesystem::path& base, const nlohmann::json& dump) const {
        SDL_RenderFlush(renderer_);
        if (IMG_SavePNG(surface_, (base.string() + ".png").c_str()) != 0)
            log::error(std::string("cannot write screenshot: ") + IMG_GetError());
        std::ofstream(base.string() + ".json") << dump.dump(2) << "\n";
    }

private:
    SDL_Surface* surface_;
    SDL_Renderer* renderer_;
};

} // namespace kiosk::app
