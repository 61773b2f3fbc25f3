#include "descent/DescentPanel.h"

#include "descent/BatchDescentView.h"
#include "descent/CurveDescentView.h"
#include "descent/SurfaceDescentView.h"

#include <QTabWidget>
#include <QVBoxLayout>

DescentPanel::DescentPanel(QWidget* parent) : Panel(parent), tabs_(new QTabWidget(this))
{
    addPage(new CurveDescentView(this), "curve", tr("Curve f(x)"),
            tr("Descent on a curve, without and with momentum, step by step"));
    addPage(new SurfaceDescentView(this), "surface", tr("Surface f(x, y)"),
            tr("Six optimisers raced on a contour map; drag the start point"));
    addPage(new BatchDescentView(this), "batch", tr("Stochastic vs batch"),
            tr("Stochastic, mini-batch and full-batch descent on a noisy linear regression"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(tabs_);
}

void DescentPanel::addPage(PanelPage* page, const QString& id, const QString& title, const QString& tip)
{
    pages_.append({id, page});
    const int index = tabs_->addTab(page, title);
    tabs_->setTabToolTip(index, tip);
    connect(page, &PanelPage::statusMessage, this, &Panel::statusMessage);
}

QString DescentPanel::title() const { return tr("Gradient descent"); }

PanelPage* DescentPanel::page(const QString& id) const
{
    for (const auto& [pageId, page] : pages_)
        if (pageId == id)
            return page;
    return nullptr;
}

QCustomPlot* DescentPanel::currentPlot() const
{
    return static_cast<PanelPage*>(tabs_->currentWidget())->currentPlot();
}

QAbstractItemModel* DescentPanel::currentTable() const
{
    return static_cast<PanelPage*>(tabs_->currentWidget())->currentTable();
}

void DescentPanel::setViewStyle(const ViewStyle& style)
{
    for (const auto& entry : pages_)
        entry.second->setViewStyle(style);
}

QString DescentPanel::applyState(const QString& key, const QString& value)
{
    if (key == "page") {
        PanelPage* target = page(value);
        if (!target)
            return tr("unknown page '%1' (curve, surface, batch)").arg(value);
        tabs_->setCurrentWidget(target);
        return {};
    }
    return static_cast<PanelPage*>(tabs_->currentWidget())->applyState(key, value);
}
