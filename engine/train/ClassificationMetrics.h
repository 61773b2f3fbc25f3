// Classification metrics (seed 004, "Matrice de confusion"), from the confusion matrix CM whose
// row i counts the samples of true class Cᵢ and column j those predicted Cⱼ:
//   accuracy      = Σᵢ CM(i,i) / n
//   recall(Cᵢ)    = CM(i,i) / Σⱼ CM(i,j)       (row: how many of class i were found)
//   precision(Cᵢ) = CM(i,i) / Σⱼ CM(j,i)       (column: how many predicted i were right)
//   F1(Cᵢ)        = 2 · precision · recall / (precision + recall)
//   normalised CM(i,j) / Σⱼ CM(i,j)            (each true class's row sums to 1)
// A ratio whose denominator is 0 (no sample, never predicted) is 0, as scikit-learn reports it.
// Shapes: CM [classes × classes] counts.
#pragma once

#include <cstddef>
#include <vector>

namespace neurone {

class ConfusionMatrix {
public:
    explicit ConfusionMatrix(int classes = 0);

    // Throws std::out_of_range for a class outside 0 … classes − 1.
    void add(int trueClass, int predictedClass);
    // Adds every pair; throws std::invalid_argument when the lists differ in length.
    void add(const std::vector<int>& trueClasses, const std::vector<int>& predictedClasses);

    int classes() const { return classes_; }
    std::size_t count(int trueClass, int predictedClass) const;
    std::size_t total() const { return total_; }
    std::size_t trueCount(int trueClass) const;           // Σⱼ CM(i,j)
    std::size_t predictedCount(int predictedClass) const; // Σⱼ CM(j,i)

    double accuracy() const;
    double recall(int trueClass) const;
    double precision(int predictedClass) const;
    double f1(int cls) const;
    double normalized(int trueClass, int predictedClass) const;

private:
    int classes_;
    std::vector<std::size_t> counts_; // row-major [classes × classes]
    std::size_t total_ = 0;
};

} // namespace neurone
