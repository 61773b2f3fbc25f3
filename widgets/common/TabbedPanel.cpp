#include "common/TabbedPanel.h"

#include "common/PanelPage.h"

#include <QTabWidget>
#include <QVBoxLayout>

TabbedPanel::TabbedPanel(QWidget* parent) : Panel(parent), tabs_(new QTabWidget(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(tabs_);
}

void TabbedPanel::addPage(PanelPage* page, const QString& id, const QString& title, const QString& tip)
{
    pages_.append({id, page});
    const int index = tabs_->addTab(page, title);
    tabs_->setTabToolTip(index, tip);
    connect(page, &PanelPage::statusMessage, this, &Panel::statusMessage);
}

PanelPage* TabbedPanel::page(const QString& id) const
{
    for (const auto& [pageId, page] : pages_)
        if (pageId == id)
            return page;
    return nullptr;
}

PanelPage* TabbedPanel::currentPage() const { return static_cast<PanelPage*>(tabs_->currentWidget()); }

QCustomPlot* TabbedPanel::currentPlot() const { return currentPage()->currentPlot(); }

QAbstractItemModel* TabbedPanel::currentTable() const { return currentPage()->currentTable(); }

void TabbedPanel::setViewStyle(const ViewStyle& style)
{
    for (const auto& entry : pages_)
        entry.second->setViewStyle(style);
}

QString TabbedPanel::applyState(const QString& key, const QString& value)
{
    if (key == "page") {
        PanelPage* target = page(value);
        if (!target) {
            QStringList ids;
            for (const auto& entry : pages_)
                ids << entry.first;
            return tr("unknown page '%1' (%2)").arg(value, ids.join(", "));
        }
        tabs_->setCurrentWidget(target);
        return {};
    }
    return currentPage()->applyState(key, value);
}
