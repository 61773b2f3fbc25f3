#include "convolution/KernelGridEditor.h"

#include "conv/Kernel.h"
#include "convolution/ValueGrid.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

QString KernelGridEditor::presetTitle(const QString& name)
{
    if (name == "identity")
        return tr("Identity");
    if (name == "blur")
        return tr("Box blur (1/9)");
    if (name == "gaussian")
        return tr("Gaussian blur (1/16)");
    if (name == "sharpen")
        return tr("Sharpen");
    if (name == "edge")
        return tr("Edges (course, seed 000)");
    if (name == "sobel-x")
        return tr("Sobel x (vertical edges)");
    if (name == "sobel-y")
        return tr("Sobel y (horizontal edges)");
    if (name == "sobel")
        return tr("Sobel magnitude √(x² + y²)");
    if (name == "emboss")
        return tr("Emboss");
    if (name == "corner")
        return tr("Corner 5×5 (course, seed 002)");
    if (name == "custom")
        return tr("Your own kernel");
    return name;
}

KernelGridEditor::KernelGridEditor(QWidget* parent)
    : QWidget(parent),
      preset_(new QComboBox(this)),
      rows_(new QSpinBox(this)),
      cols_(new QSpinBox(this)),
      grid_(new ValueGrid(this)),
      note_(new QLabel(this))
{
    for (const neurone::KernelPreset& preset : neurone::kernelPresets()) {
        const QString name = QString::fromStdString(preset.name);
        preset_->addItem(presetTitle(name), name);
    }
    preset_->addItem(presetTitle("custom"), QString("custom"));
    preset_->setToolTip(tr("A kernel from the lessons, or your own typed in the grid"));
    preset_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    preset_->setMinimumContentsLength(12);
    for (QSpinBox* size : {rows_, cols_}) {
        size->setRange(1, neurone::maxKernelSize);
        size->setKeyboardTracking(false);
    }
    rows_->setToolTip(tr("Kernel height F_h (1 to 7; even sizes too)"));
    cols_->setToolTip(tr("Kernel width F_w (1 to 7; even sizes too)"));
    note_->setWordWrap(true);
    note_->hide();

    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(new QLabel(tr("Size"), this));
    sizeRow->addWidget(rows_);
    sizeRow->addWidget(new QLabel(tr("×"), this));
    sizeRow->addWidget(cols_);
    sizeRow->addStretch();
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(preset_, 0, 0);
    layout->addLayout(sizeRow, 1, 0);
    layout->addWidget(grid_, 2, 0, Qt::AlignLeft);
    layout->addWidget(note_, 3, 0);
    connectUi();
    selectPreset("edge");
}

void KernelGridEditor::connectUi()
{
    connect(preset_, &QComboBox::activated, this, [this](int index) {
        const QString name = preset_->itemData(index).toString();
        if (name == "custom")
            setCustomKernel(choice_.kernel);
        else
            selectPreset(name);
    });
    connect(rows_, &QSpinBox::valueChanged, this, &KernelGridEditor::resizeKernel);
    connect(cols_, &QSpinBox::valueChanged, this, &KernelGridEditor::resizeKernel);
    connect(grid_, &ValueGrid::valuesEdited, this, [this](const neurone::Plane& values) { setCustomKernel(values); });
    connect(grid_, &ValueGrid::refused, this, &KernelGridEditor::refused);
}

void KernelGridEditor::showChoice(const KernelChoice& choice)
{
    showing_ = true;
    choice_ = choice;
    preset_->setCurrentIndex(std::max(0, preset_->findData(choice.preset)));
    rows_->setValue(int(choice.kernel.rows()));
    cols_->setValue(int(choice.kernel.cols()));
    grid_->setValues(choice.kernel);
    note_->setVisible(choice.partner.has_value());
    if (choice.partner)
        note_->setText(tr("The grid shows the x kernel; its transpose (Sobel y) is applied too and the output is "
                          "the magnitude √(x² + y²)."));
    showing_ = false;
}

bool KernelGridEditor::selectPreset(const QString& name)
{
    const neurone::KernelPreset* preset = neurone::findKernelPreset(name.toStdString());
    if (!preset)
        return false;
    showChoice({name, preset->kernel, preset->partner});
    emit kernelChanged(choice_);
    return true;
}

void KernelGridEditor::setCustomKernel(const neurone::Plane& kernel)
{
    showChoice({"custom", kernel, std::nullopt});
    emit kernelChanged(choice_);
}

void KernelGridEditor::resizeKernel()
{
    if (showing_)
        return;
    // Keeps the values that still fit; new cells are 0.
    const neurone::Plane& old = choice_.kernel;
    neurone::Plane kernel = neurone::Plane::Zero(rows_->value(), cols_->value());
    const Eigen::Index rows = std::min(old.rows(), kernel.rows()), cols = std::min(old.cols(), kernel.cols());
    kernel.topLeftCorner(rows, cols) = old.topLeftCorner(rows, cols);
    setCustomKernel(kernel);
}
