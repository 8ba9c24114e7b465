#pragma once
// JSON from outside the kiosk (servers, baresip, configuration) is parsed with a cap on its nesting:
// a few bytes of "[[[[…" would otherwise build a DOM as deep as the answer is long. The value comes
// back discarded (is_discarded()) when the text is not JSON or nests deeper than the cap.
#include <nlohmann/json.hpp>

#include <string_view>

namespace kiosk::util {

inline constexpr int max_json_depth = 32; // the deepest answer the kiosk reads (ZGW with expand) is ~6

template <class Json = nlohmann::json, class Text>
Json parse_json(const Text& text, int max_depth = max_json_depth) {
    struct TooDeep {};
    try {
        return Json::parse(
            std::begin(text), std::end(text),
            [max_depth](int depth, typename Json::parse_event_t, Json&) {
                if (depth > max_depth) throw TooDeep{}; // stops the parser at once
                return true;
            },
            /*allow_exceptions=*/false);
    } catch (const TooDeep&) {
        return Json(Json::value_t::discarded);
    }
}

} // namespace kiosk::util
