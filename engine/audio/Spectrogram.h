// Short-time Fourier transform and the log-mel spectrogram (the keyword demo's input image):
//   frame m:  x_m[n] = x[m·H + n] · w[n],  n = 0 … L − 1   (L = 25 ms = 400, H = 10 ms = 160)
//   window:   periodic Hann  w[n] = ½ (1 − cos(2πn / L))
//   spectrum: P_m[k] = |FFT_N(x_m)[k]|²,  k = 0 … N/2  (N = 512, zero-padded; bin k is k·fs/N Hz)
//   mel:      mel(f) = 2595 log10(1 + f / 700)   (HTK); B = 40 triangular filters whose
//             edges are equally spaced in mel from 20 Hz to 8000 Hz, peak 1 at each centre
//   log-mel:  S[m][b] = ln(Σ_k F[b][k] · P_m[k] + 1e−6)
//   linear:   D[m][k] = 10 log10(P_m[k] + 1e−10)   (dB, the course's figures)
//   frames:   M = 1 + ⌊(n − L) / H⌋ for n ≥ L, else 0   (1 s at 16 kHz → 98 frames)
// Shapes: samples [n]; log-mel [M × B]; linear [M × (N/2 + 1)]; filters [B × (N/2 + 1)]
// (row = time frame, column = frequency, row-major).
// One SpectrogramAnalyzer per thread: it owns and reuses its FFT plan and buffers.
#pragma once

#include "core/Tensor.h"

#include <memory>
#include <span>
#include <vector>

namespace neurone {

struct SpectrogramSettings {
    int sampleRate = 16000;
    int windowLength = 400; // L, 25 ms
    int hop = 160;          // H, 10 ms
    int fftSize = 512;      // N
    int melBands = 40;      // B
    double minHz = 20;
    double maxHz = 8000;

    int bins() const { return fftSize / 2 + 1; }
    int frameCount(std::size_t samples) const
    {
        return samples < std::size_t(windowLength) ? 0 : 1 + int((samples - windowLength) / hop);
    }
};

double hzToMel(double hz);
double melToHz(double mel);
// w[n] = ½ (1 − cos(2πn / L)), n = 0 … L − 1.
std::vector<float> periodicHann(int length);
// F [B × (N/2 + 1)].
Batch melFilterBank(const SpectrogramSettings& settings);

class SpectrogramAnalyzer {
public:
    // Throws std::invalid_argument for impossible settings (window > FFT size, maxHz > fs/2, …).
    explicit SpectrogramAnalyzer(SpectrogramSettings settings = {});
    ~SpectrogramAnalyzer();
    SpectrogramAnalyzer(SpectrogramAnalyzer&&) noexcept;
    SpectrogramAnalyzer& operator=(SpectrogramAnalyzer&&) noexcept;

    const SpectrogramSettings& settings() const { return settings_; }
    const Batch& melFilters() const { return melFilters_; }

    Batch power(std::span<const float> samples);     // P [M × (N/2 + 1)]
    Batch logMel(std::span<const float> samples);    // S [M × B]
    Batch linearDb(std::span<const float> samples);  // D [M × (N/2 + 1)]

private:
    struct Fft;
    SpectrogramSettings settings_;
    std::vector<float> window_;
    Batch melFilters_;
    std::unique_ptr<Fft> fft_;
};

} // namespace neurone
