// A panel made of pages in tabs (descent: curve, surface, batch; perceptron: steps, linear
// neuron, backpropagation). The panel forwards File > Export and screenshot states to the
// page showing; `page=ID` switches pages.
#pragma once

#include "common/Panel.h"

#include <QList>

class PanelPage;
class QTabWidget;

class TabbedPanel : public Panel {
    Q_OBJECT
public:
    explicit TabbedPanel(QWidget* parent = nullptr);

    QCustomPlot* currentPlot() const override;
    QAbstractItemModel* currentTable() const override;
    void setViewStyle(const ViewStyle& style) override;
    // "page" = one of the page ids; any other key goes to the page showing.
    QString applyState(const QString& key, const QString& value) override;

    PanelPage* page(const QString& id) const;
    PanelPage* currentPage() const;

protected:
    void addPage(PanelPage* page, const QString& id, const QString& title, const QString& tip);

private:
    QTabWidget* tabs_;
    QList<std::pair<QString, PanelPage*>> pages_;
};
