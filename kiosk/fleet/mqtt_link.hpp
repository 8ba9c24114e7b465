#pragma once
// The kiosk's connection to the fleet's broker (libmosquitto, on its own thread). Nothing here ever
// waits for the broker: publishing only puts a message in memory, and a broker that is away gets it
// when it is back. Latest-state topics (state, health, usage) keep only their newest message; events
// wait in order up to the cap, and the oldest is dropped when it is full.
#include "kiosk/fleet/telemetry_settings.hpp"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

struct mosquitto;
struct mosquitto_message;

namespace kiosk::fleet {

class MqttLink {
public:
    struct Message {
        std::string topic;
        std::string payload;
        bool retain = false;
    };
    // Called on the link's thread for every message on a subscribed topic.
    using OnMessage =
        std::function<void(const std::string& topic, const std::string& payload, bool retained)>;
    // Called on the link's thread each time the connection is made (true) or lost (false).
    using OnConnection = std::function<void(bool connected)>;

    MqttLink(const TelemetrySettings& settings, const std::string& client_id, Message last_will,
             std::vector<std::string> subscriptions, OnMessage on_message, OnConnection on_connection = {});
    ~MqttLink(); // disconnects without the last will: say goodbye() first
    MqttLink(const MqttLink&) = delete;

    void publish_latest(Message message); // replaces a waiting message on the same topic
    void publish_event(Message message);  // in order; the oldest waiting one is dropped past the cap
    // Sends `farewell` (a retained state) and disconnects cleanly, waiting at most `limit` for the broker.
    void goodbye(Message farewell, std::chrono::milliseconds limit);

    bool connected() const { return connected_; }
    std::uint64_t dropped() const { return dropped_; }
    std::uint64_t published() const { return published_; }

private:
    static void on_connect(mosquitto*, void* self, int rc);
    static void on_disconnect(mosquitto*, void* self, int rc);
    static void on_message(mosquitto*, void* self, const mosquitto_message* message);
    static void on_publish(mosquitto*, void* self, int mid);
    void flush(); // with mutex_ held
    void run();   // the link's thread
    bool send(const Message& message, int* mid = nullptr);

    TelemetrySettings settings_;
    std::vector<std::string> subscriptions_;
    OnMessage on_message_;
    OnConnection on_connection_;
    mosquitto* mosq_ = nullptr;
    std::mutex mutex_;
    std::map<std::string, Message> latest_;
    std::deque<Message> events_;
    std::atomic<bool> connected_{false};
    std::atomic<std::uint64_t> dropped_{0};
    std::atomic<std::uint64_t> published_{0};
    std::atomic<int> farewell_mid_{-1};
    std::atomic<bool> farewell_sent_{false};
    std::mutex stop_mutex_;
    std::condition_variable stop_;
    bool stopping_ = false;
    std::thread thread_;
};

} // namespace kiosk::fleet
