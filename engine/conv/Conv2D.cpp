#include "conv/Conv2D.h"

#include "conv/Im2Col.h"
#include "core/Parallel.h"

#include <stdexcept>
#include <vector>

namespace neurone {

namespace {

// Samples per unit of parallel work: fixed, so the gradient sums never depend on the threads.
constexpr Eigen::Index samplesPerChunk = 8;

} // namespace

Conv2D::Conv2D(Shape input, int filters, int kernelHeight, int kernelWidth, int stride, Padding padding,
               WeightInit init)
    : input_(input),
      geometry_(requireWindowGeometry(input.height, input.width, kernelHeight, kernelWidth, stride, padding)),
      init_(init)
{
    if (filters < 1 || input.channels < 1)
        throw std::invalid_argument("a convolution needs at least one filter and one input channel");
    const Eigen::Index taps = Eigen::Index(input.channels) * kernelHeight * kernelWidth;
    kernels_ = Batch::Zero(filters, taps);
    kernelGradient_ = Batch::Zero(filters, taps);
    bias_ = Batch::Zero(1, filters);
    biasGradient_ = Batch::Zero(1, filters);
}

void Conv2D::setKernels(const Batch& kernels)
{
    if (kernels.rows() != kernels_.rows() || kernels.cols() != kernels_.cols())
        throw std::invalid_argument("conv2d: kernels must be [filters × channels·height·width]");
    kernels_ = kernels;
}

void Conv2D::setBias(const Batch& bias)
{
    if (bias.rows() != 1 || bias.cols() != bias_.cols())
        throw std::invalid_argument("conv2d: bias must be [1 × filters]");
    bias_ = bias;
}

Shape Conv2D::outputShape(const Shape& input) const
{
    if (!(input == input_))
        throw std::invalid_argument("conv2d: built for " + std::to_string(input_.channels) + "×"
                                    + std::to_string(input_.height) + "×" + std::to_string(input_.width)
                                    + " inputs");
    return outputShape();
}

Batch Conv2D::forward(const Batch& input)
{
    if (input.cols() != input_.size())
        throw std::invalid_argument("conv2d: input rows must hold C·H·W values");
    cachedInput_ = input;
    const Eigen::Index filters = kernels_.rows();
    const Eigen::Index pixels = geometry_.outputSize();
    Batch output(input.rows(), filters * pixels);
    parallelChunks(input.rows(), samplesPerChunk, [&](Eigen::Index, Eigen::Index first, Eigen::Index last) {
        Batch cols;
        for (Eigen::Index s = first; s < last; ++s) {
            im2col(input.row(s).data(), input_.channels, geometry_, cols);
            Eigen::Map<Batch> y(output.row(s).data(), filters, pixels);
            y.noalias() = kernels_ * cols;
            y.colwise() += bias_.row(0).transpose();
        }
    });
    return output;
}

Batch Conv2D::backward(const Batch& gradOutput)
{
    const Eigen::Index filters = kernels_.rows();
    const Eigen::Index pixels = geometry_.outputSize();
    if (gradOutput.rows() != cachedInput_.rows() || gradOutput.cols() != filters * pixels)
        throw std::invalid_argument("conv2d: dY does not match the latest forward");
    const bool inputGradient = inputGradientNeeded();
    Batch gradInput = inputGradient ? Batch::Zero(gradOutput.rows(), input_.size()) : Batch();
    // Each chunk sums its samples' ∂E/∂W and ∂E/∂b; the chunks are added in order below.
    const Eigen::Index chunks = chunkCount(gradOutput.rows(), samplesPerChunk);
    std::vector<Batch> kernelSums(std::size_t(chunks), Batch::Zero(filters, kernels_.cols()));
    std::vector<Batch> biasSums(std::size_t(chunks), Batch::Zero(1, filters));
    parallelChunks(gradOutput.rows(), samplesPerChunk, [&](Eigen::Index chunk, Eigen::Index first, Eigen::Index last) {
        Batch cols, gradCols;
        Batch& dW = kernelSums[std::size_t(chunk)];
        Batch& db = biasSums[std::size_t(chunk)];
        for (Eigen::Index s = first; s < last; ++s) {
            const Eigen::Map<const Batch> dY(gradOutput.row(s).data(), filters, pixels);
            im2col(cachedInput_.row(s).data(), input_.channels, geometry_, cols);
            dW.noalias() += dY * cols.transpose();
            db.row(0) += dY.rowwise().sum().transpose();
            if (inputGradient) {
                gradCols.noalias() = kernels_.transpose() * dY;
                col2im(gradCols, input_.channels, geometry_, gradInput.row(s).data());
            }
        }
    });
    for (Eigen::Index chunk = 0; chunk < chunks; ++chunk) {
        kernelGradient_ += kernelSums[std::size_t(chunk)];
        biasGradient_ += biasSums[std::size_t(chunk)];
    }
    return gradInput;
}

std::vector<ParameterView> Conv2D::parameters()
{
    return {{"W", kernels_.rows(), kernels_.cols(), kernels_.data(), kernelGradient_.data()},
            {"b", bias_.rows(), bias_.cols(), bias_.data(), biasGradient_.data()}};
}

std::size_t Conv2D::parameterCount() const { return std::size_t(kernels_.size() + bias_.size()); }

void Conv2D::initialize(std::mt19937& rng)
{
    const int taps = int(kernels_.cols());
    const int fanOut = filters() * geometry_.rows.window * geometry_.cols.window;
    Eigen::Map<Vector> values(kernels_.data(), kernels_.size());
    fillUniform(values, weightInitLimit(init_, taps, fanOut), rng);
    bias_.setZero();
}

std::unique_ptr<Layer> Conv2D::clone() const { return std::make_unique<Conv2D>(*this); }

} // namespace neurone
