#pragma once
// Icons are glyphs of Material Icons (Debian: fonts-material-design-icons-iconfont), merged into the
// font atlas. An icon never stands alone: every button also carries a word.
#include <array>
#include <string>

namespace ui {

enum class Icon : unsigned short {
    none = 0,
    back = 0xe5c4,
    help = 0xe887,
    logout = 0xe9ba,
    login = 0xea77,
    phone = 0xe0cd,
    call_end = 0xe0b1,
    print = 0xe8ad,
    document = 0xe873,
    check_circle = 0xe86c,
    step_coming = 0xe836,  // radio_button_unchecked
    step_current = 0xe061, // fiber_manual_record
    language = 0xe894,
    text_size = 0xe262,
    contrast = 0xeb37,
    qr_scan = 0xf206,
    smartphone = 0xe32c,
    folder = 0xe2c8,
    warning = 0xe002,
    error = 0xe000,
    info = 0xe88e,
    home = 0xe88a,
    person = 0xe7fd,
    clock = 0xe192,
    check = 0xe5ca,
    close = 0xe5cd,
    staff = 0xf0e2, // support_agent
    chevron_right = 0xe5cc,
    up = 0xe5ce,
    down = 0xe5cf,
    refresh = 0xe5d5,
    build = 0xe869,
    in_call = 0xe61d,
    archive = 0xe149,
    arrow_forward = 0xe5c8,
    chevron_left = 0xe5cb,
    zoom_in = 0xe8ff,
    zoom_out = 0xe900,
    speech = 0xe91f, // record_voice_over
    volume_up = 0xe050,
    volume_down = 0xe04d,
    pause = 0xe034,
    play = 0xe037, // play_arrow
    replay = 0xe042,
    touch = 0xe913, // touch_app
    headset = 0xe310,
};

// On a mirrored (right-to-left) screen the icons that show a direction point the other way.
constexpr Icon mirrored_icon(Icon icon) {
    switch (icon) {
    case Icon::back:
        return Icon::arrow_forward;
    case Icon::arrow_forward:
        return Icon::back;
    case Icon::chevron_right:
        return Icon::chevron_left;
    case Icon::chevron_left:
        return Icon::chevron_right;
    default:
        return icon;
    }
}

inline constexpr std::array all_icons{
    Icon::back,          Icon::help,        Icon::logout,        Icon::login,
    Icon::phone,         Icon::call_end,    Icon::print,         Icon::document,
    Icon::check_circle,  Icon::step_coming, Icon::step_current,  Icon::language,
    Icon::text_size,     Icon::contrast,    Icon::qr_scan,       Icon::smartphone,
    Icon::folder,        Icon::warning,     Icon::error,         Icon::info,
    Icon::home,          Icon::person,      Icon::clock,         Icon::check,
    Icon::close,         Icon::staff,       Icon::chevron_right, Icon::up,
    Icon::down,          Icon::refresh,     Icon::build,         Icon::in_call,
    Icon::arrow_forward, Icon::archive,     Icon::chevron_left,  Icon::zoom_in,
    Icon::zoom_out,      Icon::speech,      Icon::volume_up,     Icon::volume_down,
    Icon::pause,         Icon::play,        Icon::replay,        Icon::touch,
    Icon::headset};

// UTF-8 for one Basic Multilingual Plane code point (all Material Icons are in the private use area).
inline std::string utf8(Icon icon) {
    auto c = static_cast<unsigned>(icon);
    std::string s;
    s += static_cast<char>(0xE0 | (c >> 12));
    s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (c & 0x3F));
    return s;
}

} // namespace ui
