#include "conv/Conv2D.h"

#include "conv/Im2Col.h"

#include <stdexcept>

namespace neurone {

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
    const Shape out = outputShape();
    Batch output(input.rows(), out.size());
    Batch cols;
    for (Eigen::Index s = 0; s < input.rows(); ++s) {
        im2col(input.row(s).data(), input_.channels, geometry_, cols);
        Eigen::Map<Batch> y(output.row(s).data(), out.channels, geometry_.outputSize());
        y.noalias() = kernels_ * cols;
        y.colwise() += bias_.row(0).transpose();
    }
    return output;
}

Batch Conv2D::backward(const Batch& gradOutput)
{
    const Shape out = outputShape();
    Batch gradInput = Batch::Zero(gradOutput.rows(), input_.size());
    Batch cols;
    for (Eigen::Index s = 0; s < gradOutput.rows(); ++s) {
        const Eigen::Map<const Batch> dY(gradOutput.row(s).data(), out.channels, geometry_.outputSize());
        im2col(cachedInput_.row(s).data(), input_.channels, geometry_, cols);
        kernelGradient_.noalias() += dY * cols.transpose();
        biasGradient_.row(0) += dY.rowwise().sum().transpose();
        const Batch gradCols = kernels_.transpose() * dY;
        col2im(gradCols, input_.channels, geometry_, gradInput.row(s).data());
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
