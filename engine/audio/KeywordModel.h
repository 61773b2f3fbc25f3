// The keyword recogniser: a small CNN over the log-mel image (KeywordFeatures.h), its classes
// the vocabulary's words then "silence" and "unknown". The service of each word is kept in the
// model file's settings as "service.<word>=<15|17|18>".
// Transfer learning (seed 000, TransfertApprentissage.py): keep a base model's layers, replace
// its last dense layer by one with this vocabulary's classes, freeze the convolution layers and
// retrain the head (model.trainable = False, then a new Dense(12, softmax)).
#pragma once

#include "audio/KeywordFeatures.h"
#include "audio/KeywordVocabulary.h"
#include "model/LayerList.h"
#include "model/ModelFile.h"

#include <span>
#include <string>
#include <variant>
#include <vector>

namespace neurone {

// "conv2d 3x3x8 same, relu, maxpool 2, …, dense 14, softmax" for `classes` classes.
std::vector<LayerSpec> keywordNetworkLayers(int classes);

struct KeywordScores {
    std::vector<std::string> classNames;
    std::vector<float> probabilities; // one per class, summing to 1
    int best = -1;
    float confidence = 0;   // probabilities[best]
    std::string keyword;    // classNames[best]
    int service = 0;        // 15 / 17 / 18, 0 for silence, unknown or a word without one
};

// The vocabulary a model file carries (its class names without silence/unknown, and services).
KeywordVocabulary vocabularyOf(const ModelFile& file);
// Settings lines "service.<word>" for a vocabulary.
std::vector<std::pair<std::string, std::string>> serviceSettings(const KeywordVocabulary& vocabulary);

class KeywordClassifier {
public:
    // Throws std::invalid_argument when the model does not take keyword images.
    explicit KeywordClassifier(ModelFile file);

    const ModelFile& file() const { return file_; }
    const KeywordVocabulary& vocabulary() const { return vocabulary_; }
    // A window of keywordWindowSamples samples (an utterance from the Endpointer).
    KeywordScores classifyWindow(std::span<const float> window);
    // A whole recording at 16 kHz: its loudest utterance (cutUtterance), classified.
    KeywordScores classifyRecording(std::span<const float> samples);
    KeywordScores scores(const Batch& probabilities, int row) const;

private:
    ModelFile file_;
    KeywordVocabulary vocabulary_;
    KeywordFeatures features_;
};

// The base model's layers with a new last dense layer of `classes` outputs (weights drawn
// from `seed`, the others copied); the layers before the last dense one are frozen when
// `freeze` is set. Throws std::invalid_argument when the base does not take keyword images.
Model transferModel(const Model& base, int classes, std::vector<std::string> classNames, bool freeze,
                    std::uint32_t seed);

} // namespace neurone
