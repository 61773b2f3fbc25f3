// The filter page's side text, its documented `--state` keys, export and what tests read.
#include "convolution/ConvFilterPage.h"

#include "common/Export.h"
#include "conv/Kernel.h"
#include "convolution/FilterChainView.h"
#include "convolution/ImageView.h"
#include "io/ImageFile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSpinBox>
#include <QTextDocumentFragment>

namespace {

QString plain(const QString& html) { return QTextDocumentFragment::fromHtml(html).toPlainText(); }

} // namespace

void ConvFilterPage::updateExplain()
{
    const Settings& s = stages_ ? shown_ : previous_;
    QString html
        = s.flip ? tr("<h3>True convolution</h3><p>In use: <b>true convolution</b>. The kernel is rotated by 180° "
                      "(F′(i, j) = F(F<sub>h</sub>−1−i, F<sub>w</sub>−1−j), seed 003), then slid over the image:</p>")
                 : tr("<h3>Correlation</h3><p>In use: <b>correlation</b>, which Keras and PyTorch call convolution: "
                      "the kernel slides over the image as it is:</p>");
    html += tr("<p><b>O(y, x) = Σ<sub>i</sub> Σ<sub>j</sub> I(y·S + i − P, x·S + j − P) · F(i, j) + b</b></p>");
    if (s.kernel.partner)
        html += tr("<p>Sobel: O = √(O<sub>x</sub>² + O<sub>y</sub>²) + b, with the x kernel and its transpose.</p>");
    html += tr("<h3>Output size</h3><p>W<sub>o</sub> = (W − F + 2P)/S + 1 must be a whole number ≥ 1, or the "
               "size is refused, as Keras refuses it. With <i>same</i> padding W<sub>o</sub> = ⌈W/S⌉ and the "
               "zeros are split, the extra one at the bottom and right (TensorFlow).</p>");
    if (s.relu)
        html += tr("<h3>ReLU</h3><p>max(0, x) on every value: negative responses become 0.</p>");
    if (s.poolMode != 0)
        html += tr("<h3>Pooling</h3><p>The %1 of each F×F window, moved by S: W<sub>p</sub> = (W − F)/S + 1. "
                   "The course uses F = 2, S = 2, which halves each side.</p>")
                    .arg(s.poolMode == 1 ? tr("maximum") : tr("mean"));
    html += tr("<h3>Display</h3><p>Edge kernels give negative values and sums above 255: the output is clipped "
               "to 0…255, rescaled min–max, or shown as |x|. Grayscale is (R + G + B)/3, as the course computes "
               "it.</p>");
    explain_->setText(html);
}

QString ConvFilterPage::errorText() const { return error_->isHidden() ? QString() : error_->text(); }
QString ConvFilterPage::formulaText() const { return plain(formula_->text()); }
QString ConvFilterPage::chainText() const { return chain_->text(); }
QString ConvFilterPage::explainText() const { return plain(explain_->text()); }
QString ConvFilterPage::explanationText() const { return plain(explanation_->text()); }
std::optional<float> ConvFilterPage::explainedValue() const { return explainedValue_; }

void ConvFilterPage::selectOutputPixel(int row, int col)
{
    select(stages_ && stages_->pooling ? Selected::Pooled : Selected::Feature, row, col);
}

void ConvFilterPage::selectFeaturePixel(int row, int col) { select(Selected::Feature, row, col); }

QString ConvFilterPage::exportOutput(const QString& path) const
{
    if (!stages_)
        return tr("There is no output to export yet: open an image or pick a sample.");
    return exportImagePng(io::toQImage(stages_->output(), normalization()), path);
}

