#include "convolution/ConvExercisePage.h"

#include "common/SidePanel.h"
#include "conv/Conv2D.h"
#include "conv/Kernel.h"
#include "convolution/ValueGrid.h"
#include "convolution/ValueText.h"
#include "nn/Loss.h"

#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace {

neurone::Plane plane(int rows, int cols, std::initializer_list<float> values)
{
    neurone::Plane p(rows, cols);
    std::copy(values.begin(), values.end(), p.data());
    return p;
}

// One channel of a channel-major row, as a plane.
neurone::Plane channelOf(const neurone::Batch& row, int channel, int rows, int cols)
{
    return Eigen::Map<const neurone::Plane>(row.data() + channel * rows * cols, rows, cols);
}

neurone::Batch flatten(const std::array<neurone::Plane, 2>& channels)
{
    const Eigen::Index size = channels[0].size();
    neurone::Batch row(1, 2 * size);
    for (std::size_t c = 0; c < 2; ++c)
        row.block(0, Eigen::Index(c) * size, 1, size) = Eigen::Map<const neurone::Batch>(channels[c].data(), 1, size);
    return row;
}

QString matrixText(const neurone::Plane& m)
{
    QStringList rows;
    for (Eigen::Index r = 0; r < m.rows(); ++r) {
        QStringList values;
        for (Eigen::Index c = 0; c < m.cols(); ++c)
            values << valueText(m(r, c), 4);
        rows << "[" + values.join(", ") + "]";
    }
    return "[" + rows.join(", ") + "]";
}

ValueGrid* grid(QWidget* parent, bool readOnly)
{
    auto* g = new ValueGrid(parent);
    g->setReadOnly(readOnly);
    return g;
}

QWidget* captioned(QWidget* parent, const QString& caption, QWidget* content)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto* label = new QLabel(caption, box);
    label->setTextFormat(Qt::RichText);
    layout->addWidget(label);
    layout->addWidget(content, 0, Qt::AlignLeft);
    layout->addStretch();
    return box;
}

} // namespace

ConvExercisePage::ConvExercisePage(QWidget* parent) : PanelPage(parent), model_(new QStandardItemModel(this))
{
    buildUi();
    connectUi();
    resetToCourse();
}

