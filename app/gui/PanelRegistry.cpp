#include "gui/PanelRegistry.h"

#include "convolution/ConvolutionPanel.h"
#include "descent/DescentPanel.h"
#include "keywords/KeywordsPanel.h"
#include "perceptron/PerceptronPanel.h"
#include "training/TrainingPanel.h"

QList<Panel*> makePanels(QWidget* parent)
{
    return {new DescentPanel(parent), new PerceptronPanel(parent), new ConvolutionPanel(parent), new TrainingPanel(parent),
            new KeywordsPanel(parent)};
}
