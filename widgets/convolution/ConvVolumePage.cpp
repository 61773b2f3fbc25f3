#include "convolution/ConvVolumePage.h"

#include "common/SidePanel.h"
#include "convolution/ImageView.h"
#include "convolution/ValueGrid.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

neurone::Plane rows2x6(std::initializer_list<float> values)
{
    neurone::Plane plane(2, 6);
    std::copy(values.begin(), values.end(), plane.data());
    return plane;
}

neurone::Plane rows3x3(std::initializer_list<float> values)
{
    neurone::Plane plane(3, 3);
    std::copy(values.begin(), values.end(), plane.data());
    return plane;
}

} // namespace

// The values the course's slide shows, top-left of its picture (the rest is "…").
neurone::Image ConvVolumePage::courseExample()
{
    return neurone::Image{{rows2x6({156, 155, 156, 158, 158, 158, 153, 154, 157, 159, 159, 159}),
                           rows2x6({167, 166, 167, 169, 169, 169, 164, 165, 168, 170, 170, 170}),
                           rows2x6({163, 162, 163, 165, 170, 170, 160, 161, 164, 165, 166, 166})}};
}

std::array<neurone::Plane, 3> ConvVolumePage::courseKernels()
{
    return {rows3x3({-1, -1, 1, 0, 1, -1, 0, 1, 1}), rows3x3({1, 0, 0, 1, -1, -1, 1, 0, -1}),
            rows3x3({0, 1, 1, 0, 1, 0, 1, -1, 1})};
}

ConvVolumePage::ConvVolumePage(QWidget* parent) : PanelPage(parent), worker_(new FilterWorker(this))
{
    buildUi();
    connectUi();
    Settings course;
    course.kernels = courseKernels();
    showSettings(course);
    previous_ = course;
    updateInput();
    recompute();
    inputView_->fit();
}

void ConvVolumePage::buildUi()
{
    source_ = new QComboBox(this);
    source_->addItem(tr("Course example (seed 004), 2×6×3"));
    source_->addItem(tr("The opened image"));
    source_->setToolTip(tr("The course's numbers, or the image opened above (in RGB)"));
    rows_ = new QSpinBox(this);
    cols_ = new QSpinBox(this);
    for (QSpinBox* size : {rows_, cols_}) {
        size->setRange(1, 7);
        size->setKeyboardTracking(false);
        size->setToolTip(tr("Kernel size, the same for the three channels"));
    }
    const QString names[]
        = {tr("Kernel R (red channel)"), tr("Kernel G (green channel)"), tr("Kernel B (blue channel)")};
    for (std::size_t c = 0; c < 3; ++c) {
        kernels_[c] = new ValueGrid(this);
        kernels_[c]->setAccessibleName(names[c]);
    }
    bias_ = new QDoubleSpinBox(this);
    bias_->setRange(-10000, 10000);
    bias_->setDecimals(2);
    bias_->setKeyboardTracking(false);
    bias_->setToolTip(tr("One bias b for the whole output map, added once to the sum of the channels"));
    geometry_ = new GeometryBox(this);
    source_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon); // fits projector mode
    source_->setMinimumContentsLength(16);
    normalization_ = new QComboBox(this);
    normalization_->addItems({tr("clip to 0…255"), tr("min–max rescale"), tr("absolute value")});
    normalization_->setCurrentIndex(1);
    normalization_->setToolTip(tr("How the output's values are mapped to 0…255 for display"));
    auto* fit = new QPushButton(tr("&Fit"), this);
    fit->setToolTip(tr("Show the whole images again (or double-click a view)"));
    busy_ = new QLabel(tr("computing…"), this);
    busy_->hide();
    error_ = new QLabel(this);
    error_->setWordWrap(true);
    error_->hide();
    formula_ = new QLabel(this);
    formula_->setTextFormat(Qt::RichText);
    formula_->setWordWrap(true);
    inputTitle_ = new QLabel(this);
    outputTitle_ = new QLabel(this);
    for (QLabel* title : {inputTitle_, outputTitle_}) {
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        title->setWordWrap(true);
    }
    inputView_ = new ImageView(this);
    outputView_ = new ImageView(this);
    explanation_ = new QLabel(this);
    explanation_->setTextFormat(Qt::RichText);
    explanation_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    explanation_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    explanation_->setWordWrap(true);
    explain_ = new QLabel(this);
    explain_->setWordWrap(true);
    explain_->setTextFormat(Qt::RichText);
    explain_->setText(
        tr("<h3>Convolution en volume</h3><p>A filter on an RGB input has one kernel per channel "
           "(F×F×3). Each channel is correlated with its own kernel, the three sums are added and "
           "one bias is added:</p><p><b>O(y, x) = Σ<sub>c</sub> Σ<sub>i</sub> Σ<sub>j</sub> "
           "X<sub>c</sub>(y·S + i − P, x·S + j − P) · F<sub>c</sub>(i, j) + b</b></p>"
           "<p>One filter gives one output map, whatever the number of input channels. "
           "Parameters: (F × F × channels + 1) × filters.</p>"
           "<p>The course's slide: 308 + (−498) + 164 + 1 = −25 for the top-left pixel, with P = 1.</p>"));

    // A grid layout, not a form: QFormLayout squeezes the fixed-size grids in a narrow column.
    auto* kernelsBox = new QGroupBox(tr("Kernels, one per channel"), this);
    auto* kernelsLayout = new QGridLayout(kernelsBox);
    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(rows_);
    sizeRow->addWidget(new QLabel(tr("×"), this));
    sizeRow->addWidget(cols_);
    sizeRow->addStretch();
    kernelsLayout->addWidget(new QLabel(tr("Size"), this), 0, 0);
    kernelsLayout->addLayout(sizeRow, 0, 1);
    for (std::size_t c = 0; c < 3; ++c) {
        kernelsLayout->addWidget(new QLabel(QString("RGB").mid(int(c), 1), this), int(c) + 1, 0, Qt::AlignTop);
        kernelsLayout->addWidget(kernels_[c], int(c) + 1, 1, Qt::AlignLeft);
    }
    kernelsLayout->addWidget(new QLabel(tr("Bias b"), this), 4, 0);
    kernelsLayout->addWidget(bias_, 4, 1);
    kernelsLayout->setColumnStretch(1, 1);
    QScrollArea* side = makeSidePanel(this, {kernelsBox, geometry_, explain_});

    auto* topRow = new QHBoxLayout;
    topRow->addWidget(new QLabel(tr("Input"), this));
    topRow->addWidget(source_);
    topRow->addSpacing(12);
    topRow->addWidget(new QLabel(tr("Display"), this));
    topRow->addWidget(normalization_);
    topRow->addWidget(fit);
    topRow->addSpacing(12);
    topRow->addWidget(busy_);
    topRow->addStretch();
    auto* views = new QHBoxLayout;
    for (auto [title, view] : {std::pair{inputTitle_, inputView_}, std::pair{outputTitle_, outputView_}}) {
        auto* column = new QVBoxLayout;
        column->setSpacing(2);
        column->addWidget(title);
        column->addWidget(view, 1);
        views->addLayout(column, 1);
    }
    auto* explanationScroll = new QScrollArea(this);
    explanationScroll->setWidget(explanation_);
    explanationScroll->setWidgetResizable(true);
    explanationScroll->setFrameShape(QFrame::NoFrame);
    explanationScroll->setMinimumHeight(150);
    auto* main = new QVBoxLayout;
    main->addLayout(topRow);
    main->addWidget(error_);
    main->addWidget(formula_);
    main->addLayout(views, 3);
    main->addWidget(explanationScroll, 2);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(main, 1);
    layout->addWidget(side);
    connect(fit, &QPushButton::clicked, inputView_, &ImageView::fit);
}

