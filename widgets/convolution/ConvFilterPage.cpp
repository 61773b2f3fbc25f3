#include "convolution/ConvFilterPage.h"

#include "common/PlaybackControls.h"
#include "common/SidePanel.h"
#include "convolution/FilterChainView.h"
#include "convolution/ImageView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

QSpinBox* spinBox(QWidget* parent, int min, int max, const QString& tip)
{
    auto* box = new QSpinBox(parent);
    box->setRange(min, max);
    box->setKeyboardTracking(false);
    box->setToolTip(tip);
    return box;
}

QLabel* viewTitle(QWidget* parent)
{
    auto* title = new QLabel(parent);
    title->setWordWrap(true);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    return title;
}

QWidget* viewColumn(QWidget* parent, QLabel* title, ImageView* view)
{
    auto* column = new QWidget(parent);
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(title);
    layout->addWidget(view, 1);
    return column;
}

} // namespace

ConvFilterPage::ConvFilterPage(QWidget* parent) : PanelPage(parent), worker_(new FilterWorker(this))
{
    buildUi();
    connectUi();
    previous_ = settingsFromControls();
    shown_ = previous_;
    updateInput();
    updateChain();
    updateExplain();
}

void ConvFilterPage::buildUi()
{
    kernel_ = new KernelGridEditor(this);
    bias_ = new QDoubleSpinBox(this);
    bias_->setRange(-10000, 10000);
    bias_->setDecimals(2);
    bias_->setKeyboardTracking(false);
    bias_->setToolTip(tr("Bias b, added to every output value of the convolution"));
    geometry_ = new GeometryBox(this);
    flip_ = new QCheckBox(tr("True convolution (180°)"), this);
    flip_->setToolTip(tr("Off: correlation, as Keras and PyTorch compute it. On: the mathematical convolution, "
                         "the same sum with the kernel rotated by 180° (seed 003)."));
    relu_ = new QCheckBox(tr("ReLU after the convolution"), this);
    relu_->setToolTip(tr("max(0, x) on every value of the feature map"));
    poolMode_ = new QComboBox(this);
    poolMode_->addItems({tr("none"), tr("max"), tr("average")});
    poolMode_->setToolTip(tr("Pooling after the convolution (and ReLU): the maximum or the mean of each window"));
    poolSize_ = spinBox(this, 1, 8, tr("Pooling window F (the course uses F = 2)"));
    poolStride_ = spinBox(this, 1, 8, tr("Pooling stride S (the course uses S = 2)"));
    poolSize_->setValue(2);
    poolStride_->setValue(2);
    colour_ = new QComboBox(this);
    colour_->addItems({tr("Gray (R + G + B)/3"), tr("RGB, per channel")});
    colour_->setToolTip(tr("The course averages the three channels; RGB filters each channel with the same kernel"));
    normalization_ = new QComboBox(this);
    normalization_->addItems({tr("clip to 0…255"), tr("min–max rescale"), tr("absolute value")});
    normalization_->setToolTip(tr("Edge filters give negative values: how the output is mapped to 0…255 for display "
                                  "and export"));
    auto* fit = new QPushButton(tr("&Fit"), this);
    fit->setToolTip(tr("Show the whole images again (or double-click a view)"));
    auto* exportButton = new QPushButton(tr("Export output…"), this);
    exportButton->setToolTip(tr("Save the output (after pooling, if any) as a PNG of the output's size"));
    exportButton->setObjectName("exportOutput");
    fit->setObjectName("fit");
    busy_ = new QLabel(tr("computing…"), this);
    busy_->hide();
    error_ = new QLabel(this);
    error_->setWordWrap(true);
    error_->hide();
    chain_ = new FilterChainView(this);
    formula_ = new QLabel(this);
    formula_->setTextFormat(Qt::RichText);
    formula_->setWordWrap(true);
    inputTitle_ = viewTitle(this);
    featureTitle_ = viewTitle(this);
    pooledTitle_ = viewTitle(this);
    inputView_ = new ImageView(this);
    featureView_ = new ImageView(this);
    pooledView_ = new ImageView(this);
    explanation_ = new QLabel(this);
    explanation_->setTextFormat(Qt::RichText);
    explanation_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    explanation_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    explanation_->setWordWrap(true);
    playback_ = new PlaybackControls(this);
    playback_->setCounterFormat(tr("pixel %1 of %2"));
    playback_->setToolTip(tr("Walk along the output pixels, row by row"));
    explain_ = new QLabel(this);
    explain_->setWordWrap(true);
    explain_->setTextFormat(Qt::RichText);
    explain_->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    for (QComboBox* box : {poolMode_, colour_, normalization_}) { // narrow enough for projector mode
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(box == colour_ || box == normalization_ ? 11 : 8);
    }

    auto* kernelBox = new QGroupBox(tr("Kernel"), this);
    auto* kernelLayout = new QFormLayout(kernelBox);
    kernelLayout->addRow(kernel_);
    kernelLayout->addRow(tr("Bias b"), bias_);
    auto* chainBox = new QGroupBox(tr("Operations"), this);
    auto* chainLayout = new QFormLayout(chainBox);
    chainLayout->addRow(flip_);
    chainLayout->addRow(relu_);
    chainLayout->addRow(tr("Pooling"), poolMode_);
    auto* poolRow = new QHBoxLayout;
    poolRow->addWidget(new QLabel(tr("F ="), this));
    poolRow->addWidget(poolSize_);
    poolRow->addWidget(new QLabel(tr("S ="), this));
    poolRow->addWidget(poolStride_);
    chainLayout->addRow(poolRow);
    QScrollArea* side = makeSidePanel(this, {kernelBox, geometry_, chainBox, explain_});

    auto* topRow = new QHBoxLayout;
    topRow->addWidget(new QLabel(tr("Colour"), this));
    topRow->addWidget(colour_);
    topRow->addSpacing(12);
    topRow->addWidget(new QLabel(tr("Display"), this));
    topRow->addWidget(normalization_);
    topRow->addSpacing(12);
    topRow->addWidget(fit);
    topRow->addWidget(exportButton);
    topRow->addSpacing(12);
    topRow->addWidget(busy_);
    topRow->addStretch();

    pooledColumn_ = viewColumn(this, pooledTitle_, pooledView_);
    auto* views = new QHBoxLayout;
    views->addWidget(viewColumn(this, inputTitle_, inputView_), 1);
    views->addWidget(viewColumn(this, featureTitle_, featureView_), 1);
    views->addWidget(pooledColumn_, 1);

    auto* explanationScroll = new QScrollArea(this);
    explanationScroll->setWidget(explanation_);
    explanationScroll->setWidgetResizable(true);
    explanationScroll->setFrameShape(QFrame::NoFrame);
    explanationScroll->setMinimumHeight(150);

    auto* main = new QVBoxLayout;
    main->addLayout(topRow);
    main->addWidget(error_);
    main->addWidget(chain_);
    main->addWidget(formula_);
    main->addLayout(views, 3);
    main->addWidget(explanationScroll, 1);
    main->addWidget(playback_);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(main, 1);
    layout->addWidget(side);

    connect(fit, &QPushButton::clicked, inputView_, &ImageView::fit);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path
            = QFileDialog::getSaveFileName(this, tr("Export the output"), QString(), tr("PNG image (*.png)"));
        if (path.isEmpty())
            return;
        const QString error = exportOutput(path);
        emit statusMessage(error.isEmpty() ? tr("Saved %1").arg(path) : error);
    });
}

