// The panels of the main window, in the course's order: descent, perceptron, convolution,
// training, keywords. Only panels that exist are listed.
#pragma once

#include <QList>

class Panel;
class QWidget;

QList<Panel*> makePanels(QWidget* parent);
