// Benchmark: the keyword demo's audio path. The log-mel spectrogram of 1 s (target < 1000 µs)
// and of the 1.5 s keyword window (median of 500 runs each), the reverberation of a keyword
// window (RT60 0.4 s, target < 50 ms), and reading a 3 minute 44.1 kHz stereo file down to
// 16 kHz mono (mixToMono + resample). Prints one JSON object.
#include "audio/Augmentation.h"
#include "audio/Resample.h"
#include "audio/Spectrogram.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <numbers>
#include <random>
#include <vector>

using namespace neurone;

namespace {

double medianMicroseconds(int repeats, const auto& work)
{
    std::vector<double> times;
    work(); // warm-up: FFT plan and allocations
    for (int i = 0; i < repeats; ++i) {
        const auto start = std::chrono::steady_clock::now();
        work();
        times.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

std::vector<float> noisySine(std::size_t n, int rate, unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> g(0.0f, 0.01f);
    std::vector<float> x(n);
    for (std::size_t i = 0; i < n; ++i)
        x[i] = float(0.3 * std::sin(2.0 * std::numbers::pi * 440.0 * double(i) / rate)) + g(rng);
    return x;
}

} // namespace

int main()
{
    SpectrogramAnalyzer analyzer;
    const std::vector<float> second = noisySine(16000, 16000, 1);
    const std::vector<float> window = noisySine(24000, 16000, 2);
    const double logMel1s = medianMicroseconds(500, [&] { (void)analyzer.logMel(second); });
    const double logMelWindow = medianMicroseconds(500, [&] { (void)analyzer.logMel(window); });
    const double reverbMs = medianMicroseconds(21, [&] {
        std::mt19937 rng(3);
        (void)reverberate(window, 16000, 0.4, 0.3, rng);
    }) / 1000.0;
    const std::vector<float> stereo = noisySine(2 * 180 * 44100, 44100, 4);
    const std::clock_t cpuStart = std::clock();
    const double resampleMs = medianMicroseconds(3, [&] { (void)resample(mixToMono(stereo, 2), 44100, 16000); }) / 1000.0;
    const double resampleCpuMs = 1000.0 * double(std::clock() - cpuStart) / CLOCKS_PER_SEC / 4; // warm-up + 3 runs
    std::printf("{\"logmel_1s_us\": %.1f, \"logmel_keyword_window_1.5s_us\": %.1f, "
                "\"reverb_1.5s_rt60_0.4s_ms\": %.2f, \"resample_3min_44k1_stereo_to_16k_mono_ms\": %.1f, "
                "\"resample_3min_cpu_ms\": %.1f}\n",
                logMel1s, logMelWindow, reverbMs, resampleMs, resampleCpuMs);
}
