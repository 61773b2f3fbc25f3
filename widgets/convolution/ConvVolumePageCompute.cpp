// The volume page's computing side: the engine's volume convolution (on the worker for large
// images), the channel sums of the selected pixel, and the `--state` keys.
#include "convolution/ConvVolumePage.h"

#include "common/Export.h"
#include "conv/PixelExplanation.h"
#include "convolution/ExplanationText.h"
#include "convolution/GeometryText.h"
#include "convolution/ImageView.h"
#include "convolution/ValueGrid.h"
#include "io/ImageFile.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSpinBox>
#include <QTextDocumentFragment>

namespace {

constexpr double immediateWork = 4e6; // multiply-adds done at once on the GUI thread
const QColor selectionColour(0xd5, 0x5e, 0x00);

} // namespace

neurone::FilterSettings ConvVolumePage::filterSettings(const Settings& s) const
{
    neurone::FilterSettings f;
    f.bias = float(s.bias);
    f.stride = s.geometry.stride;
    f.padding = s.geometry.padding();
    return f;
}

neurone::Normalization ConvVolumePage::normalization() const
{
    static constexpr neurone::Normalization modes[]
        = {neurone::Normalization::Clip, neurone::Normalization::MinMax, neurone::Normalization::Absolute};
    return modes[std::clamp(normalization_->currentIndex(), 0, 2)];
}

void ConvVolumePage::setSourceImage(std::shared_ptr<const neurone::Image> rgb, const QString& name, bool use)
{
    image_ = std::move(rgb);
    imageName_ = name;
    if (use && source_->currentIndex() != 1)
        source_->setCurrentIndex(1); // → updateInput, recompute
    else if (source_->currentIndex() == 1) {
        updateInput();
        recompute();
        inputView_->fit();
    }
}

void ConvVolumePage::updateInput()
{
    const bool picture = source_->currentIndex() == 1;
    if (picture && !image_) {
        input_.reset();
        stages_.reset();
        inputView_->clearImage(tr("Open an image or pick a sample"));
        outputView_->clearImage(tr("The output map appears here"));
        inputTitle_->setText(tr("Input"));
        outputTitle_->setText(tr("Output"));
        return;
    }
    input_ = picture ? image_ : std::make_shared<const neurone::Image>(courseExample());
    selectedRow_ = selectedCol_ = 0;
    selected_ = true;
    inputView_->setImage(io::toQImage(*input_, neurone::Normalization::Clip), input_);
    inputTitle_->setText(tr("Input: %1 — %2×%3×3")
                             .arg(picture ? imageName_ : tr("the course's values"))
                             .arg(input_->width())
                             .arg(input_->height()));
}

void ConvVolumePage::recompute()
{
    if (showingSettings_)
        return;
    const Settings s = settingsFromControls();
    if (!input_) {
        previous_ = s;
        showSelection();
        return;
    }
    const neurone::FilterSettings f = filterSettings(s);
    const auto geometry = neurone::windowGeometry(input_->height(), input_->width(), int(s.kernels[0].rows()),
                                                  int(s.kernels[0].cols()), f.stride, f.padding);
    if (const auto* reason = std::get_if<std::string>(&geometry))
        return refuse(tr("Refused: convolution %1. Change the kernel size, the stride or the padding; the previous "
                          "result is kept.")
                          .arg(QString::fromStdString(*reason)));
    error_->hide();
    previous_ = s;
    pending_ = s;
    pendingInput_ = input_;
    const auto input = input_;
    const std::vector<neurone::Plane> kernels(s.kernels.begin(), s.kernels.end());
    worker_->submit([input, kernels, f] { return shareOutcome(neurone::applyVolumeFilter(*input, kernels, f)); });
    if (double(input->width()) * input->height() * 3 * double(kernels[0].size()) <= immediateWork)
        worker_->finishNow();
}

void ConvVolumePage::refuse(const QString& message)
{
    error_->setText(message);
    error_->show();
    showSettings(previous_);
    emit statusMessage(message);
}

void ConvVolumePage::showStages(const SharedStages& stages)
{
    if (!stages)
        return;
    stages_ = stages;
    const neurone::Image& out = stages_->convolved;
    outputView_->setImage(io::toQImage(out, normalization()), std::shared_ptr<const neurone::Image>(stages_, &out));
    outputTitle_->setText(tr("Output map: %1×%2×1").arg(out.width()).arg(out.height()));
    const neurone::WindowGeometry& g = stages_->convolution;
    const neurone::Padding padding = shown_.geometry.padding();
    QString formula = convolutionSizeFormula("W", g.cols.input, g.cols.window, g.cols.stride, padding);
    if (g.rows.input != g.cols.input || g.rows.window != g.cols.window)
        formula += ";&nbsp;&nbsp;" + convolutionSizeFormula("H", g.rows.input, g.rows.window, g.rows.stride, padding);
    formula_->setText(tr("Output size: %1. Depth: 3 channels in, 1 map out.").arg(formula));
    if (selectedRow_ >= out.height() || selectedCol_ >= out.width())
        selected_ = false;
    showSelection();
}

