// Datasets for the perceptron: d ∈ {0, 1} for each observation x ∈ ℝᵖ; OR, AND, NAND, XOR;
// the user's rows and CSV files, checked cell by cell so that every message names its line.
#include "perceptron/PerceptronData.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

namespace neurone {

namespace {

PerceptronDataset logicTable(std::string id, std::array<int, 4> outputs, bool separable)
{
    PerceptronDataset data;
    data.id = std::move(id);
    data.featureNames = {"x1", "x2"};
    data.classNames = {"0", "1"};
    data.inputs.resize(4, 2);
    data.inputs << 0, 0, 0, 1, 1, 0, 1, 1;
    data.desired.assign(outputs.begin(), outputs.end());
    data.linearlySeparable = separable;
    return data;
}

std::string_view trimmed(std::string_view text)
{
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!text.empty() && space(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && space(text.back()))
        text.remove_suffix(1);
    return text;
}

std::string quoted(const std::string& text) { return std::string("'").append(text).append("'"); }

std::string lineText(int line) { return "line " + std::to_string(line); }

std::string cellText(int line, int column)
{
    return lineText(line) + ", column " + std::to_string(column);
}

DataError makeError(DataProblem problem, int line, int column, std::string message)
{
    DataError e;
    e.problem = problem;
    e.line = line;
    e.column = column;
    e.message = std::move(message);
    return e;
}

// One CSV line split on `separator`; "quoted, cells" keep their separators, "" is a quote.
std::vector<std::string> splitCells(std::string_view line, char separator)
{
    std::vector<std::string> cells(1);
    bool inQuotes = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (inQuotes) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                cells.back() += '"';
                ++i;
            } else if (c == '"') {
                inQuotes = false;
            } else {
                cells.back() += c;
            }
        } else if (c == '"') {
            inQuotes = true;
        } else if (c == separator) {
            cells.emplace_back();
        } else {
            cells.back() += c;
        }
    }
    for (std::string& cell : cells)
        cell = std::string(trimmed(cell));
    return cells;
}

// The separator of a file: ';' or tab when the first line has one, else ','.
char detectSeparator(std::string_view firstLine)
{
    if (firstLine.find(';') != std::string_view::npos)
        return ';';
    if (firstLine.find('\t') != std::string_view::npos)
        return '\t';
    return ',';
}

// Classes as written → 0/1. Plain 0 and 1 stay as they are; two other values are sorted
// (numerically when both are numbers) and the first becomes class 0.
std::variant<std::vector<std::string>, DataError> resolveClasses(const std::vector<DataRow>& rows, int column)
{
    std::vector<std::string> seen;
    for (const DataRow& row : rows) {
        const std::string& name = row.cells.back();
        if (name.empty())
            return makeError(DataProblem::EmptyClass, row.line, column,
                             cellText(row.line, column) + ": the class (last column) is empty");
        if (std::find(seen.begin(), seen.end(), name) != seen.end())
            continue;
        if (seen.size() == 2) {
            DataError e = makeError(DataProblem::ThirdClass, row.line, column,
                                    cellText(row.line, column) + ": a third class " + quoted(name) + " after "
                                        + quoted(seen[0]) + " and " + quoted(seen[1])
                                        + "; the perceptron separates two classes");
            e.cell = name;
            return e;
        }
        seen.push_back(name);
    }
    if (seen.size() == 1) {
        const int first = rows.front().line, last = rows.back().line;
        DataError e = makeError(DataProblem::OneClass, first, column,
                                (first == last ? lineText(first) : std::string("lines ") + std::to_string(first) + "-" + std::to_string(last))
                                    + ": every observation is of class " + quoted(seen[0])
                                    + "; the perceptron needs examples of two classes");
        e.lastLine = last;
        e.cell = seen[0];
        return e;
    }
    const auto a = parseNumber(seen[0]), b = parseNumber(seen[1]);
    if (a && b) {
        if (std::min(*a, *b) == 0 && std::max(*a, *b) == 1)
            return std::vector<std::string>{*a == 0 ? seen[0] : seen[1], *a == 0 ? seen[1] : seen[0]};
        if (*b < *a)
            std::swap(seen[0], seen[1]);
    } else {
        std::sort(seen.begin(), seen.end());
    }
    return seen;
}

} // namespace

const std::vector<PerceptronDataset>& builtInDatasets()
{
    static const std::vector<PerceptronDataset> sets = {
        logicTable("or", {0, 1, 1, 1}, true),
        logicTable("and", {0, 0, 0, 1}, true),
        logicTable("nand", {1, 1, 1, 0}, true),
        logicTable("xor", {0, 1, 1, 0}, false),
    };
    return sets;
}

const PerceptronDataset* findBuiltInDataset(std::string_view id)
{
    for (const PerceptronDataset& data : builtInDatasets())
        if (data.id == id)
            return &data;
    return nullptr;
}

std::optional<double> parseNumber(std::string_view text, bool decimalComma)
{
    std::string cell(trimmed(text));
    if (!cell.empty() && cell.front() == '+')
        cell.erase(0, 1);
    if (decimalComma)
        std::replace(cell.begin(), cell.end(), ',', '.');
    if (cell.empty())
        return std::nullopt;
    double value = 0;
    const char* end = cell.data() + cell.size();
    const auto [stop, error] = std::from_chars(cell.data(), end, value);
    if (error != std::errc() || stop != end || !std::isfinite(value))
        return std::nullopt;
    return value + 0.0; // never −0
}

