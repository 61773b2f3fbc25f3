// neurone-cli descent --function "(x-0.75)^2" --x0 0.1 --lr 0.1 --eps 0.1 [--momentum 0.5]
//   [--optimizer gd|momentum|nesterov|adagrad|rmsprop|adam] [--max-steps N] [--min-loss L]
//   [--y0 Y] [--preset ID]
// Prints the step table as TSV — header `k x f grad velocity` (2-D: `k x y f grad_x grad_y
// velocity_x velocity_y`) — then `converged after N steps at x=…`, `diverged after N steps`
// or `stopped after N steps`.
#pragma once

#include "core/CliCommand.h"

namespace cli {

int runDescent(const QStringList& arguments, Streams streams);

} // namespace cli