void ConvVolumePage::selectPixel(int row, int col)
{
    selected_ = true;
    selectedRow_ = row;
    selectedCol_ = col;
    showSelection();
}

void ConvVolumePage::showSelection()
{
    inputView_->setMarks({});
    outputView_->setMarks({});
    channelSums_.clear();
    explainedTotal_.reset();
    if (!stages_ || !selected_ || !shownInput_) {
        explanation_->setText(input_ ? tr("Click a pixel of the output map to see its three channel sums.")
                                     : tr("Open an image or pick a sample, or choose the course example."));
        return;
    }
    const neurone::WindowGeometry& g = stages_->convolution;
    const int row = selectedRow_, col = selectedCol_;
    const std::vector<neurone::Plane> kernels(shown_.kernels.begin(), shown_.kernels.end());
    const neurone::VolumePixelExplanation pixel =
        neurone::explainVolumePixel(*shownInput_, kernels, float(shown_.bias), false, g, row, col);
    for (const neurone::ConvolutionExplanation& c : pixel.channels)
        channelSums_ << c.sum;
    explainedTotal_ = pixel.total;
    explanation_->setText(volumeExplanationHtml(row, col, pixel, kernels, float(shown_.bias), style_));
    outputView_->setMarks({{QRect(col, row, 1, 1), selectionColour}});
    const neurone::ReceptiveField field = neurone::receptiveField(g, row, col);
    inputView_->setMarks({{QRect(field.left, field.top, field.width, field.height), selectionColour}});
}

QString ConvVolumePage::explanationText() const
{
    return QTextDocumentFragment::fromHtml(explanation_->text()).toPlainText();
}

QString ConvVolumePage::exportOutput(const QString& path) const
{
    if (!stages_)
        return tr("There is no output to export yet: open an image or pick a sample.");
    return exportImagePng(io::toQImage(stages_->convolved, normalization()), path);
}

QString ConvVolumePage::applyState(const QString& key, const QString& value)
{
    bool ok = true;
    if (const auto geometry = geometry_->applyState(key, value))
        return *geometry;
    if (key == "source") {
        if (value != "example" && value != "image")
            return tr("source expects example or image");
        if (value == "image" && !image_)
            return tr("there is no opened image: use sample=… first");
        source_->setCurrentIndex(value == "image" ? 1 : 0);
    } else if (key == "bias") {
        bias_->setValue(value.toDouble(&ok));
    } else if (key == "normalize") {
        const QStringList names = {"clip", "minmax", "abs"};
        if (!names.contains(value))
            return tr("normalize expects clip, minmax or abs");
        normalization_->setCurrentIndex(int(names.indexOf(value)));
    } else if (key == "pixel") {
        finishComputing();
        const QStringList parts = value.split(',');
        bool okRow = false, okCol = false;
        const int row = parts.size() == 2 ? parts[0].trimmed().toInt(&okRow) : -1;
        const int col = parts.size() == 2 ? parts[1].trimmed().toInt(&okCol) : -1;
        if (!okRow || !okCol)
            return tr("pixel expects \"row,col\", not '%1'").arg(value);
        if (!stages_ || row < 0 || col < 0 || row >= stages_->convolved.height() || col >= stages_->convolved.width())
            return tr("pixel %1,%2 is outside the output").arg(row).arg(col);
        selectPixel(row, col);
    } else if (key == "zoom") {
        const double zoom = value.toDouble(&ok);
        if (!ok || zoom <= 0)
            return tr("zoom expects a positive factor (1 = the whole image)");
        finishComputing();
        QPointF centre = inputView_->centreFraction();
        if (stages_ && selected_)
            centre = QPointF((selectedCol_ + 0.5) / stages_->convolved.width(),
                             (selectedRow_ + 0.5) / stages_->convolved.height());
        inputView_->setView(zoom, centre);
        outputView_->setView(zoom, centre);
    } else {
        return tr("unknown state '%1' on the volume page (source, bias, stride, padding, normalize, pixel, zoom)")
            .arg(key);
    }
    finishComputing();
    return ok ? QString() : tr("'%1' is not a number").arg(value);
}
