// The network builder of the training panel: the layers of a Sequential network as a table
// (kind, settings, output shape, parameters), checked as they are edited the way Keras checks
// a model when it is built, with the parameter counts of model.summary():
//   dense N on d inputs           d·N + N
//   conv2d F×F×K on C channels    F·F·C·K + K
//   pooling, flatten, dropout, activations: 0
// The first layer that cannot take its input is tinted and its reason shown; the layers after
// it have unknown shapes ("?"). The one-line text form ("dense 8, tanh, dense 2, softmax")
// can be pasted or typed; a text that does not parse is shown with its error and changes
// nothing. Every change (a cell, add, remove, move, the text, setLayers) can be undone.
#pragma once

#include "common/ViewStyle.h"
#include "model/NetworkBuilder.h"

#include <QWidget>

#include <vector>

class NetworkBuilderModel;
class QAction;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;
class QUndoStack;

class NetworkBuilder : public QWidget {
    Q_OBJECT
public:
    explicit NetworkBuilder(QWidget* parent = nullptr);
    ~NetworkBuilder() override;

    // The shape of one sample of the dataset: {1, 28, 28} for digits, {1, 1, 2} for 2-D points.
    void setInput(neurone::Shape input);
    neurone::Shape input() const { return input_; }
    // Shows `layers` (a preset, a loaded model): one undoable step, nothing when unchanged.
    void setLayers(const std::vector<neurone::LayerSpec>& layers);
    std::vector<neurone::LayerSpec> layers() const;
    // The checks of the layers shown, on the current input.
    const std::vector<neurone::LayerCheck>& checks() const;
    bool isValid() const { return problem().isEmpty(); }
    // buildNetwork's message for the first impossible layer ("layer 3 (dense 10): …"), or "".
    QString problem() const;
    std::size_t totalParameters() const;

    void setViewStyle(const ViewStyle& style);
    // While training runs the network cannot change: no edit, no button, no undo.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return readOnly_; }

    // Edits as the buttons make them, below / on the selected row.
    void insertLayer(neurone::LayerKind kind);
    void removeSelectedLayer();
    void moveSelectedLayer(int offset);
    // The text form's edit: "" or the parse error (the layers then stay as they were).
    QString applyLayerText(const QString& text);

    QTableView* table() const { return table_; }
    NetworkBuilderModel* model() const { return model_; }
    QUndoStack* undoStack() const { return undo_; }
    QLineEdit* textForm() const { return text_; }
    QLabel* messageLabel() const { return message_; }
    QLabel* totalLabel() const { return total_; }

signals:
    void layersChanged();

private:
    void buildUi();
    void connectUi();
    void push(std::vector<neurone::LayerSpec> after, int selectRow, const QString& what, int mergeKey = -1);
    // Shows `layers` and their checks, selecting `row` (the undo commands call this).
    void apply(const std::vector<neurone::LayerSpec>& layers, int row);
    void showChecks();
    void updateEnabled();
    void fitTableHeight();
    void fitColumns();
    bool eventFilter(QObject* watched, QEvent* event) override;
    int selectedRow() const;

    neurone::Shape input_{1, 1, 2};
    std::vector<neurone::LayerCheck> checks_;
    NetworkBuilderModel* model_;
    QTableView* table_;
    QUndoStack* undo_;
    QToolButton* add_;
    QToolButton* remove_;
    QToolButton* up_;
    QToolButton* down_;
    QToolButton* undoButton_;
    QToolButton* redoButton_;
    QAction* undoAction_;
    QAction* redoAction_;
    QAction* removeAction_;
    QAction* upAction_;
    QAction* downAction_;
    QLabel* message_;
    QLabel* total_;
    QLineEdit* text_;
    QLabel* textError_;
    ViewStyle style_;
    bool readOnly_ = false;
};
