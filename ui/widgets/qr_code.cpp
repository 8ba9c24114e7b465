#include "ui/widgets/qr_code.hpp"

#include <qrencode.h>

#include <cmath>
#include <memory>

namespace ui {

Rect qr_code(Ui& ui, Rect r, const std::string& data, const std::string& spoken_label) {
    std::unique_ptr<QRcode, decltype(&QRcode_free)> qr(
        QRcode_encodeString(data.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), QRcode_free);
    if (!qr) return {r.x, r.y, 0, 0};
    constexpr int quiet_modules = 4;
    int modules = qr->width + 2 * quiet_modules;
    float module_px = std::floor(std::min(r.w, r.h) / static_cast<float>(modules)); // crisp edges
    float side = module_px * static_cast<float>(modules);
    Rect square{r.x + (r.w - side) / 2, r.y, side, side};
    canvas()->AddRectFilled(v2(square.x, square.y), v2(square.right(), square.bottom()),
                            col(Rgb{255, 255, 255}));
    ImU32 dark = col(Rgb{0, 0, 0});
    for (int y = 0; y < qr->width; ++y)
        for (int x = 0; x < qr->width; ++x)
            if (qr->data[y * qr->width + x] & 1) {
                float px = square.x + static_cast<float>(x + quiet_modules) * module_px;
                float py = square.y + static_cast<float>(y + quiet_modules) * module_px;
                canvas()->AddRectFilled(v2(px, py), v2(px + module_px, py + module_px), dark);
            }
    ui.add_node({Role::image, "qr", spoken_label, square});
    return square;
}

} // namespace ui
