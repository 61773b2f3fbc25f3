#include "train/ClassificationMetrics.h"

#include <stdexcept>
#include <string>

namespace neurone {

namespace {

double ratio(std::size_t numerator, std::size_t denominator)
{
    return denominator == 0 ? 0.0 : double(numerator) / double(denominator);
}

} // namespace

ConfusionMatrix::ConfusionMatrix(int classes)
    : classes_(classes), counts_(std::size_t(classes) * std::size_t(classes), 0)
{
    if (classes < 0)
        throw std::invalid_argument("a confusion matrix needs a number of classes ≥ 0");
}

void ConfusionMatrix::add(int trueClass, int predictedClass)
{
    if (trueClass < 0 || trueClass >= classes_ || predictedClass < 0 || predictedClass >= classes_)
        throw std::out_of_range("confusion matrix: class " + std::to_string(trueClass) + " or "
                                + std::to_string(predictedClass) + " is not one of the "
                                + std::to_string(classes_));
    ++counts_[std::size_t(trueClass) * std::size_t(classes_) + std::size_t(predictedClass)];
    ++total_;
}

void ConfusionMatrix::add(const std::vector<int>& trueClasses, const std::vector<int>& predictedClasses)
{
    if (trueClasses.size() != predictedClasses.size())
        throw std::invalid_argument("confusion matrix: as many predictions as true classes are needed");
    for (std::size_t k = 0; k < trueClasses.size(); ++k)
        add(trueClasses[k], predictedClasses[k]);
}

std::size_t ConfusionMatrix::count(int trueClass, int predictedClass) const
{
    return counts_.at(std::size_t(trueClass) * std::size_t(classes_) + std::size_t(predictedClass));
}

std::size_t ConfusionMatrix::trueCount(int trueClass) const
{
    std::size_t sum = 0;
    for (int j = 0; j < classes_; ++j)
        sum += count(trueClass, j);
    return sum;
}

std::size_t ConfusionMatrix::predictedCount(int predictedClass) const
{
    std::size_t sum = 0;
    for (int i = 0; i < classes_; ++i)
        sum += count(i, predictedClass);
    return sum;
}

double ConfusionMatrix::accuracy() const
{
    std::size_t diagonal = 0;
    for (int i = 0; i < classes_; ++i)
        diagonal += count(i, i);
    return ratio(diagonal, total_);
}

double ConfusionMatrix::recall(int trueClass) const { return ratio(count(trueClass, trueClass), trueCount(trueClass)); }

double ConfusionMatrix::precision(int predictedClass) const
{
    return ratio(count(predictedClass, predictedClass), predictedCount(predictedClass));
}

double ConfusionMatrix::f1(int cls) const
{
    const double p = precision(cls), r = recall(cls);
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

double ConfusionMatrix::normalized(int trueClass, int predictedClass) const
{
    return ratio(count(trueClass, predictedClass), trueCount(trueClass));
}

} // namespace neurone
