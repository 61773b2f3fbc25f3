// The keyword CNN over a {1, 40, 148} log-mel image:
//   conv 3×3×8 same → relu → maxpool 2      [8 × 20 × 74]
//   conv 3×3×16 same → relu → maxpool 2     [16 × 10 × 37]
//   conv 2×2×32 valid → relu → maxpool 3    [32 × 9 × 36] → [32 × 3 × 12]
//   flatten [1152] → dropout 0.25 → dense 64 → relu → dense C → softmax
// Transfer: the base's layers, its last dense layer replaced by dense C (new weights), the
// layers below it frozen (seed 000: model.trainable = False + Dense(12, softmax)).
#include "audio/KeywordModel.h"

#include "audio/Endpointer.h"

#include <omp.h>

#include <algorithm>
#include <stdexcept>

namespace neurone {

std::vector<LayerSpec> keywordNetworkLayers(int classes)
{
    const std::string text = "conv2d 3x3x8 same, relu, maxpool 2, conv2d 3x3x16 same, relu, maxpool 2, "
                             "conv2d 2x2x32, relu, maxpool 3, flatten, dropout 0.25, dense 64, relu, dense "
                             + std::to_string(classes) + ", softmax";
    return std::get<std::vector<LayerSpec>>(parseLayerList(text));
}

KeywordVocabulary vocabularyOf(const ModelFile& file)
{
    std::vector<Keyword> keywords;
    for (const std::string& name : file.model.classNames) {
        if (name == silenceClass || name == unknownClass)
            continue;
        int service = 0;
        for (const auto& [key, value] : file.settings)
            if (key == "service." + name)
                service = std::atoi(value.c_str());
        keywords.push_back({name, service});
    }
    return KeywordVocabulary(std::move(keywords));
}

std::vector<std::pair<std::string, std::string>> serviceSettings(const KeywordVocabulary& vocabulary)
{
    std::vector<std::pair<std::string, std::string>> settings;
    for (const Keyword& keyword : vocabulary.keywords())
        settings.emplace_back("service." + keyword.word, std::to_string(keyword.service));
    return settings;
}

namespace {

void requireKeywordInput(const Model& model)
{
    if (!(model.input == keywordInputShape()))
        throw std::invalid_argument("this model does not take keyword spectrograms (40 mel bands × 148 frames)");
}

} // namespace

KeywordClassifier::KeywordClassifier(ModelFile file) : file_(std::move(file)), vocabulary_(vocabularyOf(file_))
{
    requireKeywordInput(file_.model);
    if (file_.model.classNames.size() != std::size_t(file_.model.outputs()))
        throw std::invalid_argument("this model's classes are not named");
    file_.model.network.setTraining(false);
}

KeywordScores KeywordClassifier::scores(const Batch& probabilities, int row) const
{
    KeywordScores result;
    result.classNames = file_.model.classNames;
    result.probabilities.assign(probabilities.row(row).data(), probabilities.row(row).data() + probabilities.cols());
    const auto best = std::max_element(result.probabilities.begin(), result.probabilities.end());
    result.best = int(best - result.probabilities.begin());
    result.confidence = *best;
    result.keyword = result.classNames[std::size_t(result.best)];
    result.service = vocabulary_.service(result.keyword);
    return result;
}

namespace {

// One utterance is too small a job to share among threads: OpenMP's start-up and, on a busy
// machine, its waiting cost far more than the work (0.7 ms on one thread, 24 ms on two with the
// other core loaded). The calling thread's own setting is restored afterwards.
class OneThread {
public:
    OneThread() : previous_(omp_get_max_threads()) { omp_set_num_threads(1); }
    ~OneThread() { omp_set_num_threads(previous_); }
    OneThread(const OneThread&) = delete;
    OneThread& operator=(const OneThread&) = delete;

private:
    int previous_;
};

} // namespace

KeywordScores KeywordClassifier::classifyWindow(std::span<const float> window)
{
    const OneThread oneThread;
    return scores(file_.model.network.predict(features_.features(window)), 0);
}

KeywordScores KeywordClassifier::classifyRecording(std::span<const float> samples)
{
    EndpointerSettings settings;
    settings.windowSamples = keywordWindowSamples;
    return classifyWindow(cutUtterance(samples, settings));
}

Model transferModel(const Model& base, int classes, std::vector<std::string> classNames, bool freeze,
                    std::uint32_t seed)
{
    requireKeywordInput(base);
    std::vector<LayerSpec> layers = base.layers;
    const auto lastDense = std::find_if(layers.rbegin(), layers.rend(),
                                        [](const LayerSpec& layer) { return layer.kind == LayerKind::Dense; });
    if (lastDense == layers.rend())
        throw std::invalid_argument("the base model has no dense layer to replace");
    lastDense->units = classes;
    const std::size_t head = std::size_t(layers.rend() - lastDense) - 1; // index of that layer

    auto built = makeModel(layers, base.input, std::move(classNames), seed);
    if (auto* reason = std::get_if<std::string>(&built))
        throw std::invalid_argument(*reason);
    Model model = std::get<Model>(std::move(built));
    Sequential source = base.network;
    for (std::size_t k = 0; k < head; ++k) {
        const std::vector<ParameterView> from = source.layer(k).parameters();
        const std::vector<ParameterView> to = model.network.layer(k).parameters();
        for (std::size_t t = 0; t < from.size(); ++t)
            to[t].value() = from[t].value();
        model.network.layer(k).setFrozen(freeze && !from.empty());
    }
    return model;
}

} // namespace neurone
