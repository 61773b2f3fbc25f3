// A panel of the main window (descent, perceptron, convolution, training, keywords).
// The main window asks the current panel for its plot and table (File > Export), hands it the
// view style, and shows its status messages. Panels never do the maths: they call engine/.
#pragma once

#include "common/ViewStyle.h"

#include <QWidget>

class QAbstractItemModel;
class QCustomPlot;

class Panel : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    // Stable name, used by settings and `neurone --screenshot PANEL`.
    virtual QString panelId() const = 0;
    virtual QString title() const = 0;

    // What File > Export acts on; nullptr when the panel has none showing.
    virtual QCustomPlot* currentPlot() const = 0;
    virtual QAbstractItemModel* currentTable() const = 0;

    virtual void setViewStyle(const ViewStyle& style) = 0;

    // File > Open: the file types the panel opens ("" when it opens none), and opening one.
    // Returns "" or why the file was refused (the panel keeps what it had).
    virtual QString openFilter() const { return {}; }
    virtual QString openFile(const QString& /*path*/) { return tr("This lesson does not open files."); }

    // File > Export for panels whose picture is not a plot (an image): "" or the reason.
    virtual bool hasImageToExport() const { return false; }
    virtual QString exportImage(const QString& /*path*/) { return tr("There is no image to export here."); }

    // `neurone --screenshot PANEL FILE --state key=value`: puts the panel in a documented state.
    // Returns an empty string, or why the state cannot be applied.
    virtual QString applyState(const QString& key, const QString& value) = 0;

signals:
    void statusMessage(const QString& message);
};
