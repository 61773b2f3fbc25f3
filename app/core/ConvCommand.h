// neurone-cli conv (--image FILE | --matrix "1 2 3;4 5 6;7 8 9" [--matrix … one per channel])
//   --kernel NAME|"a b;c d" [--kernel … one per channel] [--bias B] [--stride S]
//   [--padding valid|same|P] [--flip] [--relu] [--pool max|avg[:SIZE:STRIDE]]
//   [--normalize clip|minmax|abs] [--rgb] [--out FILE.png]
// neurone-cli conv --list-kernels
// One kernel filters every channel alike; one kernel per channel is a volume convolution
// (the channels' results summed, plus the bias): one output map.
// --matrix prints `output WxH` then the output, one row per line; --image prints
// `output WxH` and writes --out. Correlation by default; --flip is true convolution.
#pragma once

#include "core/CliCommand.h"

namespace cli {

int runConv(const QStringList& arguments, Streams streams);

} // namespace cli
