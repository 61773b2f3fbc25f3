#include "gui/PanelRegistry.h"

#include "descent/DescentPanel.h"

QList<Panel*> makePanels(QWidget* parent)
{
    return {new DescentPanel(parent)};
}
