// A labelled dataset: n samples, each d feature values and one class label.
//   features  [n × d]  images stay bytes (0–255) in memory and become floats x = byte / 255
//                      only when a batch is taken (full Fashion-MNIST: 55 MB, not 220 MB);
//                      the 2-D toy sets store floats.
//   labels    [n]      class indices 0 … classes − 1
//   shape     how one sample reads as an image, {1, 28, 28}, or {1, 1, d} for plain features
// The storage is shared and never changes: a subset (a validation split, a shuffled epoch)
// is a list of row numbers, so copying a Dataset is cheap.
// Targets for a batch: one-hot rows [n × classes] (t_l = 1 for the true class l, 0 elsewhere),
// or, for a network with ONE output on a two-class set, the label itself as [n × 1].
#pragma once

#include "core/Tensor.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace neurone {

class Dataset {
public:
    Dataset() = default;
    // Throw std::invalid_argument when the sizes disagree, a label is out of range, or there
    // are no classes.
    static Dataset fromPixels(std::string name, Shape shape, std::vector<std::uint8_t> pixels,
                              std::vector<std::uint8_t> labels, std::vector<std::string> classNames);
    static Dataset fromValues(std::string name, Shape shape, std::vector<float> values,
                              std::vector<std::uint8_t> labels, std::vector<std::string> classNames);

    // "Fashion-MNIST", "two spirals", … as messages name the set.
    const std::string& name() const;
    Shape shape() const;
    int featureCount() const { return shape().size(); }
    std::size_t size() const { return rows_.size(); }
    bool empty() const { return rows_.empty(); }
    int classCount() const;
    const std::vector<std::string>& classNames() const;
    int label(std::size_t index) const;
    // Samples per class, [classes].
    std::vector<std::size_t> classCounts() const;
    // True when features are stored as bytes (images).
    bool storesPixels() const;
    // Bytes held by the shared storage (features and labels), whatever the subsets.
    std::size_t storageBytes() const;

    // Rows `indices` (positions in this set) as floats, [n × d].
    Batch features(std::span<const std::uint32_t> indices) const;
    // Their targets: one-hot [n × classes], or [n × 1] labels when outputs == 1 and there are
    // two classes; throws std::invalid_argument for any other width.
    Batch targets(std::span<const std::uint32_t> indices, int outputs) const;
    // Features and targets together; without `outputs`, one-hot targets.
    std::pair<Batch, Batch> batch(std::span<const std::uint32_t> indices, int outputs) const;
    std::pair<Batch, Batch> batch(std::span<const std::uint32_t> indices) const { return batch(indices, classCount()); }
    // A set holding samples `indices` of this one (sharing the storage).
    Dataset subset(std::span<const std::uint32_t> indices) const;

private:
    struct Storage;
    Dataset(std::shared_ptr<const Storage> storage, std::vector<std::uint32_t> rows);
    static Dataset make(std::shared_ptr<Storage> storage);

    std::shared_ptr<const Storage> storage_;
    std::vector<std::uint32_t> rows_; // storage row of each sample of this set
};

// A dataset as shipped: its training samples, and the test samples when it has some.
struct DataSplits {
    Dataset train;
    std::optional<Dataset> test;
};

// Keras' validation_split, but drawn at random: round(fraction · n) samples, chosen by a
// Fisher–Yates shuffle seeded with `seed`, become the validation set; the others stay.
struct ValidationSplit {
    Dataset train;
    Dataset validation;
};
// A fraction of 0 keeps the set as it is. Throws std::invalid_argument unless 0 ≤ fraction < 1.
ValidationSplit splitValidation(const Dataset& data, double fraction, std::uint32_t seed);

// The index of the largest value in each row: the predicted class (a network with one output
// predicts class 1 when that output is ≥ 0.5).
std::vector<int> predictedClasses(const Batch& outputs);

} // namespace neurone
