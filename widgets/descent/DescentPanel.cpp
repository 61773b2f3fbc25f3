#include "descent/DescentPanel.h"

#include "descent/BatchDescentView.h"
#include "descent/CurveDescentView.h"
#include "descent/SurfaceDescentView.h"

DescentPanel::DescentPanel(QWidget* parent) : TabbedPanel(parent)
{
    addPage(new CurveDescentView(this), "curve", tr("Curve f(x)"),
            tr("Descent on a curve, without and with momentum, step by step"));
    addPage(new SurfaceDescentView(this), "surface", tr("Surface f(x, y)"),
            tr("Six optimisers raced on a contour map; drag the start point"));
    addPage(new BatchDescentView(this), "batch", tr("Stochastic vs batch"),
            tr("Stochastic, mini-batch and full-batch descent on a noisy linear regression"));
}

QString DescentPanel::title() const { return tr("Gradient descent"); }
