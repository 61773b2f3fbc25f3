// The synthetic corpus the shipped keyword model is trained on (reproducible: no recording,
// only espeak-ng, which Debian packages). A voice is espeak-ng's language + a voice variant,
// a speed (words per minute) and a pitch (0–99):  espeak-ng -v fr-be+m3 -s 140 -p 50 "incendie"
// The training voices and the held-out voices share no variant and no speed/pitch pair, so a
// test on held-out voices measures how the model generalises to voices it never heard.
// Classes "unknown" (other French words) and "silence" (background noise only) are added.
#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace neurone {

struct SyntheticVoice {
    std::string language; // fr, fr-be, fr-ch
    std::string variant;  // m1 … f5, klatt …
    int speed = 150;      // words per minute
    int pitch = 50;       // 0–99

    std::string espeakVoice() const { return language + "+" + variant; }
    // "fr-be+m3 s140 p50": the speaker name recordings carry.
    std::string name() const;
};

enum class VoiceSet { Training, HeldOut };

std::vector<SyntheticVoice> syntheticVoices(VoiceSet set);
// Other French words, spoken as the "unknown" class (different lists for the two sets).
std::vector<std::string> unknownWords(VoiceSet set);

// A background-only clip of `samples` at 16 kHz: white, pink-ish or hum noise at a random level
// between −70 and −35 dBFS, or digital silence.
std::vector<float> backgroundClip(std::size_t samples, std::mt19937& rng);

} // namespace neurone
