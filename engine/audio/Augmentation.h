// Data augmentation, exactly the course's four kinds (seed 000, AugmentationDonnee.py), plus
// the effects the shipped model is hardened with:
//   pitch shift     p semitones up (p > 0) or down, same duration  (Rubber Band + libsamplerate)
//   speed change    played s times faster: duration / s, pitch × s (a tape)   (libsamplerate)
//   tempo change    s times faster, same pitch                            (Rubber Band)
//   time shift      y[i] = x[(i − k) mod n]                               (np.roll(x, k))
//   noise           y = x + f · N(0, 1)                                   (seeded)
//   telephone band  300–3400 Hz band-pass: 4th-order Butterworth high-pass at 300 Hz then
//                   low-pass at 3400 Hz (cascaded RBJ biquads, Q = 0.5412 and 1.3066)
//   equaliser       a voice's timbre (a microphone, a mouth, a synthesiser's tone setting):
//                   peaking RBJ biquads in cascade, band i with gain g_i dB at f_i Hz and
//                   quality Q, H_i(f_i) = 10^(g_i/20), |H_i| → 1 far from f_i
//   reverberation   y = x * h, h[t] = N(0,1) · exp(−6.9 t / RT60) for t < RT60 (h[0] = 1),
//                   mixed as (1 − wet) x + wet · (x * h) normalised to x's peak; y keeps x's
//                   length (the tail past the end is dropped: a keyword window stays 1.5 s)
#pragma once

#include <random>
#include <span>
#include <vector>

namespace neurone {

std::vector<float> pitchShift(std::span<const float> samples, int sampleRate, double semitones);
std::vector<float> speedChange(std::span<const float> samples, int sampleRate, double speed);
std::vector<float> tempoChange(std::span<const float> samples, int sampleRate, double tempo);
std::vector<float> timeShift(std::span<const float> samples, long shift);
std::vector<float> addNoise(std::span<const float> samples, double noiseFactor, std::mt19937& rng);
std::vector<float> telephoneBand(std::span<const float> samples, int sampleRate);
struct EqualiserBand {
    double hz = 1000; // f_i
    double gainDb = 0; // g_i
};
std::vector<float> equalise(std::span<const float> samples, int sampleRate, std::span<const EqualiserBand> bands,
                            double q = 1.0);
std::vector<float> reverberate(std::span<const float> samples, int sampleRate, double rt60Seconds, double wet,
                               std::mt19937& rng);

} // namespace neurone
