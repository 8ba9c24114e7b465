// espeak-ng synthesising into a buffer, without a sound device: there is sound, in the right voice for
// each language, with the words in order; and a BSN never becomes sound.
#include "devices/speech/espeak_synth.hpp"
#include "devices/speech/sdl_speaker.hpp"
#include "devices/speech/speech_guard.hpp"

#include <doctest/doctest.h>

#include <SDL.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <thread>
#include <vector>

using namespace devices;

namespace {

EspeakSynth& synth() {
    static auto instance = EspeakSynth::shared();
    return *instance;
}

struct Said {
    std::vector<std::int16_t> samples;
    std::vector<std::string> words;
    bool ok = false;
};

Said say(const std::string& text, const std::string& voice, int volume = 100) {
    Said out;
    out.ok = synth().speak(
        text, voice, volume,
        [&](std::span<const std::int16_t> audio) {
            out.samples.insert(out.samples.end(), audio.begin(), audio.end());
            return true;
        },
        &out.words);
    return out;
}

double rms(const std::vector<std::int16_t>& samples) {
    double sum = 0;
    for (auto s : samples)
        sum += double(s) * s;
    return samples.empty() ? 0 : std::sqrt(sum / double(samples.size()));
}

} // namespace

TEST_CASE("a Dutch sentence becomes sound, in the Dutch voice, with its words in order") {
    auto said = say("Welkom. Tik op Beginnen.", "nl");
    REQUIRE(said.ok);
    CHECK(synth().current_language() == "nl");
    // About 1.5 s of speech at espeak-ng's rate, and not silence.
    CHECK(said.samples.size() > std::size_t(synth().sample_rate()));
    CHECK(rms(said.samples) > 500);
    CHECK(said.words == std::vector<std::string>{"Welkom", "Tik", "op", "Beginnen"});
    // Dutch pronunciation, not English: espeak-ng's phonemes for "Welkom".
    CHECK(synth().phonemes("Welkom", "nl") != synth().phonemes("Welkom", "en"));
}

TEST_CASE("each of the kiosk's languages has its own voice") {
    struct Case {
        const char *voice, *text, *first_word;
    };
    for (auto c : {Case{"en", "Tap Start.", "Tap"}, Case{"pl", "Dotknij Rozpocznij.", "Dotknij"},
                   Case{"tr", "Başla'ya dokunun.", "Başla"}, Case{"uk", "Торкніться Почати.", "Торкніться"},
                   Case{"ar", "اضغط على ابدأ", "اضغط"}}) {
        CAPTURE(c.voice);
        auto said = say(c.text, c.voice);
        REQUIRE(said.ok);
        CHECK(synth().current_language().starts_with(c.voice)); // "en-gb" for English
        CHECK(rms(said.samples) > 500);
        REQUIRE_FALSE(said.words.empty());
        CHECK(said.words.front() == c.first_word);
    }
    CHECK_FALSE(say("Hallo", "no-such-voice").ok);
}

TEST_CASE("louder is louder") {
    CHECK(rms(say("Welkom bij de gemeente.", "nl", 180).samples) >
          1.4 * rms(say("Welkom bij de gemeente.", "nl", 70).samples));
}

TEST_CASE("a BSN is never synthesised, with or without separators; other numbers are") {
    auto said = say("Uw nummer is 123456782. Bel 14 020.", "nl");
    REQUIRE(said.ok);
    for (const auto& word : said.words)
        CHECK(word.find("123") == std::string::npos);
    CHECK(std::find(said.words.begin(), said.words.end(), "020") != said.words.end());

    CHECK(looks_like_bsn("123456782"));
    CHECK_FALSE(looks_like_bsn("123456789"));
    CHECK_FALSE(looks_like_bsn("12345678"));
    CHECK(without_bsn("BSN 1234.56.782 klaar") == "BSN  klaar");
    CHECK(without_bsn("BSN 123 456 782, klaar") == "BSN , klaar");
    CHECK(without_bsn("123456782 5") == ""); // a nine-digit group inside a longer run
    CHECK(without_bsn("Bel 0800 123 4567") == "Bel 0800 123 4567");
    CHECK(without_bsn("Op 5 november 2026") == "Op 5 november 2026");
}

TEST_CASE("the speaker starts sounding soon after it is asked, and a new utterance cuts the old one off") {
    // SDL's dummy sound device plays nothing but takes the audio at the real rate.
    setenv("SDL_AUDIODRIVER", "dummy", 1);
    SDL_SetHint(SDL_HINT_AUDIODRIVER, "dummy");
    REQUIRE(SDL_Init(0) == 0);
    {
        SdlSpeaker speaker;
        CHECK_FALSE(speaker.working()); // silent until started
        speaker.start();
        REQUIRE(speaker.working());
        speaker.say(
            {.phrases = {{"nl", "Dit is een lange zin die de zuil voorleest, met veel woorden erin."}}});
        auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
        while (!speaker.sounded_at() && std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        REQUIRE(speaker.sounded_at());
        CHECK(speaker.queued_samples() > 0);
        speaker.stop();
        CHECK(speaker.queued_samples() == 0);
    }
    SDL_Quit();
}
