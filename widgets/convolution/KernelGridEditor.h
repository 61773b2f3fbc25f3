// The kernel of the filter page: a preset (identity, blur, edge, Sobel…) or the user's own,
// edited in a grid of any size from 1×1 to 7×7 (rows and columns chosen separately).
// Editing a preset's grid makes it the user's own kernel ("custom").
#pragma once

#include "conv/Image.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QSpinBox;
class ValueGrid;

struct KernelChoice {
    QString preset; // an engine preset name, or "custom"
    neurone::Plane kernel;
    std::optional<neurone::Plane> partner; // Sobel magnitude: √((X⋆kernel)² + (X⋆partner)²)
};

class KernelGridEditor : public QWidget {
    Q_OBJECT
public:
    explicit KernelGridEditor(QWidget* parent = nullptr);

    const KernelChoice& choice() const { return choice_; }
    // Shows `choice` without emitting (to restore a previous kernel).
    void showChoice(const KernelChoice& choice);
    // A preset by its engine name; false when there is none.
    bool selectPreset(const QString& name);
    void setCustomKernel(const neurone::Plane& kernel);
    ValueGrid* grid() const { return grid_; }

    static QString presetTitle(const QString& name);

signals:
    void kernelChanged(const KernelChoice& choice);
    void refused(const QString& message);

private:
    void connectUi();
    void resizeKernel();

    QComboBox* preset_;
    QSpinBox* rows_;
    QSpinBox* cols_;
    ValueGrid* grid_;
    QLabel* note_;
    KernelChoice choice_;
    bool showing_ = false;
};