void ConvFilterPage::connectUi()
{
    connect(kernel_, &KernelGridEditor::kernelChanged, this, [this] { recompute(); });
    connect(kernel_, &KernelGridEditor::refused, this, &ConvFilterPage::refuse);
    connect(bias_, &QDoubleSpinBox::valueChanged, this, [this] { recompute(); });
    connect(geometry_, &GeometryBox::changed, this, [this] { recompute(); });
    for (QSpinBox* box : {poolSize_, poolStride_})
        connect(box, &QSpinBox::valueChanged, this, [this] { recompute(); });
    connect(poolMode_, &QComboBox::currentIndexChanged, this, [this] { recompute(); });
    for (QCheckBox* box : {flip_, relu_})
        connect(box, &QCheckBox::toggled, this, [this] { recompute(); });
    connect(colour_, &QComboBox::currentIndexChanged, this, [this] {
        updateInput();
        recompute();
    });
    connect(normalization_, &QComboBox::currentIndexChanged, this, [this] {
        showOutputImages();
        showSelection();
    });
    connect(featureView_, &ImageView::pixelClicked, this,
            [this](int row, int col) { select(Selected::Feature, row, col); });
    connect(pooledView_, &ImageView::pixelClicked, this,
            [this](int row, int col) { select(Selected::Pooled, row, col); });
    linkViews();
    connect(playback_, &PlaybackControls::positionChanged, this, [this](int position) {
        if (steppingPlayback_ || !stages_)
            return;
        if (position == 0)
            return select(Selected::None, 0, 0);
        const neurone::Image& out = stages_->output();
        const int index = position - 1;
        select(shown_.poolMode != 0 ? Selected::Pooled : Selected::Feature, index / out.width(), index % out.width());
    });
    connect(worker_, &FilterWorker::finished, this, &ConvFilterPage::showOutcome);
    connect(worker_, &FilterWorker::busyChanged, this, &ConvFilterPage::setBusy);
}