void ConvExercisePage::buildUi()
{
    for (std::size_t c = 0; c < 2; ++c) {
        inputs_[c] = grid(this, false);
        kernels_[c] = grid(this, false);
        kernelGradients_[c] = grid(this, true);
        inputGradients_[c] = grid(this, true);
    }
    bias_ = new QDoubleSpinBox(this);
    bias_->setRange(-1000, 1000);
    bias_->setDecimals(2);
    bias_->setKeyboardTracking(false);
    bias_->setToolTip(tr("One bias for the output map (the engine's convention, as in Keras and PyTorch)"));
    target_ = grid(this, false);
    output_ = grid(this, true);
    outputGradient_ = grid(this, true);
    loss_ = new QLabel(this);
    biasGradient_ = new QLabel(this);
    for (QLabel* value : {loss_, biasGradient_}) {
        QFont bold = value->font();
        bold.setBold(true);
        value->setFont(bold);
    }
    error_ = new QLabel(this);
    error_->setWordWrap(true);
    error_->hide();
    auto* reset = new QPushButton(tr("Course values"), this);
    reset->setToolTip(tr("Back to the numbers of the course's exercise"));
    connect(reset, &QPushButton::clicked, this, &ConvExercisePage::resetToCourse);
    explain_ = new QLabel(this);
    explain_->setWordWrap(true);
    explain_->setTextFormat(Qt::RichText);
    explain_->setText(
        tr("<h3>Forward</h3><p><b>Y = X<sub>0</sub> ⋆ W<sub>0</sub> + X<sub>1</sub> ⋆ W<sub>1</sub> + b</b> "
           "(correlation, stride 1, no padding: 3 − 2 + 1 = 2).</p>"
           "<p>The course's code adds its bias b = 2 once per input channel, so 2 × 2 = 4 in all; the engine adds "
           "one bias per output map, as Keras and PyTorch do, so the example uses b = 4.</p>"
           "<h3>Error</h3><p><b>E = 1/N Σ (Y − Y*)²</b>, N = 4 values.</p>"
           "<h3>Backward</h3><p><b>∂E/∂Y = 2 (Y − Y*)/N</b></p>"
           "<p><b>∂E/∂W<sub>c</sub> = X<sub>c</sub> ⋆ ∂E/∂Y</b> (a correlation of the input with the output "
           "gradient)</p><p><b>∂E/∂X<sub>c</sub></b> = the full convolution of ∂E/∂Y with W<sub>c</sub> rotated "
           "by 180°</p><p><b>∂E/∂b = Σ ∂E/∂Y</b></p>"
           "<p>Change any input, kernel, bias or target value: everything is recomputed by the engine's Conv2D "
           "layer and its mean squared error.</p>"));

    // Laid out as the equations read: X0 ⋆ W0 + X1 ⋆ W1 + b = Y, then the backward pass.
    work_ = new QWidget(this);
    const auto op = [this](const QString& text) {
        auto* label = new QLabel(QString("<span style=\"font-size:xx-large\">%1</span>").arg(text), work_);
        label->setAlignment(Qt::AlignCenter);
        return label;
    };
    auto* forward = new QGroupBox(tr("Forward"), work_);
    auto* f = new QGridLayout(forward);
    f->addWidget(captioned(work_, tr("Input X<sub>0</sub>"), inputs_[0]), 0, 0);
    f->addWidget(op("⋆"), 0, 1);
    f->addWidget(captioned(work_, tr("Kernel W<sub>0</sub>"), kernels_[0]), 0, 2);
    f->addWidget(op("+"), 0, 3);
    f->addWidget(captioned(work_, tr("Input X<sub>1</sub>"), inputs_[1]), 0, 4);
    f->addWidget(op("⋆"), 0, 5);
    f->addWidget(captioned(work_, tr("Kernel W<sub>1</sub>"), kernels_[1]), 0, 6);
    f->addWidget(op("+"), 0, 7);
    f->addWidget(captioned(work_, tr("Bias b"), bias_), 0, 8);
    // The result on a second line, so the equation fits beside the explanation.
    auto* result = new QHBoxLayout;
    result->addWidget(op("="));
    result->addWidget(captioned(work_, tr("Output Y"), output_));
    result->addSpacing(24);
    result->addWidget(captioned(work_, tr("Target Y*"), target_));
    result->addSpacing(24);
    result->addWidget(captioned(work_, tr("Error E"), loss_));
    result->addStretch(1);
    f->addLayout(result, 1, 0, 1, 9);
    f->setColumnStretch(9, 1);
    auto* backward = new QGroupBox(tr("Backward"), work_);
    auto* b = new QGridLayout(backward);
    b->addWidget(captioned(work_, tr("∂E/∂Y"), outputGradient_), 0, 0);
    b->addWidget(op("→"), 0, 1);
    b->addWidget(captioned(work_, tr("∂E/∂W<sub>0</sub>"), kernelGradients_[0]), 0, 2);
    b->addWidget(captioned(work_, tr("∂E/∂W<sub>1</sub>"), kernelGradients_[1]), 0, 3);
    b->addWidget(captioned(work_, tr("∂E/∂b"), biasGradient_), 0, 4);
    b->addWidget(captioned(work_, tr("∂E/∂X<sub>0</sub>"), inputGradients_[0]), 1, 2);
    b->addWidget(captioned(work_, tr("∂E/∂X<sub>1</sub>"), inputGradients_[1]), 1, 3);
    b->setColumnStretch(5, 1);

    auto* main = new QVBoxLayout(work_);
    main->setContentsMargins(0, 0, 0, 0);
    main->addWidget(error_);
    main->addWidget(forward);
    main->addWidget(backward);
    main->addWidget(reset, 0, Qt::AlignLeft);
    main->addStretch();
    // The equation is wide: in a scroll area, so the window still fits a 1280-pixel screen.
    auto* workScroll = new QScrollArea(this);
    workScroll->setWidget(work_);
    workScroll->setWidgetResizable(true);
    workScroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(workScroll, 1);
    layout->addWidget(makeSidePanel(this, {explain_}));
    setViewStyle(style_);
}

void ConvExercisePage::connectUi()
{
    for (ValueGrid* g : {inputs_[0], inputs_[1], kernels_[0], kernels_[1], target_}) {
        connect(g, &ValueGrid::valuesEdited, this, [this] { recompute(); });
        connect(g, &ValueGrid::refused, this, &ConvExercisePage::refuse);
    }
    connect(bias_, &QDoubleSpinBox::valueChanged, this, [this] { recompute(); });
}

void ConvExercisePage::resetToCourse()
{
    resetting_ = true;
    inputs_[0]->setValues(plane(3, 3, {1, 2, 3, 4, 5, 6, 7, 8, 9}));
    inputs_[1]->setValues(plane(3, 3, {1.5f, 2.5f, 3.5f, 4.5f, 5.5f, 6.5f, 7.5f, 8.5f, 9.5f}));
    kernels_[0]->setValues(plane(2, 2, {1, 2, 3, 4}));
    kernels_[1]->setValues(plane(2, 2, {1.5f, 2.5f, 3.5f, 4.5f}));
    target_->setValues(plane(2, 2, {90, 112, 156, 177}));
    bias_->setValue(4);
    resetting_ = false;
    recompute();
}

