// A formula typed by the user, f(x) or f(x, y), parsed and evaluated by muparser.
// Its gradient is taken by central differences:
//   ∂f/∂xᵢ ≈ (f(x + h eᵢ) − f(x − h eᵢ)) / 2h,   h = 1e-6 · max(1, |xᵢ|)
// which is exact (to rounding) for the quadratics of the course.
#pragma once

#include <Eigen/Dense>

#include <memory>
#include <string>
#include <variant>
#include <vector>

namespace neurone {

class Formula {
public:
    // Parses `text` over the given variable names ("x", or "x","y"). Returns the formula,
    // or the parser's message naming what is wrong.
    static std::variant<Formula, std::string> parse(const std::string& text,
                                                    const std::vector<std::string>& variables);

    Formula(const Formula& other);
    Formula& operator=(const Formula& other);
    Formula(Formula&&) noexcept;
    Formula& operator=(Formula&&) noexcept;
    ~Formula();

    const std::string& text() const;
    int dimension() const;

    double value(const Eigen::VectorXd& point) const;
    Eigen::VectorXd gradient(const Eigen::VectorXd& point) const;

private:
    struct Impl;
    explicit Formula(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

} // namespace neurone
