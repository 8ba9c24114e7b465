#pragma once
// Speech output. The narrator decides what a screen says; a Speaker turns it into sound. One
// utterance at a time: a new one, or stop(), cuts off what is being said (speech stops at new input).
#include <string>
#include <vector>

namespace devices {

struct Phrase {
    std::string voice; // an espeak-ng voice name (content/languages.json)
    std::string text;
};

struct Utterance {
    std::vector<Phrase> phrases; // in reading order, said with a short pause between them
    int volume = 100;            // espeak-ng's scale, 0 to 200
    bool chime_first = false;    // the short sound before the hint on Welcome
};

class Speaker {
public:
    virtual ~Speaker() = default;
    virtual void say(Utterance utterance) = 0;
    virtual void stop() = 0;
    virtual void pause(bool paused) = 0;
    virtual bool working() const = 0; // false: no sound device; the kiosk goes on without speech
};

} // namespace devices
