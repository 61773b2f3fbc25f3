// The filter page's computing side: settings → engine (directly for small images, on the
// worker for large ones), the stages shown, and the selected pixel's explanation.
#include "convolution/ConvFilterPage.h"

#include "common/PlaybackControls.h"
#include "conv/PixelExplanation.h"
#include "convolution/ExplanationText.h"
#include "convolution/FilterChainView.h"
#include "convolution/GeometryText.h"
#include "convolution/ImageView.h"
#include "io/ImageFile.h"

#include <QComboBox>
#include <QLabel>

#include <cmath>

namespace {

// Multiply-adds below which filtering is done at once on the GUI thread (a few milliseconds).
constexpr double immediateWork = 4e6;

const QColor selectionColour(0xd5, 0x5e, 0x00);
const QColor indirectColour(0x56, 0xb4, 0xe9);

// An Image inside shared stages, kept alive by them.
std::shared_ptr<const neurone::Image> part(const SharedStages& stages, const neurone::Image& image)
{
    return std::shared_ptr<const neurone::Image>(stages, &image);
}

QString channelName(int channel, int count)
{
    static const char* names[] = {"R", "G", "B"};
    return count >= 3 && channel < 3 ? QString(names[channel]) : QString();
}

} // namespace

neurone::FilterSettings ConvFilterPage::filterSettings(const Settings& s)
{
    neurone::FilterSettings f;
    f.kernel = s.kernel.kernel;
    f.partner = s.kernel.partner;
    f.bias = float(s.bias);
    f.stride = s.geometry.stride;
    f.padding = s.geometry.padding();
    f.flip = s.flip;
    f.relu = s.relu;
    if (s.poolMode != 0)
        f.pool = neurone::PoolSettings{s.poolMode == 1 ? neurone::PoolMode::Max : neurone::PoolMode::Average,
                                       s.poolSize, s.poolStride};
    return f;
}

neurone::Normalization ConvFilterPage::normalization() const
{
    static constexpr neurone::Normalization modes[]
        = {neurone::Normalization::Clip, neurone::Normalization::MinMax, neurone::Normalization::Absolute};
    return modes[std::clamp(normalization_->currentIndex(), 0, 2)];
}

void ConvFilterPage::setSourceImage(std::shared_ptr<const neurone::Image> rgb, const QString& name)
{
    source_ = std::move(rgb);
    sourceName_ = name;
    selected_ = Selected::None;
    stages_.reset();
    featureView_->clearImage(tr("Filtering…"));
    pooledView_->clearImage(tr("Filtering…"));
    updateInput();
    recompute();
    inputView_->fit();
    playback_->reset();
}

void ConvFilterPage::updateInput()
{
    if (!source_) {
        input_.reset();
        inputView_->clearImage(tr("Open an image or pick a sample"));
        featureView_->clearImage(tr("The filtered image appears here"));
        pooledView_->clearImage(tr("The pooled image appears here"));
        inputTitle_->setText(tr("Input"));
        featureTitle_->setText(tr("After the convolution"));
        pooledTitle_->setText(tr("After pooling"));
        return;
    }
    const bool rgb = colour_->currentIndex() == 1;
    input_ = rgb ? source_ : std::make_shared<const neurone::Image>(neurone::grayscale(*source_));
    inputView_->setImage(io::toQImage(*input_, neurone::Normalization::Clip), input_);
    inputTitle_->setText(tr("Input: %1 — %2×%3×%4")
                             .arg(sourceName_)
                             .arg(input_->width())
                             .arg(input_->height())
                             .arg(input_->channelCount()));
}

void ConvFilterPage::recompute()
{
    if (showingSettings_)
        return;
    enableControls();
    const Settings s = settingsFromControls();
    if (!input_) {
        previous_ = s;
        updateChain();
        updateExplain();
        return;
    }
    const neurone::FilterSettings f = filterSettings(s);
    // The geometry first (cheap), so an impossible one is refused at once and nothing is queued.
    const auto conv = neurone::windowGeometry(input_->height(), input_->width(), int(f.kernel.rows()),
                                              int(f.kernel.cols()), f.stride, f.padding);
    if (const auto* reason = std::get_if<std::string>(&conv))
        return refuse(tr("Refused: convolution %1. Change the kernel size, the stride or the padding; the previous "
                          "result is kept.")
                          .arg(QString::fromStdString(*reason)));
    if (f.pool) {
        const auto& g = std::get<neurone::WindowGeometry>(conv);
        const auto pool = neurone::windowGeometry(g.rows.output, g.cols.output, f.pool->size, f.pool->size,
                                                  f.pool->stride, neurone::Padding::valid());
        if (const auto* reason = std::get_if<std::string>(&pool))
            return refuse(tr("Refused: pooling %1. Change the pooling size or stride; the previous result is kept.")
                              .arg(QString::fromStdString(*reason)));
    }
    error_->hide();
    previous_ = s;
    pending_ = s;
    pendingInput_ = input_;
    const auto input = input_;
    worker_->submit([input, f] { return shareOutcome(neurone::applyFilter(*input, f)); });
    const double work = double(input->width()) * input->height() * input->channelCount() * double(f.kernel.size())
                        * (f.partner ? 2 : 1);
    if (work <= immediateWork)
        worker_->finishNow();
}

