#include "kiosk/fleet/mqtt_link.hpp"

#include "kiosk/fleet/keys.hpp"
#include "kiosk/util/log.hpp"

#include <mosquitto.h>

#include <thread>

namespace kiosk::fleet {
namespace {

constexpr int keepalive_s = 30;
constexpr int qos = 1;

struct Library {
    Library() { mosquitto_lib_init(); }
    ~Library() { mosquitto_lib_cleanup(); }
};

void need(int rc, const std::string& what) {
    if (rc != MOSQ_ERR_SUCCESS) throw FleetError("telemetry: " + what + ": " + mosquitto_strerror(rc));
}

} // namespace

MqttLink::MqttLink(const TelemetrySettings& settings, const std::string& client_id, Message last_will,
                   std::vector<std::string> subscriptions, OnMessage on_message, OnConnection on_connection)
    : settings_(settings), subscriptions_(std::move(subscriptions)), on_message_(std::move(on_message)),
      on_connection_(std::move(on_connection)) {
    static Library library;
    if (!settings_.tls() && !loopback_host(settings_.host))
        throw FleetError(
            "telemetry: plain MQTT only to a broker on this machine; give ca_file, cert_file and key_file");
    mosq_ = mosquitto_new(client_id.c_str(), /*clean_session=*/true, this);
    if (!mosq_) throw FleetError("telemetry: cannot make an MQTT client");
    mosquitto_int_option(mosq_, MOSQ_OPT_PROTOCOL_VERSION, MQTT_PROTOCOL_V311);
    need(mosquitto_will_set(mosq_, last_will.topic.c_str(), static_cast<int>(last_will.payload.size()),
                            last_will.payload.data(), qos, last_will.retain),
         "the last will");
    if (settings_.tls()) {
        need(mosquitto_tls_set(mosq_, settings_.ca_file.c_str(), nullptr,
                               settings_.cert_file.empty() ? nullptr : settings_.cert_file.c_str(),
                               settings_.key_file.empty() ? nullptr : settings_.key_file.c_str(), nullptr),
             "the TLS files");
        need(mosquitto_tls_opts_set(mosq_, 1 /*SSL_VERIFY_PEER*/, "tlsv1.2", nullptr), "TLS");
        mosquitto_tls_insecure_set(mosq_, false); // the broker's name is checked against its certificate
    }
    mosquitto_connect_callback_set(mosq_, &MqttLink::on_connect);
    mosquitto_disconnect_callback_set(mosq_, &MqttLink::on_disconnect);
    mosquitto_message_callback_set(mosq_, &MqttLink::on_message);
    mosquitto_publish_callback_set(mosq_, &MqttLink::on_publish);
    mosquitto_reconnect_delay_set(mosq_, 1, 30, true);
    mosquitto_threaded_set(mosq_, true);
    thread_ = std::thread([this] { run(); });
}

MqttLink::~MqttLink() {
    {
        // Under the lock the thread connects under: it either sees stopping_ and does not connect, or
        // has connected and this disconnect ends its loop.
        std::lock_guard lock(stop_mutex_);
        stopping_ = true;
        mosquitto_disconnect(mosq_); // ends mosquitto_loop_forever
    }
    stop_.notify_all();
    thread_.join();
    mosquitto_destroy(mosq_);
}

// The link's thread: connect, serve the connection until it ends, and try again with a growing pause
// (1 s up to 30 s). A broker that is away costs the kiosk nothing but this thread's sleep.
void MqttLink::run() {
    auto pause = std::chrono::seconds(1);
    bool warned = false;
    for (;;) {
        int rc;
        {
            std::lock_guard lock(stop_mutex_);
            if (stopping_) return;
            rc = mosquitto_connect_async(mosq_, settings_.host.c_str(), settings_.port, keepalive_s);
        }
        if (rc == MOSQ_ERR_SUCCESS) rc = mosquitto_loop_forever(mosq_, 1000, 1);
        if (connected_.exchange(false) && on_connection_) on_connection_(false);
        if (rc == MOSQ_ERR_SUCCESS) pause = std::chrono::seconds(1); // it was up: try again soon
        if (rc != MOSQ_ERR_SUCCESS && !warned) {
            warned = true;
            log::warning(std::string("telemetry: the broker cannot be reached (") +
                         (rc == MOSQ_ERR_ERRNO ? "connection refused or lost" : mosquitto_strerror(rc)) +
                         "); trying again in the background");
        }
        std::unique_lock lock(stop_mutex_);
        if (stop_.wait_for(lock, pause, [this] { return stopping_; })) return;
        pause = std::min(pause * 2, std::chrono::seconds(30));
    }
}

bool MqttLink::send(const Message& m, int* mid) {
    int rc = mosquitto_publish(mosq_, mid, m.topic.c_str(), static_cast<int>(m.payload.size()),
                               m.payload.data(), qos, m.retain);
    if (rc == MOSQ_ERR_SUCCESS) ++published_;
    return rc == MOSQ_ERR_SUCCESS;
}

void MqttLink::flush() {
    for (auto it = latest_.begin(); it != latest_.end() && connected_;)
        it = send(it->second) ? latest_.erase(it) : std::next(it);
    while (!events_.empty() && connected_ && send(events_.front()))
        events_.pop_front();
}

void MqttLink::publish_latest(Message message) {
    std::lock_guard lock(mutex_);
    auto topic = message.topic;
    latest_[topic] = std::move(message);
    if (connected_) flush();
}

void MqttLink::publish_event(Message message) {
    std::lock_guard lock(mutex_);
    events_.push_back(std::move(message));
    while (events_.size() > settings_.queue_cap) {
        events_.pop_front();
        ++dropped_;
    }
    if (connected_) flush();
}

void MqttLink::goodbye(Message farewell, std::chrono::milliseconds limit) {
    if (connected_) {
        int mid = -1;
        std::lock_guard lock(mutex_);
        if (send(farewell, &mid)) farewell_mid_ = mid;
    }
    auto deadline = std::chrono::steady_clock::now() + limit;
    while (connected_ && farewell_mid_ >= 0 && !farewell_sent_ && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    mosquitto_disconnect(mosq_);
}

void MqttLink::on_connect(mosquitto* mosq, void* self, int rc) {
    auto* link = static_cast<MqttLink*>(self);
    if (rc != 0) {
        log::warning(std::string("telemetry: the broker refused the connection: ") +
                     mosquitto_connack_string(rc));
        return;
    }
    for (const auto& topic : link->subscriptions_)
        mosquitto_subscribe(mosq, nullptr, topic.c_str(), qos);
    link->connected_ = true;
    log::info("telemetry: connected to the broker");
    if (link->on_connection_) link->on_connection_(true);
    std::lock_guard lock(link->mutex_);
    link->flush();
}

void MqttLink::on_disconnect(mosquitto*, void* self, int) {
    auto* link = static_cast<MqttLink*>(self);
    if (link->connected_.exchange(false) && link->on_connection_) link->on_connection_(false);
}

void MqttLink::on_message(mosquitto*, void* self, const mosquitto_message* m) {
    auto* link = static_cast<MqttLink*>(self);
    if (!m || !m->topic) return;
    std::string payload;
    if (m->payload && m->payloadlen > 0)
        payload.assign(static_cast<const char*>(m->payload), static_cast<std::size_t>(m->payloadlen));
    link->on_message_(m->topic, payload, m->retain);
}

void MqttLink::on_publish(mosquitto*, void* self, int mid) {
    auto* link = static_cast<MqttLink*>(self);
    if (mid == link->farewell_mid_) link->farewell_sent_ = true;
}

} // namespace kiosk::fleet
