#include "nn/Dense.h"

#include <stdexcept>
#include <string>

namespace neurone {

namespace {

void requireShape(const Batch& m, Eigen::Index rows, Eigen::Index cols, const char* what)
{
    if (m.rows() != rows || m.cols() != cols)
        throw std::invalid_argument(std::string("dense: ") + what + " should be "
                                    + std::to_string(rows) + "×" + std::to_string(cols) + ", not "
                                    + std::to_string(m.rows()) + "×" + std::to_string(m.cols()));
}

} // namespace

Dense::Dense(int inputs, int outputs, WeightInit init)
    : init_(init),
      weights_(Batch::Zero(inputs, outputs)),
      bias_(Batch::Zero(1, outputs)),
      weightGradient_(Batch::Zero(inputs, outputs)),
      biasGradient_(Batch::Zero(1, outputs))
{
    if (inputs < 1 || outputs < 1)
        throw std::invalid_argument("dense: needs at least one input and one output");
}

void Dense::setWeights(const Batch& weights)
{
    requireShape(weights, inputs(), outputs(), "W");
    weights_ = weights;
}

void Dense::setBias(const Batch& bias)
{
    requireShape(bias, 1, outputs(), "b");
    bias_ = bias;
}

Shape Dense::outputShape(const Shape& input) const
{
    if (input.size() != inputs())
        throw std::invalid_argument("dense: expects " + std::to_string(inputs())
                                    + " input values per sample, not "
                                    + std::to_string(input.size()));
    return Shape::flat(outputs());
}

Batch Dense::forward(const Batch& input)
{
    requireShape(input, input.rows(), inputs(), "X");
    input_ = input;
    Batch output(input.rows(), outputs());
    output.noalias() = input * weights_;
    output.rowwise() += bias_.row(0);
    return output;
}

Batch Dense::backward(const Batch& gradOutput)
{
    requireShape(gradOutput, input_.rows(), outputs(), "dY");
    weightGradient_.noalias() += input_.transpose() * gradOutput;
    biasGradient_ += gradOutput.colwise().sum();
    if (!inputGradientNeeded())
        return {};
    Batch gradInput(gradOutput.rows(), inputs());
    gradInput.noalias() = gradOutput * weights_.transpose();
    return gradInput;
}

std::vector<ParameterView> Dense::parameters()
{
    return {{"W", weights_.rows(), weights_.cols(), weights_.data(), weightGradient_.data()},
            {"b", bias_.rows(), bias_.cols(), bias_.data(), biasGradient_.data()}};
}

std::size_t Dense::parameterCount() const { return std::size_t(weights_.size() + bias_.size()); }

void Dense::initialize(std::mt19937& rng)
{
    fillUniform(Eigen::Map<Vector>(weights_.data(), weights_.size()),
                weightInitLimit(init_, inputs(), outputs()), rng);
    bias_.setZero();
}

std::unique_ptr<Layer> Dense::clone() const { return std::make_unique<Dense>(*this); }

} // namespace neurone
