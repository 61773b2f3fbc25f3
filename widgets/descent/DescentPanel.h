// The gradient-descent panel (seed 000): the curve page (plain and momentum side by side),
// the surface page (optimisers raced on a contour map) and the batch page (stochastic,
// mini-batch and full-batch descent on a noisy regression).
#pragma once

#include "common/TabbedPanel.h"

class DescentPanel : public TabbedPanel {
    Q_OBJECT
public:
    explicit DescentPanel(QWidget* parent = nullptr);

    QString panelId() const override { return "descent"; }
    QString title() const override;
};
