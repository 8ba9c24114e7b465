#include "kiosk/app/look_audit.hpp"

namespace kiosk::app {
namespace {

constexpr std::array sizes{core::TextSize::normal, core::TextSize::larger, core::TextSize::largest};
constexpr std::array contrasts{core::Contrast::normal, core::Contrast::high};

} // namespace

LookAudit::LookAudit(const ui::UiContent& content, ui::Rect screen) : content_(content), screen_(screen) {
    for (auto& host : hosts_) {
        host = std::make_unique<ui::UiHost>(canvas_.renderer(), content, screen);
        host->set_painting(false);
        host->set_auditing(true);
    }
}

std::size_t LookAudit::looks() const {
    return content_.texts.languages().size() * sizes.size() * contrasts.size() * 2;
}

std::vector<ui::AuditFinding> LookAudit::findings(const core::State& state) {
    std::vector<ui::AuditFinding> out;
    core::State look = state;
    const ui::Rect turned{0, 0, screen_.h, screen_.w};
    for (std::size_t s = 0; s < sizes.size(); ++s) {
        auto& host = *hosts_[s];
        look.settings.text_size = sizes[s];
        for (const auto& language : content_.texts.languages()) {
            look.settings.language = language.code;
            for (auto contrast : contrasts) {
                look.settings.contrast = contrast;
                for (const ui::Rect screen : {screen_, turned}) {
                    host.resize(screen);
                    // The second frame has the scroll buttons that the first found were needed.
                    for (int frame = 0; frame < 2; ++frame)
                        host.frame(look, ui::Pointer{}, 0, 0.1f);
                    auto name = language.code + " " + std::to_string(core::text_size_percent(sizes[s])) +
                                "% " + (contrast == core::Contrast::high ? "high " : "") +
                                (screen.h > screen.w ? "portrait" : "landscape");
                    auto add = [&](std::vector<ui::AuditFinding> found) {
                        for (auto& f : found) {
                            f.detail = name + ": " + f.detail;
                            out.push_back(std::move(f));
                        }
                    };
                    add(ui::audit(host.tree(), screen));
                    add(ui::audit_reading(host.tree(), language.right_to_left));
                }
            }
        }
    }
    return out;
}

} // namespace kiosk::app
