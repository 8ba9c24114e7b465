#include "ui/semantic_tree.hpp"

#include "kiosk/core/secret.hpp"

#include <nlohmann/json.hpp>

namespace ui {

void SemanticTree::mirror(float screen_width) {
    for (auto& n : nodes_) {
        n.rect.x = screen_width - n.rect.right();
        n.visible.x = screen_width - n.visible.right();
    }
    for (auto& p : paints_)
        p.rect.x = screen_width - p.rect.right();
}

const char* role_name(Role role) {
    switch (role) {
    case Role::heading:
        return "heading";
    case Role::text:
        return "text";
    case Role::button:
        return "button";
    case Role::toggle:
        return "toggle";
    case Role::tab:
        return "tab";
    case Role::list_item:
        return "list_item";
    case Role::image:
        return "image";
    case Role::status:
        return "status";
    case Role::dialog:
        return "dialog";
    case Role::code:
        return "code";
    }
    return "?";
}

void SemanticTree::clear() {
    for (auto& n : nodes_)
        kiosk::core::wipe(n.label);
    nodes_.clear();
    paints_.clear();
}

const SemanticNode* SemanticTree::find_tappable(const std::string& label) const {
    auto usable = [](const SemanticNode& n) {
        return n.tappable && n.enabled && n.visible.w > 0 && n.visible.h > 0;
    };
    for (const auto& n : nodes_)
        if (usable(n) && n.label == label) return &n;
    for (const auto& n : nodes_)
        if (usable(n) && n.label.starts_with(label)) return &n;
    return nullptr;
}

const SemanticNode* SemanticTree::find_tappable_id(const std::string& id) const {
    for (const auto& n : nodes_)
        if (n.tappable && n.enabled && n.visible.w > 0 && n.visible.h > 0 && n.id == id) return &n;
    return nullptr;
}

bool SemanticTree::shows_text(const std::string& text) const {
    for (const auto& n : nodes_)
        if (n.visible.h > 0 && n.label.find(text) != std::string::npos) return true;
    return false;
}

nlohmann::json SemanticTree::to_json() const {
    auto out = nlohmann::json::array();
    for (const auto& n : nodes_) {
        nlohmann::json j{{"role", role_name(n.role)},
                         {"id", n.id},
                         {"label", n.label},
                         {"rect", {n.rect.x, n.rect.y, n.rect.w, n.rect.h}},
                         {"visible", {n.visible.x, n.visible.y, n.visible.w, n.visible.h}}};
        if (n.tappable) j["tappable"] = true;
        if (!n.enabled) j["enabled"] = false;
        if (n.selected) j["selected"] = true;
        if (n.overflow) j["overflow"] = true;
        if (n.personal) j["personal"] = true;
        if (n.chrome) j["chrome"] = true;
        out.push_back(std::move(j));
    }
    return out;
}

std::string SemanticTree::all_labels() const {
    std::string out;
    for (const auto& n : nodes_)
        out += std::string("  ") + role_name(n.role) + ": " + n.label + "\n";
    return out;
}

} // namespace ui
