// neurone-cli perceptron --data or|and|nand|xor|FILE.csv --eta 1 --weights 1,-1 --bias 0
//   [--max-epochs N]
// The delta rule's step table (seed 004, "Exemple introductif") as TSV, one w and x column per
// feature — for two features `it w1 w2 b x1 x2 d Y fY w1' w2' b'` — then
// `converged after epoch E: w=(…) b=…` or `no convergence after E epochs`.
// Defaults: OR, η 1, weights 0, bias 0, 20 epochs. Bad data or η ≤ 0: exit 1; bad options: 2.
#pragma once

#include "core/CliCommand.h"

namespace cli {

int runPerceptron(const QStringList& arguments, Streams streams);

} // namespace cli
