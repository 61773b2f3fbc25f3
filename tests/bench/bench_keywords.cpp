// The keyword recogniser's speed with the shipped model: the log-mel image of one 1.5 s
// window, and classifying one utterance (image + network), median of 200 runs.
// Prints one JSON line; targets: classifying an utterance < 10 ms.
#include "audio/KeywordModel.h"
#include "core/KeywordsCommand.h"
#include "io/ModelStorage.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <random>

namespace {

template <typename F> double medianMicroseconds(F&& work, int runs = 200)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        work();
        times.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count());
    }
    std::nth_element(times.begin(), times.begin() + runs / 2, times.end());
    return times[std::size_t(runs / 2)];
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    auto loaded = io::readModelFile(cli::shippedKeywordModel);
    if (auto* problem = std::get_if<QString>(&loaded)) {
        QTextStream(stderr) << *problem << '\n';
        return 1;
    }
    neurone::KeywordClassifier classifier(std::get<neurone::ModelFile>(std::move(loaded)));
    std::mt19937 rng(1);
    std::normal_distribution<float> gauss(0, 0.1f);
    std::vector<float> window(neurone::keywordWindowSamples);
    for (float& v : window)
        v = gauss(rng);
    neurone::KeywordFeatures features;
    const double image = medianMicroseconds([&] { features.features(window); });
    const double classify = medianMicroseconds([&] { classifier.classifyWindow(window); });
    QTextStream(stdout) << "{\"keyword_image_us\": " << std::lround(image) << ", \"classify_utterance_us\": "
                        << std::lround(classify) << ", \"target_classify_us\": 10000}\n";
    return 0;
}
