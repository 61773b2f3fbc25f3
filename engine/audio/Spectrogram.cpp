// Short-time Fourier transform and log-mel spectrogram:
//   x_m[n] = x[m·H + n] · w[n],   w[n] = ½ (1 − cos(2πn / L))
//   P_m[k] = |FFT_N(x_m)[k]|²,    S[m][b] = ln(Σ_k F[b][k] · P_m[k] + 1e−6),
//   D[m][k] = 10 log10(P_m[k] + 1e−10),  mel(f) = 2595 log10(1 + f / 700)
// Filter b rises linearly (in Hz) from edge b to 1 at centre b + 1 and falls back to 0 at
// edge b + 2; the B + 2 edges are equally spaced in mel between minHz and maxHz.
#include "audio/Spectrogram.h"

#include <unsupported/Eigen/FFT>

#include <cmath>
#include <complex>
#include <numbers>
#include <stdexcept>

namespace neurone {

double hzToMel(double hz)
{
    return 2595.0 * std::log10(1.0 + hz / 700.0);
}

double melToHz(double mel)
{
    return 700.0 * (std::pow(10.0, mel / 2595.0) - 1.0);
}

std::vector<float> periodicHann(int length)
{
    std::vector<float> w(std::size_t(std::max(length, 0)));
    for (int n = 0; n < length; ++n)
        w[std::size_t(n)] = float(0.5 * (1.0 - std::cos(2.0 * std::numbers::pi * n / length)));
    return w;
}

namespace {

// Triangle rising from `left` to 1 at `centre`, back to 0 at `right` (Hz).
double triangle(double hz, double left, double centre, double right)
{
    if (hz <= left || hz >= right)
        return 0.0;
    return hz <= centre ? (hz - left) / (centre - left) : (right - hz) / (right - centre);
}

void validate(const SpectrogramSettings& s)
{
    if (s.sampleRate <= 0 || s.windowLength <= 0 || s.hop <= 0 || s.melBands <= 0)
        throw std::invalid_argument("spectrogram: rates, lengths and band count must be positive");
    if (s.fftSize < s.windowLength || s.fftSize % 2 != 0)
        throw std::invalid_argument("spectrogram: the FFT size must be even and at least the window length");
    if (s.minHz < 0 || s.minHz >= s.maxHz || s.maxHz > s.sampleRate / 2.0)
        throw std::invalid_argument("spectrogram: need 0 <= minHz < maxHz <= sampleRate / 2");
}

} // namespace

Batch melFilterBank(const SpectrogramSettings& settings)
{
    validate(settings);
    const int bands = settings.melBands;
    const double lowMel = hzToMel(settings.minHz);
    const double step = (hzToMel(settings.maxHz) - lowMel) / (bands + 1);
    std::vector<double> edges(std::size_t(bands + 2));
    for (int i = 0; i < bands + 2; ++i)
        edges[std::size_t(i)] = melToHz(lowMel + i * step);
    edges.back() = settings.maxHz; // exact, whatever the rounding of the round trip

    Batch filters = Batch::Zero(bands, settings.bins());
    const double binHz = double(settings.sampleRate) / settings.fftSize;
    for (int b = 0; b < bands; ++b) {
        const auto i = std::size_t(b);
        for (int k = 0; k < settings.bins(); ++k)
            filters(b, k) = float(triangle(k * binHz, edges[i], edges[i + 1], edges[i + 2]));
    }
    return filters;
}

// One reused real FFT (kissfft backend, half spectrum) and its buffers.
struct SpectrogramAnalyzer::Fft {
    Eigen::FFT<float> fft;
    std::vector<float> frame;
    std::vector<std::complex<float>> spectrum;

    explicit Fft(int size) : frame(std::size_t(size), 0.0f)
    {
        fft.SetFlag(Eigen::FFT<float>::HalfSpectrum);
    }
};

SpectrogramAnalyzer::SpectrogramAnalyzer(SpectrogramSettings settings)
    : settings_(settings),
      window_(periodicHann(settings.windowLength)),
      melFilters_(melFilterBank(settings)),
      fft_(std::make_unique<Fft>(settings.fftSize))
{
}

SpectrogramAnalyzer::~SpectrogramAnalyzer() = default;
SpectrogramAnalyzer::SpectrogramAnalyzer(SpectrogramAnalyzer&&) noexcept = default;
SpectrogramAnalyzer& SpectrogramAnalyzer::operator=(SpectrogramAnalyzer&&) noexcept = default;

Batch SpectrogramAnalyzer::power(std::span<const float> samples)
{
    const int frames = settings_.frameCount(samples.size());
    const int bins = settings_.bins();
    const auto length = std::size_t(settings_.windowLength);
    Batch p(frames, bins);
    Fft& f = *fft_;
    for (int m = 0; m < frames; ++m) {
        const float* x = samples.data() + std::size_t(m) * std::size_t(settings_.hop);
        for (std::size_t n = 0; n < length; ++n)
            f.frame[n] = x[n] * window_[n]; // the rest of the frame stays zero (padding)
        f.fft.fwd(f.spectrum, f.frame);
        for (int k = 0; k < bins; ++k)
            p(m, k) = std::norm(f.spectrum[std::size_t(k)]);
    }
    return p;
}

// Each filter is non-zero over a few bins only: summing over its support is ~20 times less work
// than the dense product P · Fᵀ (and never wakes OpenMP threads for a small matrix).
Batch SpectrogramAnalyzer::logMel(std::span<const float> samples)
{
    const Batch p = power(samples);
    Batch s(p.rows(), melFilters_.rows());
    for (Eigen::Index b = 0; b < melFilters_.rows(); ++b) {
        Eigen::Index first = 0, last = melFilters_.cols();
        while (first < last && melFilters_(b, first) == 0.0f)
            ++first;
        while (last > first && melFilters_(b, last - 1) == 0.0f)
            --last;
        const auto weights = melFilters_.row(b).segment(first, last - first).transpose();
        s.col(b) = p.middleCols(first, last - first) * weights;
    }
    s.array() = (s.array() + 1e-6f).log();
    return s;
}

Batch SpectrogramAnalyzer::linearDb(std::span<const float> samples)
{
    Batch d = power(samples);
    d.array() = 10.0f * (d.array() + 1e-10f).log10();
    return d;
}

} // namespace neurone
