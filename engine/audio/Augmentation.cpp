// Data augmentation:
//   pitch shift  r = 2^(p/12): Rubber Band time stretch × r, then libsamplerate at ratio 1/r
//                (length kept exactly)
//   speed        libsamplerate at ratio 1/s: ⌊n / s⌉ samples, every frequency × s
//   tempo        Rubber Band, time ratio 1/s, pitch scale 1: ⌊n / s⌉ samples
//   time shift   y[i] = x[(i − k) mod n];   noise  y = x + f · N(0, 1)
//   equaliser    RBJ peaking biquads: A = 10^(g/40), α = sin ω0 / 2Q,
//                H(z) = (1 + αA − 2cos ω0 z⁻¹ + (1 − αA) z⁻²) / (1 + α/A − 2cos ω0 z⁻¹ + (1 − α/A) z⁻²)
//   telephone    RBJ high-pass 300 Hz then low-pass 3400 Hz, two biquads each (Q 0.5412, 1.3066)
//   reverb       h[0] = 1, h[t] = N(0,1) · exp(−6.9 t / RT60) for 0 < t < RT60; x * h by FFT,
//                truncated to n samples and scaled to x's peak; y = (1 − wet) x + wet · (x * h)
#include "audio/Augmentation.h"

#include <rubberband/RubberBandStretcher.h>
#include <samplerate.h>
#include <unsupported/Eigen/FFT>

#include <algorithm>
#include <cmath>
#include <complex>
#include <numbers>
#include <stdexcept>
#include <string>