std::optional<std::vector<double>> parseNumberList(std::string_view text)
{
    std::vector<double> values;
    while (!text.empty()) {
        const std::size_t end = text.find_first_of(",; \t");
        const std::string_view token = text.substr(0, end);
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
        if (trimmed(token).empty())
            continue;
        const auto value = parseNumber(token);
        if (!value)
            return std::nullopt;
        values.push_back(*value);
    }
    return values;
}

std::variant<PerceptronDataset, DataError> datasetFromRows(const std::vector<DataRow>& rows,
                                                           std::vector<std::string> featureNames,
                                                           bool decimalComma)
{
    if (rows.empty())
        return makeError(DataProblem::NoObservations, 0, 0, "no observations: the data has no rows");
    const int width = featureNames.empty() ? int(rows.front().cells.size()) : int(featureNames.size()) + 1;
    if (width < 2)
        return makeError(DataProblem::NoFeatures, rows.front().line, 0,
                         lineText(rows.front().line) + ": a row needs at least one feature and the class");
    if (width - 1 > maxFeatures)
        return makeError(DataProblem::TooManyFeatures, rows.front().line, 0,
                         std::string("more than ") + std::to_string(maxFeatures) + " features");
    if (int(rows.size()) > maxObservations)
        return makeError(DataProblem::TooManyObservations, rows[std::size_t(maxObservations)].line, 0,
                         std::string("more than ") + std::to_string(maxObservations) + " observations");

    PerceptronDataset data;
    data.inputs.resize(Eigen::Index(rows.size()), width - 1);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const DataRow& row = rows[r];
        if (int(row.cells.size()) != width) {
            DataError e = makeError(DataProblem::Ragged, row.line, 0,
                                    lineText(row.line) + ": expected " + std::to_string(width) + " values ("
                                        + std::to_string(width - 1) + (width == 2 ? " feature" : " features")
                                        + " and the class), found " + std::to_string(row.cells.size()));
            e.expected = width;
            e.found = int(row.cells.size());
            return e;
        }
        for (int c = 0; c + 1 < width; ++c) {
            const std::string& cell = row.cells[std::size_t(c)];
            const auto value = parseNumber(cell, decimalComma);
            if (!value || std::abs(*value) > maxDataMagnitude) {
                const bool tooLarge = value.has_value();
                DataError e = makeError(tooLarge ? DataProblem::TooLarge : DataProblem::NotANumber, row.line, c + 1,
                                        cellText(row.line, c + 1) + ": "
                                            + (cell.empty() ? std::string("empty cell, a number is needed")
                                               : tooLarge   ? quoted(cell) + " is too large (at most 1e9)"
                                                            : quoted(cell) + " is not a number"));
                e.cell = cell;
                return e;
            }
            data.inputs(Eigen::Index(r), c) = *value;
        }
    }
    auto classes = resolveClasses(rows, width);
    if (auto* error = std::get_if<DataError>(&classes))
        return *error;
    data.classNames = std::get<std::vector<std::string>>(classes);
    for (const DataRow& row : rows)
        data.desired.push_back(row.cells.back() == data.classNames[0] ? 0 : 1);
    if (featureNames.empty())
        for (int c = 1; c < width; ++c)
            featureNames.push_back(std::string("x") + std::to_string(c));
    data.featureNames = std::move(featureNames);
    return data;
}

std::variant<PerceptronDataset, DataError> parsePerceptronCsv(std::string_view text)
{
    if (text.substr(0, 3) == "\xEF\xBB\xBF") // UTF-8 byte order mark, as spreadsheets write it
        text.remove_prefix(3);
    std::vector<DataRow> rows;
    std::vector<std::string> header;
    char separator = 0;
    int line = 0;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        const std::string_view current = text.substr(0, end);
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
        ++line;
        if (trimmed(current).empty())
            continue;
        if (!separator)
            separator = detectSeparator(current);
        DataRow row{line, splitCells(current, separator)};
        const bool first = rows.empty() && header.empty();
        const bool numeric = std::all_of(row.cells.begin(), row.cells.end() - 1, [&](const std::string& cell) {
            return parseNumber(cell, separator == ';').has_value();
        });
        if (first && !numeric && row.cells.size() >= 2) {
            header.assign(row.cells.begin(), row.cells.end() - 1);
            continue;
        }
        if (int(rows.size()) > maxObservations)
            break; // datasetFromRows says so
        rows.push_back(std::move(row));
    }
    if (rows.empty())
        return makeError(DataProblem::NoObservations, line, 0,
                         header.empty() ? std::string("the file is empty") : "the file has a header but no observations");
    return datasetFromRows(rows, header, separator == ';');
}

std::string classMapping(const PerceptronDataset& data)
{
    if (data.classNames.size() != 2 || (data.classNames[0] == "0" && data.classNames[1] == "1"))
        return {};
    return std::string("class 0 = ") + data.classNames[0] + ", class 1 = " + data.classNames[1];
}

} // namespace neurone