void ConvVolumePage::connectUi()
{
    connect(source_, &QComboBox::currentIndexChanged, this, [this] {
        updateInput();
        recompute();
        inputView_->fit();
    });
    connect(rows_, &QSpinBox::valueChanged, this, &ConvVolumePage::resizeKernels);
    connect(cols_, &QSpinBox::valueChanged, this, &ConvVolumePage::resizeKernels);
    for (ValueGrid* grid : kernels_) {
        connect(grid, &ValueGrid::valuesEdited, this, [this] { recompute(); });
        connect(grid, &ValueGrid::refused, this, &ConvVolumePage::refuse);
    }
    connect(bias_, &QDoubleSpinBox::valueChanged, this, [this] { recompute(); });
    connect(geometry_, &GeometryBox::changed, this, [this] { recompute(); });
    connect(normalization_, &QComboBox::currentIndexChanged, this, [this] { showStages(stages_); });
    connect(outputView_, &ImageView::pixelClicked, this, &ConvVolumePage::selectPixel);
    for (auto [from, to] : {std::pair{inputView_, outputView_}, std::pair{outputView_, inputView_}})
        connect(from, &ImageView::viewChanged, to, &ImageView::setView);
    connect(worker_, &FilterWorker::finished, this, [this](const FilterOutcome& outcome) {
        if (const auto* stages = std::get_if<SharedStages>(&outcome)) {
            shown_ = pending_;
            shownInput_ = pendingInput_;
            showStages(*stages);
        } else {
            refuse(tr("Refused: %1. The previous result is kept.")
                       .arg(QString::fromStdString(std::get<std::string>(outcome))));
        }
    });
    connect(worker_, &FilterWorker::busyChanged, busy_, &QLabel::setVisible);
}

ConvVolumePage::Settings ConvVolumePage::settingsFromControls() const
{
    Settings s;
    for (std::size_t c = 0; c < 3; ++c)
        s.kernels[c] = kernels_[c]->values();
    s.bias = bias_->value();
    s.geometry = geometry_->value();
    return s;
}

void ConvVolumePage::showSettings(const Settings& s)
{
    showingSettings_ = true;
    for (std::size_t c = 0; c < 3; ++c)
        kernels_[c]->setValues(s.kernels[c]);
    rows_->setValue(int(s.kernels[0].rows()));
    cols_->setValue(int(s.kernels[0].cols()));
    bias_->setValue(s.bias);
    geometry_->show(s.geometry);
    showingSettings_ = false;
}

void ConvVolumePage::resizeKernels()
{
    if (showingSettings_)
        return;
    showingSettings_ = true;
    for (ValueGrid* grid : kernels_) {
        const neurone::Plane& old = grid->values();
        neurone::Plane kernel = neurone::Plane::Zero(rows_->value(), cols_->value());
        const Eigen::Index rows = std::min(old.rows(), kernel.rows()), cols = std::min(old.cols(), kernel.cols());
        kernel.topLeftCorner(rows, cols) = old.topLeftCorner(rows, cols);
        grid->setValues(kernel);
    }
    showingSettings_ = false;
    recompute();
}

void ConvVolumePage::setViewStyle(const ViewStyle& style)
{
    style_ = style;
    inputView_->setViewStyle(style);
    outputView_->setViewStyle(style);
    error_->setStyleSheet(QString("color: %1; font-weight: bold;").arg(style.warning().name()));
    showSelection();
}

QString ConvVolumePage::errorText() const { return error_->isHidden() ? QString() : error_->text(); }
void ConvVolumePage::finishComputing() { worker_->finishNow(); }
