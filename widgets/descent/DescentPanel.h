// The gradient-descent panel (seed 000): the curve page (plain and momentum side by side),
// the surface page (optimisers raced on a contour map) and the batch page (stochastic,
// mini-batch and full-batch descent on a noisy regression).
#pragma once

#include "common/Panel.h"

#include <QList>

class PanelPage;
class QTabWidget;

class DescentPanel : public Panel {
    Q_OBJECT
public:
    explicit DescentPanel(QWidget* parent = nullptr);

    QString panelId() const override { return "descent"; }
    QString title() const override;
    QCustomPlot* currentPlot() const override;
    QAbstractItemModel* currentTable() const override;
    void setViewStyle(const ViewStyle& style) override;
    // "page" = curve | surface | batch; any other key goes to the page showing.
    QString applyState(const QString& key, const QString& value) override;

    PanelPage* page(const QString& id) const;

private:
    void addPage(PanelPage* page, const QString& id, const QString& title, const QString& tip);

    QTabWidget* tabs_;
    QList<std::pair<QString, PanelPage*>> pages_;
};
