// neurone-cli backprop [--preset course-bce|xor] [--epochs N] [--lr η] [--momentum γ]
//   [--observation K]
// Steps one observation through a tiny network (by default the course's binary classification
// activity, seed 004) and prints every value, one per line as `name<TAB>value` (%.6g), in the
// order they are computed: inputs and target, Y and f(Y) per layer, E; then from the output
// down dE/df(…), dE/d(weighted sum), dE/dw, dE/db; then the updated parameters, w34' etc.
// Names follow the course (engine/backprop/BackpropNames.h): f(Z), E, dE/dpsi1, dE/db5,
// dE/dw34, dE/db4, …  --epochs trains that many epochs first (each observation in turn).
#pragma once

#include "core/CliCommand.h"

namespace cli {

int runBackprop(const QStringList& arguments, Streams streams);

} // namespace cli