QString ConvFilterPage::applyPixel(const QString& value)
{
    finishComputing();
    const QStringList parts = value.split(',');
    bool okRow = false, okCol = false;
    const int row = parts.size() == 2 ? parts[0].trimmed().toInt(&okRow) : -1;
    const int col = parts.size() == 2 ? parts[1].trimmed().toInt(&okCol) : -1;
    if (!okRow || !okCol)
        return tr("pixel expects \"row,col\", not '%1'").arg(value);
    if (!stages_)
        return tr("there is no output yet: pick a sample first");
    const neurone::Image& out = stages_->output();
    if (row < 0 || col < 0 || row >= out.height() || col >= out.width())
        return tr("pixel %1,%2 is outside the %3×%4 output (rows 0…%5, columns 0…%6)")
            .arg(row)
            .arg(col)
            .arg(out.width())
            .arg(out.height())
            .arg(out.height() - 1)
            .arg(out.width() - 1);
    selectOutputPixel(row, col);
    return {};
}

QString ConvFilterPage::applyState(const QString& key, const QString& value)
{
    const auto onOff = [&value](QCheckBox* box) {
        if (value != "on" && value != "off")
            return false;
        box->setChecked(value == "on");
        return true;
    };
    if (const auto geometry = geometry_->applyState(key, value))
        return *geometry;
    bool ok = true;
    if (key == "kernel") {
        if (!kernel_->selectPreset(value)) {
            const auto parsed = neurone::parseKernel(value.toStdString());
            if (const auto* reason = std::get_if<std::string>(&parsed))
                return tr("kernel '%1' is neither a preset nor a matrix: %2")
                    .arg(value, QString::fromStdString(*reason));
            kernel_->setCustomKernel(std::get<neurone::Plane>(parsed));
        }
    } else if (key == "bias") {
        bias_->setValue(value.toDouble(&ok));
    } else if (key == "flip" || key == "relu") {
        if (!onOff(key == "flip" ? flip_ : relu_))
            return tr("%1 expects on or off").arg(key);
    } else if (key == "pool") {
        const QStringList parts = value.split(':');
        const int mode = parts[0] == "none" ? 0 : parts[0] == "max" ? 1 : parts[0] == "avg" ? 2 : -1;
        bool okSize = true, okStride = true;
        const int size = parts.size() == 3 ? parts[1].toInt(&okSize) : 2;
        const int stride = parts.size() == 3 ? parts[2].toInt(&okStride) : 2;
        if (mode < 0 || (parts.size() != 1 && parts.size() != 3) || !okSize || !okStride)
            return tr("pool expects none, max or avg, optionally :SIZE:STRIDE, not '%1'").arg(value);
        showingSettings_ = true;
        poolSize_->setValue(size);
        poolStride_->setValue(stride);
        showingSettings_ = false;
        poolMode_->setCurrentIndex(mode);
        recompute();
    } else if (key == "normalize") {
        const QStringList names = {"clip", "minmax", "abs"};
        if (!names.contains(value))
            return tr("normalize expects clip, minmax or abs");
        normalization_->setCurrentIndex(int(names.indexOf(value)));
    } else if (key == "colour" || key == "color") {
        if (value != "gray" && value != "rgb")
            return tr("colour expects gray or rgb");
        colour_->setCurrentIndex(value == "rgb" ? 1 : 0);
    } else if (key == "pixel") {
        return applyPixel(value);
    } else if (key == "zoom") {
        const double zoom = value.toDouble(&ok);
        if (!ok || zoom <= 0)
            return tr("zoom expects a positive factor (1 = the whole image)");
        finishComputing();
        // Around the selected pixel, if any: that is what one zooms in to read.
        QPointF centre = inputView_->centreFraction();
        if (stages_ && selected_ != Selected::None) {
            const neurone::Image& stage = selected_ == Selected::Pooled ? stages_->pooled : stages_->afterActivation();
            centre = QPointF((selectedCol_ + 0.5) / stage.width(), (selectedRow_ + 0.5) / stage.height());
        }
        for (ImageView* view : {inputView_, featureView_, pooledView_})
            view->setView(zoom, centre);
    } else {
        return tr("unknown state '%1' (kernel, bias, stride, padding, flip, relu, pool, normalize, colour, pixel, "
                  "zoom)")
            .arg(key);
    }
    finishComputing();
    return ok ? QString() : tr("'%1' is not a number").arg(value);
}
