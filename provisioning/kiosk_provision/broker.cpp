#include "broker.hpp"

#include "arguments.hpp"

#include <mosquitto.h>

#include <cerrno>
#include <cstring>

namespace provision {

kiosk::fleet::TelemetrySettings broker_settings(const Arguments& a) {
    kiosk::fleet::TelemetrySettings s;
    s.host = a.need("host");
    s.port = static_cast<int>(a.number("port", 1, 65535, kiosk::fleet::loopback_host(s.host) ? 1883 : 8883));
    s.ca_file = a.get("ca-file").value_or("");
    s.cert_file = a.get("cert-file").value_or("");
    s.key_file = a.get("key-file").value_or("");
    s.topic_prefix = a.get("prefix").value_or("zuil");
    if (!s.tls() && !kiosk::fleet::loopback_host(s.host))
        throw UsageError(
            "a broker on another machine is reached over TLS: give --ca-file (and --cert-file and "
            "--key-file if it asks for a client certificate)");
    return s;
}

BrokerVisit::BrokerVisit(const kiosk::fleet::TelemetrySettings& settings) {
    mosquitto_lib_init();
    mosq_ = mosquitto_new(nullptr, true, this);
    if (!mosq_) throw NetworkError("cannot make an MQTT client");
    if (settings.tls() && mosquitto_tls_set(mosq_, settings.ca_file.c_str(), nullptr,
                                            settings.cert_file.empty() ? nullptr : settings.cert_file.c_str(),
                                            settings.key_file.empty() ? nullptr : settings.key_file.c_str(),
                                            nullptr) != MOSQ_ERR_SUCCESS)
        throw UsageError("the TLS files cannot be used");
    mosquitto_message_callback_set(mosq_, [](mosquitto*, void* self, const mosquitto_message* m) {
        auto* visit = static_cast<BrokerVisit*>(self);
        if (!m || !m->topic || !m->retain) return;
        std::string payload;
        if (m->payload && m->payloadlen > 0)
            payload.assign(static_cast<const char*>(m->payload), static_cast<std::size_t>(m->payloadlen));
        visit->received_[m->topic] = std::move(payload);
        visit->last_message_ = std::chrono::steady_clock::now();
    });
    mosquitto_publish_callback_set(
        mosq_, [](mosquitto*, void* self, int mid) { static_cast<BrokerVisit*>(self)->acked_mid_ = mid; });
    mosquitto_subscribe_callback_set(mosq_, [](mosquitto*, void* self, int, int, const int*) {
        ++static_cast<BrokerVisit*>(self)->subscribed_;
    });
    int rc = mosquitto_connect(mosq_, settings.host.c_str(), settings.port, 30);
    if (rc != MOSQ_ERR_SUCCESS)
        throw NetworkError(
            "cannot reach the broker " + settings.host + ":" + std::to_string(settings.port) + ": " +
            (rc == MOSQ_ERR_ERRNO ? std::string(std::strerror(errno)) : mosquitto_strerror(rc)));
}

BrokerVisit::~BrokerVisit() {
    mosquitto_disconnect(mosq_);
    mosquitto_destroy(mosq_);
    mosquitto_lib_cleanup();
}

std::map<std::string, std::string> BrokerVisit::retained(const std::vector<std::string>& filters,
                                                         std::chrono::milliseconds quiet,
                                                         std::chrono::milliseconds limit) {
    for (const auto& filter : filters)
        mosquitto_subscribe(mosq_, nullptr, filter.c_str(), 1);
    auto start = std::chrono::steady_clock::now();
    last_message_ = start;
    for (;;) {
        int rc = mosquitto_loop(mosq_, 50, 1);
        if (rc != MOSQ_ERR_SUCCESS)
            throw NetworkError(std::string("the broker went away: ") + mosquitto_strerror(rc));
        auto now = std::chrono::steady_clock::now();
        bool all_subscribed = subscribed_ >= static_cast<int>(filters.size());
        if ((all_subscribed && now - last_message_ >= quiet) || now - start >= limit) break;
    }
    return received_;
}

void BrokerVisit::publish(const std::string& topic, const std::string& payload) {
    int mid = -1;
    int rc = mosquitto_publish(mosq_, &mid, topic.c_str(), static_cast<int>(payload.size()), payload.data(),
                               1, false);
    if (rc != MOSQ_ERR_SUCCESS) throw NetworkError(std::string("cannot publish: ") + mosquitto_strerror(rc));
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (acked_mid_ != mid) {
        if (std::chrono::steady_clock::now() > deadline)
            throw NetworkError("the broker did not confirm the command");
        rc = mosquitto_loop(mosq_, 50, 1);
        if (rc != MOSQ_ERR_SUCCESS)
            throw NetworkError(std::string("the broker went away: ") + mosquitto_strerror(rc));
    }
}

} // namespace provision