void ConvExercisePage::refuse(const QString& message)
{
    error_->setText(message);
    error_->setStyleSheet(QString("color: %1; font-weight: bold;").arg(style_.warning().name()));
    error_->show();
    emit statusMessage(message);
}

void ConvExercisePage::recompute()
{
    if (resetting_)
        return;
    error_->hide();
    neurone::Conv2D conv({2, 3, 3}, 1, 2, 2);
    conv.setKernels(flatten({kernels_[0]->values(), kernels_[1]->values()}));
    conv.setBias(neurone::Batch::Constant(1, 1, float(bias_->value())));
    const neurone::Batch y = conv.forward(flatten({inputs_[0]->values(), inputs_[1]->values()}));
    const neurone::Plane& targetPlane = target_->values();
    const neurone::Batch target = Eigen::Map<const neurone::Batch>(targetPlane.data(), 1, targetPlane.size());
    const float loss = neurone::meanSquaredError(y, target);
    const neurone::Batch dY = neurone::meanSquaredErrorGradient(y, target);
    conv.zeroGradients();
    const neurone::Batch dX = conv.backward(dY);
    const neurone::Batch& dW = conv.kernelGradient();
    const float dB = conv.biasGradient()(0, 0);

    output_->setValues(channelOf(y, 0, 2, 2));
    outputGradient_->setValues(channelOf(dY, 0, 2, 2));
    for (int c = 0; c < 2; ++c) {
        kernelGradients_[std::size_t(c)]->setValues(channelOf(dW, c, 2, 2));
        inputGradients_[std::size_t(c)]->setValues(channelOf(dX, c, 3, 3));
    }
    loss_->setText(valueText(loss, 4));
    biasGradient_->setText(valueText(dB, 4));

    model_->clear();
    model_->setHorizontalHeaderLabels({tr("quantity"), tr("value")});
    const auto add = [this](const QString& quantity, const QString& value) {
        model_->appendRow({new QStandardItem(quantity), new QStandardItem(value)});
    };
    add("Y", matrixText(channelOf(y, 0, 2, 2)));
    add("E", valueText(loss, 4));
    add("∂E/∂Y", matrixText(channelOf(dY, 0, 2, 2)));
    for (int c = 0; c < 2; ++c)
        add(tr("∂E/∂W channel %1").arg(c), matrixText(channelOf(dW, c, 2, 2)));
    for (int c = 0; c < 2; ++c)
        add(tr("∂E/∂X channel %1").arg(c), matrixText(channelOf(dX, c, 3, 3)));
    add("∂E/∂b", valueText(dB, 4));
}

QAbstractItemModel* ConvExercisePage::currentTable() const { return model_; }

QString ConvExercisePage::valueOf(const QString& quantity) const
{
    for (int r = 0; r < model_->rowCount(); ++r)
        if (model_->item(r, 0)->text() == quantity)
            return model_->item(r, 1)->text();
    return {};
}

QString ConvExercisePage::errorText() const { return error_->isHidden() ? QString() : error_->text(); }

void ConvExercisePage::setViewStyle(const ViewStyle& style)
{
    style_ = style;
    // Few numbers on this page: larger, for the back of the room (projector mode is large already).
    QFont larger = style.font();
    if (!style.projector)
        larger.setPointSizeF(larger.pointSizeF() * 1.3);
    work_->setFont(larger);
    error_->setStyleSheet(QString("color: %1; font-weight: bold;").arg(style.warning().name()));
}

QString ConvExercisePage::applyState(const QString& key, const QString& value)
{
    if (key == "reset") {
        resetToCourse();
        return {};
    }
    if (key == "bias") {
        bool ok = false;
        const double b = value.toDouble(&ok);
        if (!ok)
            return tr("'%1' is not a number").arg(value);
        bias_->setValue(b);
        return {};
    }
    ValueGrid* target = key == "x0"       ? inputs_[0]
                        : key == "x1"     ? inputs_[1]
                        : key == "w0"     ? kernels_[0]
                        : key == "w1"     ? kernels_[1]
                        : key == "target" ? target_
                                          : nullptr;
    if (!target)
        return tr("unknown state '%1' on the exercise page (x0, x1, w0, w1, target, bias, reset)").arg(key);
    const auto parsed = neurone::parseMatrix(value.toStdString(), 3);
    if (const auto* reason = std::get_if<std::string>(&parsed))
        return QString::fromStdString(*reason);
    const neurone::Plane& m = std::get<neurone::Plane>(parsed);
    if (m.rows() != target->values().rows() || m.cols() != target->values().cols())
        return tr("%1 must be %2×%3").arg(key).arg(target->values().rows()).arg(target->values().cols());
    target->setValues(m);
    recompute();
    return {};
}
