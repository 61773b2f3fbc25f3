// Saving what a panel shows: a plot as PNG, PDF or SVG (chosen by the file's suffix), a table
// as CSV, an image as PNG, a trained model as a .neurone file. Files are written atomically (QSaveFile): an interrupted save leaves the old file.
#pragma once

#include <QString>

namespace neurone {
struct ModelFile;
}
class QAbstractItemModel;
class QImage;
class QCustomPlot;

// Returns "" on success, or a message saying what went wrong.
QString exportPlot(QCustomPlot* plot, const QString& path, int width = 0, int height = 0);
QString exportTableCsv(const QAbstractItemModel* model, const QString& path);
QString exportImagePng(const QImage& image, const QString& path);
QString saveModelFile(const neurone::ModelFile& file, const QString& path);

// The CSV text of a model: a header row, then one line per row; cells quoted when needed.
QString tableToCsv(const QAbstractItemModel* model);
