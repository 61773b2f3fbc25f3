// Model files (.neurone, engine/model/ModelFile.h) on disk, for the CLI and the training panel.
// Reading refuses, with a sentence naming the file: a missing file, one over 300 MB, one that
// cannot be read, and whatever parseModelFile() refuses (another version, damage, …).
// Writing goes through QSaveFile: a failed save leaves the previous file as it was.
// Messages are translatable (context "ModelStorage").
#pragma once

#include "model/ModelFile.h"

#include <QString>

#include <variant>

namespace io {

inline constexpr qint64 maxModelFileBytes = qint64(300) << 20;
inline constexpr const char* modelFileSuffix = "neurone";

std::variant<neurone::ModelFile, QString> readModelFile(const QString& path);
// "" when written, else why not.
QString writeModelFile(const neurone::ModelFile& file, const QString& path);

} // namespace io
