#include "descent/Formula.h"

#include <muParser.h>

#include <algorithm>
#include <cctype>
#include <cmath>

namespace neurone {

struct Formula::Impl {
    std::string text;
    std::vector<std::string> names;
    // muparser binds variables by address: the values live here, next to the parser.
    mutable std::vector<double> values;
    mu::Parser parser;

    Impl(std::string formulaText, std::vector<std::string> variableNames)
        : text(std::move(formulaText)), names(std::move(variableNames)), values(names.size(), 0.0)
    {
        for (std::size_t i = 0; i < names.size(); ++i)
            parser.DefineVar(names[i], &values[i]);
        parser.SetExpr(text);
    }

    double evaluate(const Eigen::VectorXd& point) const
    {
        for (std::size_t i = 0; i < values.size(); ++i)
            values[i] = point[Eigen::Index(i)];
        try {
            return parser.Eval();
        } catch (const mu::Parser::exception_type&) {
            return std::nan("");
        }
    }
};

std::variant<Formula, std::string> Formula::parse(const std::string& text,
                                                  const std::vector<std::string>& variables)
{
    if (std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c); }))
        return std::string("the formula is empty");
    try {
        auto impl = std::make_unique<Impl>(text, variables);
        impl->parser.Eval(); // muparser parses lazily: force it now to report errors here.
        return Formula(std::move(impl));
    } catch (const mu::Parser::exception_type& error) {
        return error.GetMsg();
    }
}

Formula::Formula(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Formula::Formula(const Formula& other)
    : impl_(std::make_unique<Impl>(other.impl_->text, other.impl_->names))
{
}
Formula& Formula::operator=(const Formula& other)
{
    if (this != &other)
        impl_ = std::make_unique<Impl>(other.impl_->text, other.impl_->names);
    return *this;
}
Formula::Formula(Formula&&) noexcept = default;
Formula& Formula::operator=(Formula&&) noexcept = default;
Formula::~Formula() = default;

const std::string& Formula::text() const { return impl_->text; }
int Formula::dimension() const { return int(impl_->names.size()); }

double Formula::value(const Eigen::VectorXd& point) const { return impl_->evaluate(point); }

Eigen::VectorXd Formula::gradient(const Eigen::VectorXd& point) const
{
    Eigen::VectorXd grad(point.size());
    for (Eigen::Index i = 0; i < point.size(); ++i) {
        const double h = 1e-6 * std::max(1.0, std::abs(point[i]));
        Eigen::VectorXd forward = point, backward = point;
        forward[i] += h;
        backward[i] -= h;
        grad[i] = (impl_->evaluate(forward) - impl_->evaluate(backward)) / (2 * h);
    }
    return grad;
}

} // namespace neurone