void ConvFilterPage::refuse(const QString& message)
{
    error_->setText(message);
    error_->show();
    if (!stages_) // a new image the settings cannot filter: say why where the output would be
        featureView_->clearImage(message);
    showSettings(previous_); // the controls come back to what the result shows
    emit statusMessage(message);
}

void ConvFilterPage::showOutcome(const FilterOutcome& outcome)
{
    if (const auto* reason = std::get_if<std::string>(&outcome)) {
        error_->setText(tr("Refused: %1. The previous result is kept.").arg(QString::fromStdString(*reason)));
        error_->show();
        return;
    }
    stages_ = std::get<SharedStages>(outcome);
    shown_ = pending_;
    shownInput_ = pendingInput_;
    showStages();
}

void ConvFilterPage::showStages()
{
    const neurone::FilterStages& st = *stages_;
    const bool pooling = st.pooling.has_value();
    showOutputImages();
    pooledColumn_->setVisible(pooling);
    featureTitle_->setText(
        (shown_.relu ? tr("After convolution and ReLU: %1×%2×%3") : tr("After convolution: %1×%2×%3"))
            .arg(st.afterActivation().width())
            .arg(st.afterActivation().height())
            .arg(st.afterActivation().channelCount()));
    pooledTitle_->setText(
        (shown_.poolMode == 1 ? tr("After max pooling: %1×%2×%3") : tr("After average pooling: %1×%2×%3"))
            .arg(st.pooled.width())
            .arg(st.pooled.height())
            .arg(st.pooled.channelCount()));
    updateChain();
    updateExplain();
    const neurone::Image& out = st.output();
    const Selected final = pooling ? Selected::Pooled : Selected::Feature;
    const neurone::Image& selectedStage = selected_ == Selected::Pooled ? st.pooled : st.afterActivation();
    if (selected_ == Selected::None || (selected_ == Selected::Pooled && !pooling)
        || selectedRow_ >= selectedStage.height() || selectedCol_ >= selectedStage.width())
        selected_ = Selected::None;
    steppingPlayback_ = true;
    playback_->setLength(out.width() * out.height());
    playback_->setPosition(selected_ == final ? selectedRow_ * out.width() + selectedCol_ + 1 : 0);
    steppingPlayback_ = false;
    showSelection();
}

void ConvFilterPage::showOutputImages()
{
    if (!stages_)
        return;
    featureView_->setImage(io::toQImage(stages_->afterActivation(), normalization()),
                           part(stages_, stages_->afterActivation()));
    if (stages_->pooling)
        pooledView_->setImage(io::toQImage(stages_->pooled, normalization()), part(stages_, stages_->pooled));
}

void ConvFilterPage::updateChain()
{
    using Stage = FilterChainView::Stage;
    const Settings& s = stages_ ? shown_ : previous_;
    const QString poolName = s.poolMode == 1 ? tr("max pool %1×%1, S=%2") : tr("avg pool %1×%1, S=%2");
    QString conv = (s.kernel.partner ? tr("Sobel %1×%2") : tr("conv %1×%2"))
                       .arg(s.kernel.kernel.cols())
                       .arg(s.kernel.kernel.rows());
    if (s.flip)
        conv += tr(" rotated 180°");
    conv += QString(", S=%1").arg(s.geometry.stride);
    if (!stages_) { // the chain in symbols until there is an image
        QList<Stage> stages = {{tr("input W×H×D"), true}, {conv + ", P", false}, {"W_o×H_o×D", true}};
        if (s.relu)
            stages.append({tr("ReLU"), false});
        if (s.poolMode != 0)
            stages << Stage{poolName.arg(s.poolSize).arg(s.poolStride), false} << Stage{"W_p×H_p×D", true};
        chain_->setStages(stages);
        formula_->setText(tr("W<sub>o</sub> = (W − F + 2P)/S + 1 (valid or P); W<sub>o</sub> = ⌈W/S⌉ (same)"));
        return;
    }
    const neurone::FilterStages& st = *stages_;
    const neurone::Image& in = *shownInput_;
    const auto dims = [](const neurone::Image& image) {
        return QString("%1×%2×%3").arg(image.width()).arg(image.height()).arg(image.channelCount());
    };
    const neurone::WindowGeometry& g = st.convolution;
    // "P=1", or "P=0+1" when "same" pads one more zero after than before.
    const auto compact = [](const neurone::AxisGeometry& axis) {
        return axis.padBefore == axis.padAfter ? QString::number(axis.padBefore)
                                               : QString("%1+%2").arg(axis.padBefore).arg(axis.padAfter);
    };
    const bool even = compact(g.rows) == compact(g.cols);
    conv += even ? QString(", P=%1").arg(compact(g.cols))
                 : tr(", P=%1 (W), %2 (H)").arg(compact(g.cols), compact(g.rows));
    QList<Stage> stages = {{tr("input %1").arg(dims(in)), true}, {conv, false}, {dims(st.convolved), true}};
    if (s.relu)
        stages << Stage{tr("ReLU"), false} << Stage{dims(st.afterActivation()), true};
    const neurone::Padding padding = s.geometry.padding();
    QStringList formulas;
    formulas << tr("Convolution: %1").arg(convolutionSizeFormula("W", in.width(), g.cols.window, s.geometry.stride, padding));
    if (in.height() != in.width() || g.rows.window != g.cols.window)
        formulas.last() += ";&nbsp;&nbsp;" + convolutionSizeFormula("H", in.height(), g.rows.window, s.geometry.stride, padding);
    if (st.pooling) {
        stages << Stage{poolName.arg(s.poolSize).arg(s.poolStride), false} << Stage{dims(st.pooled), true};
        formulas
            << tr("Pooling: %1").arg(poolingSizeFormula("W", st.afterActivation().width(), s.poolSize, s.poolStride));
        if (st.afterActivation().height() != st.afterActivation().width())
            formulas.last()
                += ";&nbsp;&nbsp;" + poolingSizeFormula("H", st.afterActivation().height(), s.poolSize, s.poolStride);
    }
    chain_->setStages(stages);
    formula_->setText(formulas.join("<br/>"));
}

