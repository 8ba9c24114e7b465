#include "kiosk/app/layout_size.hpp"

#include <doctest/doctest.h>

using kiosk::app::layout_size;
using kiosk::app::PixelSize;

TEST_CASE("panels of the design size or larger are laid out at their own size") {
    CHECK(layout_size({1920, 1080}) == PixelSize{1920, 1080});
    CHECK(layout_size({1080, 1920}) == PixelSize{1080, 1920});
    CHECK(layout_size({2560, 1440}) == PixelSize{2560, 1440});
}

TEST_CASE("a smaller panel is laid out at 1080 on its short side and scaled down whole") {
    CHECK(layout_size({1280, 720}) == PixelSize{1920, 1080});
    CHECK(layout_size({720, 1280}) == PixelSize{1080, 1920});
    CHECK(layout_size({1366, 768}) == PixelSize{1921, 1080});
    CHECK(layout_size({1280, 1024}) == PixelSize{1350, 1080});
}

TEST_CASE("a panel without a size is left alone") {
    CHECK(layout_size({0, 0}) == PixelSize{0, 0});
}
