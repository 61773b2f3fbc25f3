#include "conv/Kernel.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <sstream>

namespace neurone {

namespace {

Plane rows(std::initializer_list<std::initializer_list<float>> values, float scale = 1.0f)
{
    Plane p(Eigen::Index(values.size()), Eigen::Index(values.begin()->size()));
    Eigen::Index r = 0;
    for (const auto& row : values) {
        Eigen::Index c = 0;
        for (const float v : row)
            p(r, c++) = v * scale;
        ++r;
    }
    return p;
}

std::vector<std::string> split(const std::string& text, const std::string& separators)
{
    std::vector<std::string> parts;
    std::string current;
    for (const char c : text) {
        if (separators.find(c) != std::string::npos) {
            parts.push_back(current);
            current.clear();
        } else {
            current += c;
        }
    }
    parts.push_back(current);
    return parts;
}

bool blank(const std::string& s)
{
    return std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isspace(c); });
}

} // namespace

const std::vector<KernelPreset>& kernelPresets()
{
    const Plane sobelX = rows({{-1, 0, 1}, {-2, 0, 2}, {-1, 0, 1}});
    static const std::vector<KernelPreset> presets = {
        {"identity", rows({{0, 0, 0}, {0, 1, 0}, {0, 0, 0}}), {}},
        {"blur", rows({{1, 1, 1}, {1, 1, 1}, {1, 1, 1}}, 1.0f / 9), {}},
        {"gaussian", rows({{1, 2, 1}, {2, 4, 2}, {1, 2, 1}}, 1.0f / 16), {}},
        {"sharpen", rows({{0, -1, 0}, {-1, 5, -1}, {0, -1, 0}}), {}},
        {"edge", rows({{-1, -1, -1}, {-1, 8, -1}, {-1, -1, -1}}), {}},
        {"sobel-x", sobelX, {}},
        {"sobel-y", sobelX.transpose(), {}},
        {"sobel", sobelX, Plane(sobelX.transpose())},
        {"emboss", rows({{-2, -1, 0}, {-1, 1, 1}, {0, 1, 2}}), {}},
        {"corner", rows({{-1, -1, -1, 0, 0}, {-1, 0, 0, 0, 0}, {-1, 0, 0, 0, 0}, {-1, 0, 0, 0, 0}, {-1, -1, -1, 0, 0}}), {}},
    };
    return presets;
}

const KernelPreset* findKernelPreset(const std::string& name)
{
    const auto& presets = kernelPresets();
    const auto it = std::find_if(presets.begin(), presets.end(), [&](const KernelPreset& p) { return p.name == name; });
    return it == presets.end() ? nullptr : &*it;
}

std::variant<Plane, std::string> parseKernel(const std::string& text)
{
    auto kernel = parseMatrix(text, maxKernelSize);
    if (auto* error = std::get_if<std::string>(&kernel); error && error->rfind("at most", 0) == 0)
        return "a kernel is at most " + std::to_string(maxKernelSize) + "×" + std::to_string(maxKernelSize);
    return kernel;
}

std::variant<Plane, std::string> parseMatrix(const std::string& text, int maxSize)
{
    std::vector<std::vector<float>> values;
    for (const std::string& line : split(text, ";\n")) {
        if (blank(line))
            continue;
        std::vector<float> row;
        for (const std::string& cell : split(line, " ,\t\r")) {
            if (cell.empty())
                continue;
            char* end = nullptr;
            const double v = std::strtod(cell.c_str(), &end);
            if (end == cell.c_str() || *end != '\0' || !std::isfinite(v) || std::abs(v) > 1e6)
                return "'" + cell + "' is not a number";
            row.push_back(float(v));
        }
        if (row.empty()) // only separators, as in ",": a blank line too
            continue;
        if (!values.empty() && row.size() != values.front().size())
            return "row " + std::to_string(values.size() + 1) + " has " + std::to_string(row.size())
                   + " values, the first has " + std::to_string(values.front().size());
        values.push_back(std::move(row));
    }
    if (values.empty())
        return std::string("the kernel is empty");
    const std::size_t height = values.size(), width = values.front().size();
    if (height > std::size_t(maxSize) || width > std::size_t(maxSize))
        return "at most " + std::to_string(maxSize) + "×" + std::to_string(maxSize) + " values";
    Plane kernel(static_cast<Eigen::Index>(height), static_cast<Eigen::Index>(width));
    for (std::size_t r = 0; r < height; ++r)
        for (std::size_t c = 0; c < width; ++c)
            kernel(Eigen::Index(r), Eigen::Index(c)) = values[r][c];
    return kernel;
}

std::string kernelToText(const Plane& kernel)
{
    std::ostringstream out;
    for (Eigen::Index r = 0; r < kernel.rows(); ++r) {
        if (r > 0)
            out << "; ";
        for (Eigen::Index c = 0; c < kernel.cols(); ++c)
            out << (c > 0 ? " " : "") << kernel(r, c);
    }
    return out.str();
}

} // namespace neurone
