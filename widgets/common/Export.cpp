#include "common/Export.h"

#include "common/Sentence.h"
#include "io/ImageFile.h"
#include "io/ModelStorage.h"

#include <QAbstractItemModel>
#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <qcustomplot.h>

namespace {

QString writeAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return QCoreApplication::translate("Export", "Cannot write %1: %2 Choose another folder or file name.")
            .arg(path, asSentence(file.errorString()));
    return {};
}

QByteArray renderVector(QCustomPlot* plot, const QString& format, int width, int height)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (format == "pdf") {
        QPdfWriter pdf(&buffer);
        pdf.setPageSize(QPageSize(QSizeF(width, height), QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(72);
        pdf.setCreator("Neurone");
        QCPPainter painter(&pdf);
        plot->toPainter(&painter, width, height);
    } else {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(QSize(width, height));
        svg.setViewBox(QRect(0, 0, width, height));
        svg.setTitle("Neurone");
        QCPPainter painter(&svg);
        plot->toPainter(&painter, width, height);
    }
    buffer.close();
    return buffer.data();
}

} // namespace

QString exportImagePng(const QImage& image, const QString& path)
{
    if (const QString problem = io::savePng(image, path); !problem.isEmpty())
        return QCoreApplication::translate("Export", "The image was not exported: %1 Choose another folder or file name.")
            .arg(asSentence(problem));
    return {};
}

QString saveModelFile(const neurone::ModelFile& file, const QString& path)
{
    if (const QString problem = io::writeModelFile(file, path); !problem.isEmpty())
        return QCoreApplication::translate("Export", "The model was not saved: %1 Choose another folder or file name.")
            .arg(asSentence(problem));
    return {};
}

QString exportPlot(QCustomPlot* plot, const QString& path, int width, int height)
{
    if (!plot)
        return QCoreApplication::translate("Export", "There is no plot to export here: go to a page that shows one.");
    width = width > 0 ? width : plot->width();
    height = height > 0 ? height : plot->height();
    const QString format = QFileInfo(path).suffix().toLower();
    QByteArray bytes;
    if (format == "png") {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!plot->toPixmap(width, height, 2.0).save(&buffer, "PNG"))
            return QCoreApplication::translate("Export", "Cannot render the plot as PNG.");
    } else if (format == "pdf" || format == "svg") {
        bytes = renderVector(plot, format, width, height);
    } else {
        return QCoreApplication::translate("Export", "Unknown plot format '%1': use .png, .pdf or .svg").arg(format);
    }
    return writeAtomically(path, bytes);
}

QString tableToCsv(const QAbstractItemModel* model)
{
    const auto cell = [](QString text) {
        if (text.contains(',') || text.contains('"') || text.contains('\n'))
            text = '"' + text.replace('"', "\"\"") + '"';
        return text;
    };
    QStringList lines;
    QStringList header;
    for (int c = 0; c < model->columnCount(); ++c)
        header << cell(model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
    lines << header.join(',');
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < model->columnCount(); ++c)
            row << cell(model->data(model->index(r, c), Qt::DisplayRole).toString());
        lines << row.join(',');
    }
    return lines.join('\n') + '\n';
}

QString exportTableCsv(const QAbstractItemModel* model, const QString& path)
{
    if (!model)
        return QCoreApplication::translate("Export", "There is no table to export here: go to a page that shows one.");
    return writeAtomically(path, tableToCsv(model).toUtf8());
}