void ConvFilterPage::select(Selected stage, int row, int col)
{
    selected_ = stage;
    selectedRow_ = row;
    selectedCol_ = col;
    if (stages_) {
        const bool final = stage == (stages_->pooling ? Selected::Pooled : Selected::Feature);
        steppingPlayback_ = true;
        playback_->setPosition(final ? row * stages_->output().width() + col + 1 : 0);
        steppingPlayback_ = false;
    }
    showSelection();
    ImageView* view = stage == Selected::Pooled ? pooledView_ : featureView_;
    if (stage != Selected::None && view->zoom() > 1)
        view->ensureVisible(QRect(col, row, 1, 1));
}

void ConvFilterPage::showSelection()
{
    for (ImageView* view : {inputView_, featureView_, pooledView_})
        view->setMarks({});
    explainedValue_.reset();
    if (!stages_ || selected_ == Selected::None) {
        explanation_->setText(stages_ ? tr("Click a pixel of the output, or press Step, to see how it is computed.")
                                      : tr("Open an image or pick a sample, then click a pixel of the output."));
        return;
    }
    const neurone::FilterStages& st = *stages_;
    const neurone::FilterSettings f = filterSettings(shown_);
    const neurone::WindowGeometry& g = st.convolution;
    const int row = selectedRow_, col = selectedCol_;
    // The receptive field on the input of feature-map pixel (r, c).
    const auto field = [&g](int r, int c) {
        const neurone::ReceptiveField f = neurone::receptiveField(g, r, c);
        return QRect(f.left, f.top, f.width, f.height);
    };
    if (selected_ == Selected::Feature) {
        QList<ChannelExplanation> channels;
        const int count = shownInput_->channelCount();
        for (int c = 0; c < count; ++c)
            channels.append({channelName(c, count),
                             neurone::explainFilterPixel(shownInput_->channels[std::size_t(c)], f, g, row, col)});
        explainedValue_ = channels.front().pixel.activated;
        explanation_->setText(convolutionExplanationHtml(row, col, channels, f.bias, f.flip, f.relu, style_));
        featureView_->setMarks({{QRect(col, row, 1, 1), selectionColour}});
        inputView_->setMarks({{field(row, col), selectionColour}});
        return;
    }
    const neurone::PoolSettings& pool = *f.pool;
    const neurone::WindowGeometry& pg = *st.pooling;
    QList<ChannelPooling> channels;
    const int count = st.afterActivation().channelCount();
    for (int c = 0; c < count; ++c)
        channels.append({channelName(c, count),
                         neurone::explainPooling(st.afterActivation().channels[std::size_t(c)], pool, pg, row, col)});
    explainedValue_ = channels.front().window.result;
    explanation_->setText(poolingExplanationHtml(row, col, channels, pool.size, pool.mode, style_));
    const QRect window(col * pg.cols.stride, row * pg.rows.stride, pool.size, pool.size);
    pooledView_->setMarks({{QRect(col, row, 1, 1), selectionColour}});
    featureView_->setMarks({{window, selectionColour}});
    const QRect last = window.intersected(QRect(0, 0, st.afterActivation().width(), st.afterActivation().height()));
    inputView_->setMarks({{field(last.top(), last.left()).united(field(last.bottom(), last.right())), indirectColour}});
}
