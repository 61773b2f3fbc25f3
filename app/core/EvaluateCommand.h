// neurone-cli evaluate --model FILE [--dataset NAME] [--split test|train] [--normalize]
//   [--data-dir DIR] [--points N] [--noise S] [--seed S]
// Measures a saved model on a dataset (its test split by default; the whole set when it has
// none) and prints TSV (seed 004's metrics):
//   accuracy  0.9155
//   loss      0.289
//   samples   2000
//   true\predicted  <class names…>      then one row of counts per true class
//                                       (--normalize: each row divided by its total)
//   class  precision  recall  f1  support
// --dataset defaults to the one the model was trained on. A file that is not a model, or a
// model whose input does not fit the dataset, is refused with the reason (exit code 1).
#pragma once

#include "core/CliCommand.h"

namespace cli {

int runEvaluate(const QStringList& arguments, Streams streams);

} // namespace cli
