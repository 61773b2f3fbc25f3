#include "data/Dataset.h"

#include "data/PortableRandom.h"

#include <cmath>
#include <numeric>
#include <stdexcept>

namespace neurone {

struct Dataset::Storage {
    std::string name;
    Shape shape;
    std::vector<std::uint8_t> pixels; // [n·d] when the features are bytes
    std::vector<float> values;        // [n·d] otherwise
    std::vector<std::uint8_t> labels; // [n]
    std::vector<std::string> classNames;
};

namespace {

void check(bool condition, const std::string& message)
{
    if (!condition)
        throw std::invalid_argument("dataset: " + message);
}

} // namespace

Dataset::Dataset(std::shared_ptr<const Storage> storage, std::vector<std::uint32_t> rows)
    : storage_(std::move(storage)), rows_(std::move(rows))
{
}

Dataset Dataset::make(std::shared_ptr<Storage> storage)
{
    const std::size_t n = storage->labels.size();
    const std::size_t d = std::size_t(storage->shape.size());
    check(!storage->classNames.empty(), "needs at least one class");
    check(d > 0, "samples need at least one feature");
    check(storage->pixels.size() + storage->values.size() == n * d, "features and labels disagree in size");
    check(n <= std::size_t(UINT32_MAX), "too many samples");
    for (const std::uint8_t label : storage->labels)
        check(label < storage->classNames.size(), "label " + std::to_string(label) + " is not a class");
    std::vector<std::uint32_t> rows(n);
    std::iota(rows.begin(), rows.end(), 0u);
    return Dataset(std::move(storage), std::move(rows));
}

Dataset Dataset::fromPixels(std::string name, Shape shape, std::vector<std::uint8_t> pixels,
                            std::vector<std::uint8_t> labels, std::vector<std::string> classNames)
{
    return make(std::make_shared<Storage>(
        Storage{std::move(name), shape, std::move(pixels), {}, std::move(labels), std::move(classNames)}));
}

Dataset Dataset::fromValues(std::string name, Shape shape, std::vector<float> values,
                            std::vector<std::uint8_t> labels, std::vector<std::string> classNames)
{
    return make(std::make_shared<Storage>(
        Storage{std::move(name), shape, {}, std::move(values), std::move(labels), std::move(classNames)}));
}

const std::string& Dataset::name() const
{
    static const std::string none;
    return storage_ ? storage_->name : none;
}

Shape Dataset::shape() const { return storage_ ? storage_->shape : Shape::flat(0); }

int Dataset::classCount() const { return storage_ ? int(storage_->classNames.size()) : 0; }

const std::vector<std::string>& Dataset::classNames() const
{
    static const std::vector<std::string> none;
    return storage_ ? storage_->classNames : none;
}

int Dataset::label(std::size_t index) const { return storage_->labels[rows_.at(index)]; }

std::vector<std::size_t> Dataset::classCounts() const
{
    std::vector<std::size_t> counts(std::size_t(classCount()), 0);
    for (const std::uint32_t row : rows_)
        ++counts[storage_->labels[row]];
    return counts;
}

bool Dataset::storesPixels() const { return storage_ && !storage_->pixels.empty(); }

std::size_t Dataset::storageBytes() const
{
    if (!storage_)
        return 0;
    return storage_->pixels.size() + storage_->values.size() * sizeof(float) + storage_->labels.size();
}

Batch Dataset::features(std::span<const std::uint32_t> indices) const
{
    const Eigen::Index d = featureCount();
    Batch x(Eigen::Index(indices.size()), d);
    for (std::size_t i = 0; i < indices.size(); ++i) {
        const std::size_t offset = std::size_t(rows_.at(indices[i])) * std::size_t(d);
        if (storesPixels())
            x.row(Eigen::Index(i)) = Eigen::Map<const Eigen::Matrix<std::uint8_t, 1, Eigen::Dynamic>>(
                                         storage_->pixels.data() + offset, d)
                                         .cast<float>()
                                     / 255.0f;
        else
            x.row(Eigen::Index(i)) = Eigen::Map<const Eigen::RowVectorXf>(storage_->values.data() + offset, d);
    }
    return x;
}

Batch Dataset::targets(std::span<const std::uint32_t> indices, int outputs) const
{
    const bool single = outputs == 1 && classCount() == 2;
    if (!single && outputs != classCount())
        throw std::invalid_argument("dataset: a network with " + std::to_string(outputs)
                                    + " outputs cannot learn " + std::to_string(classCount()) + " classes");
    Batch t = Batch::Zero(Eigen::Index(indices.size()), outputs);
    for (std::size_t i = 0; i < indices.size(); ++i) {
        const int l = label(indices[i]);
        if (single)
            t(Eigen::Index(i), 0) = float(l);
        else
            t(Eigen::Index(i), l) = 1.0f;
    }
    return t;
}

std::pair<Batch, Batch> Dataset::batch(std::span<const std::uint32_t> indices, int outputs) const
{
    return {features(indices), targets(indices, outputs)};
}

Dataset Dataset::subset(std::span<const std::uint32_t> indices) const
{
    std::vector<std::uint32_t> rows;
    rows.reserve(indices.size());
    for (const std::uint32_t index : indices)
        rows.push_back(rows_.at(index));
    return Dataset(storage_, std::move(rows));
}

ValidationSplit splitValidation(const Dataset& data, double fraction, std::uint32_t seed)
{
    if (!(fraction >= 0 && fraction < 1))
        throw std::invalid_argument("the validation fraction must be at least 0 and less than 1");
    if (std::lround(fraction * double(data.size())) == 0)
        return {data, data.subset({})};
    const std::vector<std::uint32_t> order = shuffledIndices(data.size(), seed);
    const std::size_t count = std::size_t(std::lround(fraction * double(data.size())));
    const std::span<const std::uint32_t> all(order);
    return {data.subset(all.subspan(count)), data.subset(all.first(count))};
}

std::vector<int> predictedClasses(const Batch& outputs)
{
    std::vector<int> classes(std::size_t(outputs.rows()));
    for (Eigen::Index r = 0; r < outputs.rows(); ++r) {
        if (outputs.cols() == 1) {
            classes[std::size_t(r)] = outputs(r, 0) >= 0.5f ? 1 : 0;
            continue;
        }
        Eigen::Index best = 0;
        outputs.row(r).maxCoeff(&best);
        classes[std::size_t(r)] = int(best);
    }
    return classes;
}

} // namespace neurone
