#include "convolution/GeometryBox.h"

#include <QComboBox>
#include <QFormLayout>
#include <QSpinBox>

neurone::Padding SlidingGeometry::padding() const
{
    return paddingMode == 0   ? neurone::Padding::valid()
           : paddingMode == 1 ? neurone::Padding::same()
                              : neurone::Padding::custom(paddingAmount);
}

namespace {

QSpinBox* spinBox(QWidget* parent, int min, int max, const QString& tip)
{
    auto* box = new QSpinBox(parent);
    box->setRange(min, max);
    box->setKeyboardTracking(false);
    box->setToolTip(tip);
    return box;
}

} // namespace

GeometryBox::GeometryBox(QWidget* parent)
    : QGroupBox(tr("Geometry"), parent),
      stride_(spinBox(this, 1, 16, tr("Stride S: how many pixels the kernel moves at each step"))),
      padding_(new QComboBox(this)),
      paddingAmount_(spinBox(this, 0, 16, tr("P, the number of zero pixels added on every side")))
{
    padding_->addItems({tr("valid (P = 0)"), tr("same (⌈W/S⌉)"), tr("custom P")});
    padding_->setToolTip(
        tr("Zero padding: none, as much as keeps ⌈W/S⌉ (TensorFlow's \"same\"), or P pixels on every side"));
    padding_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    padding_->setMinimumContentsLength(8);
    auto* layout = new QFormLayout(this);
    layout->addRow(tr("Stride S"), stride_);
    layout->addRow(tr("Padding"), padding_);
    layout->addRow(tr("P ="), paddingAmount_);
    const auto emitChanged = [this] {
        enableAmount();
        if (!showing_)
            emit changed();
    };
    connect(stride_, &QSpinBox::valueChanged, this, emitChanged);
    connect(paddingAmount_, &QSpinBox::valueChanged, this, emitChanged);
    connect(padding_, &QComboBox::currentIndexChanged, this, emitChanged);
    enableAmount();
}

SlidingGeometry GeometryBox::value() const
{
    return {stride_->value(), padding_->currentIndex(), paddingAmount_->value()};
}

void GeometryBox::show(const SlidingGeometry& g)
{
    showing_ = true;
    stride_->setValue(g.stride);
    padding_->setCurrentIndex(g.paddingMode);
    paddingAmount_->setValue(g.paddingAmount);
    showing_ = false;
    enableAmount();
}

std::optional<QString> GeometryBox::applyState(const QString& key, const QString& value)
{
    bool ok = true;
    SlidingGeometry g = this->value();
    if (key == "stride") {
        g.stride = value.toInt(&ok);
        if (!ok || g.stride < stride_->minimum() || g.stride > stride_->maximum())
            return tr("stride expects a whole number from %1 to %2, not '%3'")
                .arg(stride_->minimum())
                .arg(stride_->maximum())
                .arg(value);
    } else if (key == "padding") {
        const int amount = value.toInt(&ok);
        if (value == "valid" || value == "same")
            g.paddingMode = value == "valid" ? 0 : 1;
        else if (ok && amount >= 0 && amount <= paddingAmount_->maximum())
            g = {g.stride, 2, amount};
        else
            return tr("padding expects valid, same or a number of pixels, not '%1'").arg(value);
    } else {
        return std::nullopt;
    }
    if (g == this->value())
        return QString();
    show(g);
    emit changed(); // once, for both controls
    return QString();
}

void GeometryBox::enableAmount() { paddingAmount_->setEnabled(padding_->currentIndex() == 2); }
