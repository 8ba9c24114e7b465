#pragma once
// Case types, status types and result types, kept across sessions for a while: they hold no personal
// data and change rarely, and without them every resident would wait for the catalogue again.
#include "kiosk/services/zgw/zgw_model.hpp"

#include <chrono>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace kiosk::services::zgw {

template <class T>
class ExpiringMap {
public:
    using Clock = std::function<std::chrono::steady_clock::time_point()>;
    ExpiringMap(std::chrono::seconds ttl, Clock clock) : ttl_(ttl), clock_(std::move(clock)) {}

    std::optional<T> find(const std::string& key) {
        auto it = entries_.find(key);
        if (it == entries_.end()) return std::nullopt;
        if (clock_() >= it->second.expires) {
            entries_.erase(it);
            return std::nullopt;
        }
        return it->second.value;
    }
    void put(const std::string& key, T value) { entries_[key] = {std::move(value), clock_() + ttl_}; }
    std::size_t size() const { return entries_.size(); }

private:
    struct Entry {
        T value;
        std::chrono::steady_clock::time_point expires;
    };
    std::chrono::seconds ttl_;
    Clock clock_;
    std::map<std::string, Entry> entries_;
};

struct CatalogueCache {
    using Clock = ExpiringMap<int>::Clock;
    CatalogueCache(std::chrono::seconds ttl, const Clock& clock)
        : zaaktypen(ttl, clock), statustypen(ttl, clock), statustypen_of_zaaktype(ttl, clock),
          resultaattypen(ttl, clock) {}

    ExpiringMap<Zaaktype> zaaktypen;                              // by URL
    ExpiringMap<Statustype> statustypen;                          // by URL
    ExpiringMap<std::vector<Statustype>> statustypen_of_zaaktype; // by zaaktype URL
    ExpiringMap<Resultaattype> resultaattypen;                    // by URL
};

} // namespace kiosk::services::zgw