namespace neurone {

namespace {

// Rubber Band's offline stretcher: study the whole input, then process and retrieve. The
// result is padded or trimmed to ⌊n · timeRatio⌉ samples.
std::vector<float> stretch(std::span<const float> x, int sampleRate, double timeRatio, double pitchScale)
{
    using RubberBand::RubberBandStretcher;
    const std::size_t n = x.size();
    const auto wanted = std::size_t(std::llround(double(n) * timeRatio));
    if (n == 0)
        return {};
    RubberBandStretcher stretcher(std::size_t(sampleRate), 1, RubberBandStretcher::OptionProcessOffline, timeRatio,
                                  pitchScale);
    constexpr std::size_t block = 4096;
    stretcher.setExpectedInputDuration(n);
    stretcher.setMaxProcessSize(block);
    for (std::size_t at = 0; at < n; at += block) {
        const float* in = x.data() + at;
        stretcher.study(&in, std::min(block, n - at), at + block >= n);
    }
    std::vector<float> out;
    out.reserve(wanted + block);
    const auto drain = [&] {
        for (int available = stretcher.available(); available > 0; available = stretcher.available()) {
            const std::size_t at = out.size();
            out.resize(at + std::size_t(available));
            float* dst = out.data() + at;
            out.resize(at + stretcher.retrieve(&dst, std::size_t(available)));
        }
    };
    for (std::size_t at = 0; at < n; at += block) {
        const float* in = x.data() + at;
        stretcher.process(&in, std::min(block, n - at), at + block >= n);
        drain();
    }
    drain();
    out.resize(wanted, 0.0f);
    return out;
}

std::vector<float> resampleByRatio(std::span<const float> x, double ratio)
{
    if (x.empty())
        return {};
    if (!src_is_valid_ratio(ratio))
        throw std::invalid_argument("speedChange: the speed is beyond libsamplerate's 1/256 … 256");
    const auto wanted = std::size_t(std::llround(double(x.size()) * ratio));
    std::vector<float> out(wanted + 16, 0.0f);
    SRC_DATA data{};
    data.data_in = x.data();
    data.input_frames = long(x.size());
    data.data_out = out.data();
    data.output_frames = long(out.size());
    data.src_ratio = ratio;
    if (const int error = src_simple(&data, SRC_SINC_MEDIUM_QUALITY, 1); error != 0)
        throw std::runtime_error(std::string("speedChange: ") + src_strerror(error));
    out.resize(wanted);
    return out;
}

struct Biquad {
    double b0, b1, b2, a1, a2; // normalised by a0
};

// RBJ cookbook high-pass (highPass) or low-pass biquad at f0 Hz with quality Q.
Biquad rbjBiquad(bool highPass, double f0, double q, int sampleRate)
{
    const double w0 = 2.0 * std::numbers::pi * f0 / sampleRate;
    const double cosw = std::cos(w0);
    const double alpha = std::sin(w0) / (2.0 * q);
    const double a0 = 1.0 + alpha;
    const double b0 = highPass ? (1.0 + cosw) / 2.0 : (1.0 - cosw) / 2.0;
    const double b1 = highPass ? -(1.0 + cosw) : 1.0 - cosw;
    return {b0 / a0, b1 / a0, b0 / a0, -2.0 * cosw / a0, (1.0 - alpha) / a0};
}

// RBJ cookbook peaking equaliser: gain g dB at f0 Hz, quality Q.
Biquad rbjPeaking(double f0, double gainDb, double q, int sampleRate)
{
    const double a = std::pow(10.0, gainDb / 40.0);
    const double w0 = 2.0 * std::numbers::pi * f0 / sampleRate;
    const double cosw = std::cos(w0);
    const double alpha = std::sin(w0) / (2.0 * q);
    const double a0 = 1.0 + alpha / a;
    return {(1.0 + alpha * a) / a0, -2.0 * cosw / a0, (1.0 - alpha * a) / a0, -2.0 * cosw / a0, (1.0 - alpha / a) / a0};
}

// Transposed direct form II, in place.
void filter(std::vector<double>& x, const Biquad& f)
{
    double s1 = 0.0, s2 = 0.0;
    for (double& v : x) {
        const double y = f.b0 * v + s1;
        s1 = f.b1 * v - f.a1 * y + s2;
        s2 = f.b2 * v - f.a2 * y;
        v = y;
    }
}

float peak(std::span<const float> x)
{
    float p = 0.0f;
    for (const float v : x)
        p = std::max(p, std::abs(v));
    return p;
}

// h[0] = 1, h[i] = N(0,1) · exp(−6.9 (i / fs) / RT60), i < RT60 · fs.
std::vector<double> impulseResponse(int sampleRate, double rt60Seconds, std::mt19937& rng)
{
    const auto length = std::max<std::size_t>(1, std::size_t(rt60Seconds * sampleRate));
    std::normal_distribution<double> gaussian(0.0, 1.0);
    std::vector<double> h(length);
    h[0] = 1.0;
    for (std::size_t i = 1; i < length; ++i)
        h[i] = gaussian(rng) * std::exp(-6.9 * (double(i) / sampleRate) / rt60Seconds);
    return h;
}

// The first x.size() samples of x * h, by FFT (Eigen's kissfft).
std::vector<double> convolveHead(std::span<const float> x, const std::vector<double>& h)
{
    std::size_t size = 1;
    while (size < x.size() + h.size() - 1)
        size *= 2;
    std::vector<double> a(size, 0.0), b(size, 0.0);
    std::copy(x.begin(), x.end(), a.begin());
    std::copy(h.begin(), h.end(), b.begin());
    Eigen::FFT<double> fft;
    std::vector<std::complex<double>> fa, fb;
    fft.fwd(fa, a);
    fft.fwd(fb, b);
    for (std::size_t k = 0; k < fa.size(); ++k)
        fa[k] *= fb[k];
    fft.inv(a, fa);
    a.resize(x.size());
    return a;
}

} // namespace

// Pitch × r (r = 2^(p/12)) at the same duration: stretch the time by r (Rubber Band, pitch
// kept), then play it r times faster (libsamplerate), which brings the duration back and
// raises the pitch by r. Rubber Band's own pitch scaling rebuilds its sinc filters for every
// new ratio and is about 20× slower for one-off 1.5 s clips.
std::vector<float> pitchShift(std::span<const float> samples, int sampleRate, double semitones)
{
    const double r = std::pow(2.0, semitones / 12.0);
    std::vector<float> out = resampleByRatio(stretch(samples, sampleRate, r, 1.0), 1.0 / r);
    out.resize(samples.size(), 0.0f);
    return out;
}

std::vector<float> speedChange(std::span<const float> samples, int /*sampleRate*/, double speed)
{
    if (speed <= 0)
        throw std::invalid_argument("speedChange: the speed must be positive");
    return resampleByRatio(samples, 1.0 / speed);
}

std::vector<float> tempoChange(std::span<const float> samples, int sampleRate, double tempo)
{
    if (tempo <= 0)
        throw std::invalid_argument("tempoChange: the tempo must be positive");
    return stretch(samples, sampleRate, 1.0 / tempo, 1.0);
}

std::vector<float> timeShift(std::span<const float> samples, long shift)
{
    std::vector<float> y(samples.begin(), samples.end());
    if (y.empty())
        return y;
    const long n = long(y.size());
    const long k = ((shift % n) + n) % n;
    std::rotate(y.begin(), y.end() - k, y.end());
    return y;
}

std::vector<float> addNoise(std::span<const float> samples, double noiseFactor, std::mt19937& rng)
{
    std::normal_distribution<double> gaussian(0.0, 1.0);
    std::vector<float> y(samples.size());
    for (std::size_t i = 0; i < y.size(); ++i)
        y[i] = float(samples[i] + noiseFactor * gaussian(rng));
    return y;
}

// Above fs / 2.2 the low-pass corner would leave the band the bilinear transform can hold, so
// it is lowered to fs / 2.2 for very low sample rates.
std::vector<float> telephoneBand(std::span<const float> samples, int sampleRate)
{
    if (sampleRate <= 0)
        throw std::invalid_argument("telephoneBand: the sample rate must be positive");
    std::vector<double> x(samples.begin(), samples.end());
    const double lowCut = std::min(3400.0, sampleRate / 2.2);
    const double highCut = std::min(300.0, lowCut / 2.0);
    for (const double q : {0.5412, 1.3066})
        filter(x, rbjBiquad(true, highCut, q, sampleRate));
    for (const double q : {0.5412, 1.3066})
        filter(x, rbjBiquad(false, lowCut, q, sampleRate));
    return {x.begin(), x.end()};
}

// A band at or above fs / 2 cannot be filtered and is left out.
std::vector<float> equalise(std::span<const float> samples, int sampleRate, std::span<const EqualiserBand> bands,
                            double q)
{
    if (sampleRate <= 0 || q <= 0)
        throw std::invalid_argument("equalise: the sample rate and the quality must be positive");
    std::vector<double> x(samples.begin(), samples.end());
    for (const EqualiserBand& band : bands)
        if (band.hz > 0 && band.hz < sampleRate / 2.0 && band.gainDb != 0)
            filter(x, rbjPeaking(band.hz, band.gainDb, q, sampleRate));
    return {x.begin(), x.end()};
}

std::vector<float> reverberate(std::span<const float> samples, int sampleRate, double rt60Seconds, double wet,
                               std::mt19937& rng)
{
    std::vector<float> y(samples.begin(), samples.end());
    const float dryPeak = peak(samples);
    if (y.empty() || rt60Seconds <= 0 || sampleRate <= 0 || dryPeak == 0.0f)
        return y;
    const std::vector<double> reverb = convolveHead(samples, impulseResponse(sampleRate, rt60Seconds, rng));
    double wetPeak = 0.0;
    for (const double v : reverb)
        wetPeak = std::max(wetPeak, std::abs(v));
    const double scale = wetPeak > 0 ? wet * dryPeak / wetPeak : 0.0;
    for (std::size_t i = 0; i < y.size(); ++i)
        y[i] = float((1.0 - wet) * samples[i] + scale * reverb[i]);
    return y;
}

} // namespace neurone
