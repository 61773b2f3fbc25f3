// A perceptron's training set (seed 004, "Exemple introductif"): observations
//   x = (x₁ … x_p) ∈ ℝᵖ with a desired class d ∈ {0, 1},
// the course's logic tables (OR, AND, NAND, XOR) and the user's own data, typed in a table or
// read from CSV. Classes are 0/1, or exactly two names: sorted, the first is class 0
// ("non" → 0, "oui" → 1; "setosa" → 0, "versicolor" → 1).
// CSV: optional header row (the first row is the header when one of its feature cells is not
// a number), the class in the last column, separator ',' or ';' (or tab; with ';' a decimal
// comma is accepted, as French spreadsheets write it), empty lines ignored.
#pragma once

#include <Eigen/Dense>

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace neurone {

struct PerceptronDataset {
    std::string id;                        // "or", "and", "nand", "xor"; empty for the user's data
    std::vector<std::string> featureNames; // one per column of inputs
    std::vector<std::string> classNames;   // classNames[0] is class 0, classNames[1] class 1
    Eigen::MatrixXd inputs;                // [observations × features]
    std::vector<int> desired;              // d, 0 or 1, one per observation
    std::optional<bool> linearlySeparable; // known for the built-ins only

    int featureCount() const { return int(inputs.cols()); }
    int size() const { return int(inputs.rows()); }
};

// What is wrong with the data, with enough detail for a panel to say it in its own language.
enum class DataProblem {
    NoObservations,  // no data row at all
    NoFeatures,      // rows of a single cell: the class, and nothing to learn from
    Ragged,          // a row with `found` cells where the others have `expected`
    NotANumber,      // a feature cell that does not read as a number
    TooLarge,        // a feature beyond ±maxDataMagnitude
    EmptyClass,      // nothing in the class column
    OneClass,        // every observation has the same class (`cell`), lines `line` to `lastLine`
    ThirdClass,      // a third class name (`cell`)
    TooManyObservations,
    TooManyFeatures,
};

// Where the data is wrong. `line` counts from 1: the CSV file's line (header and empty lines
// included), or the table's row. `column` counts from 1 (0 when the whole row or set is wrong).
struct DataError {
    DataProblem problem = DataProblem::NoObservations;
    int line = 0;
    int column = 0;
    int lastLine = 0;   // OneClass: the last line of the range
    int expected = 0;   // Ragged: cells per row
    int found = 0;      // Ragged: cells in this row
    std::string cell;   // the offending text, or the one class
    std::string message; // English, naming the line: "line 3: expected 3 values (…), found 2"
};

// Beyond these the step table stops being something one reads.
inline constexpr int maxObservations = 10000;
inline constexpr int maxFeatures = 100;
inline constexpr double maxDataMagnitude = 1e9;

// OR, AND, NAND, XOR over x₁, x₂ ∈ {0, 1}, in the course's order (0,0), (0,1), (1,0), (1,1).
const std::vector<PerceptronDataset>& builtInDatasets();
const PerceptronDataset* findBuiltInDataset(std::string_view id);

// A number as typed or written in a file: surrounding spaces allowed, finite, |v| ≤ 1e9.
// With `decimalComma`, "0,5" reads as 0.5.
std::optional<double> parseNumber(std::string_view text, bool decimalComma = false);
// "1,-1", "1; -1" or "1 -1": a list of numbers (decimal point only).
std::optional<std::vector<double>> parseNumberList(std::string_view text);

// One row of cells as typed or read, with the line it comes from (for messages).
struct DataRow {
    int line = 0;
    std::vector<std::string> cells; // features…, class
};

// Builds a dataset from rows whose last cell is the class. featureNames may be empty
// (then x1, x2, …). Checks: at least one row and one feature, every row as long as the first,
// numeric finite features, classes 0/1 or two names, and both classes present.
std::variant<PerceptronDataset, DataError> datasetFromRows(const std::vector<DataRow>& rows,
                                                           std::vector<std::string> featureNames = {},
                                                           bool decimalComma = false);

std::variant<PerceptronDataset, DataError> parsePerceptronCsv(std::string_view text);

// "class 0 = setosa, class 1 = versicolor", or "" when the classes are simply 0 and 1.
std::string classMapping(const PerceptronDataset& data);

} // namespace neurone