void ConvFilterPage::linkViews()
{
    const QList<ImageView*> views = {inputView_, featureView_, pooledView_};
    for (ImageView* view : views)
        connect(view, &ImageView::viewChanged, this, [views, view](double zoom, QPointF centre) {
            for (ImageView* other : views)
                if (other != view)
                    other->setView(zoom, centre);
        });
}

ConvFilterPage::Settings ConvFilterPage::settingsFromControls() const
{
    Settings s;
    s.kernel = kernel_->choice();
    s.bias = bias_->value();
    s.geometry = geometry_->value();
    s.flip = flip_->isChecked();
    s.relu = relu_->isChecked();
    s.poolMode = poolMode_->currentIndex();
    s.poolSize = poolSize_->value();
    s.poolStride = poolStride_->value();
    return s;
}

void ConvFilterPage::showSettings(const Settings& s)
{
    showingSettings_ = true;
    kernel_->showChoice(s.kernel);
    bias_->setValue(s.bias);
    geometry_->show(s.geometry);
    flip_->setChecked(s.flip);
    relu_->setChecked(s.relu);
    poolMode_->setCurrentIndex(s.poolMode);
    poolSize_->setValue(s.poolSize);
    poolStride_->setValue(s.poolStride);
    showingSettings_ = false;
    enableControls();
}

void ConvFilterPage::enableControls()
{
    poolSize_->setEnabled(poolMode_->currentIndex() != 0);
    poolStride_->setEnabled(poolMode_->currentIndex() != 0);
}

void ConvFilterPage::setBusy(bool busy) { busy_->setVisible(busy); }

bool ConvFilterPage::isComputing() const { return worker_->isBusy(); }

void ConvFilterPage::finishComputing() { worker_->finishNow(); }

void ConvFilterPage::setViewStyle(const ViewStyle& style)
{
    style_ = style;
    for (ImageView* view : {inputView_, featureView_, pooledView_})
        view->setViewStyle(style);
    chain_->setViewStyle(style);
    error_->setStyleSheet(QString("color: %1; font-weight: bold;").arg(style.warning().name()));
    busy_->setStyleSheet(QString("color: %1;").arg(style.series(1).name()));
    showSelection(); // the explanation's table colours
}
