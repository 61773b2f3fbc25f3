#include "training/NetworkBuilder.h"

#include "training/NetworkBuilderModel.h"
#include "training/NetworkBuilderText.h"

#include <QAbstractItemDelegate>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QUndoStack>

#include <algorithm>
#include <functional>

using neurone::LayerSpec;

namespace {

// One edit of the layer list, kept as the lists before and after (they are a few bytes per
// layer). Consecutive changes of one cell (a spin box turning) merge into one step.
class NetworkBuilderCommand : public QUndoCommand {
public:
    using Apply = std::function<void(const std::vector<LayerSpec>&, int)>;

    NetworkBuilderCommand(Apply apply, std::vector<LayerSpec> before, int beforeRow, std::vector<LayerSpec> after,
                          int afterRow, const QString& text, int mergeKey)
        : QUndoCommand(text), apply_(std::move(apply)), before_(std::move(before)), after_(std::move(after)),
          beforeRow_(beforeRow), afterRow_(afterRow), mergeKey_(mergeKey)
    {
    }

    void undo() override { apply_(before_, beforeRow_); }
    void redo() override { apply_(after_, afterRow_); }
    int id() const override { return mergeKey_ < 0 ? -1 : 1; }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = static_cast<const NetworkBuilderCommand*>(other);
        if (next->mergeKey_ != mergeKey_)
            return false;
        after_ = next->after_;
        afterRow_ = next->afterRow_;
        setObsolete(neurone::layerListText(after_) == neurone::layerListText(before_));
        return true;
    }

private:
    Apply apply_;
    std::vector<LayerSpec> before_;
    std::vector<LayerSpec> after_;
    int beforeRow_;
    int afterRow_;
    int mergeKey_;
};

} // namespace

NetworkBuilder::NetworkBuilder(QWidget* parent) : QWidget(parent), model_(new NetworkBuilderModel(this)), undo_(new QUndoStack(this))
{
    buildUi();
    connectUi();
    apply({}, -1);
}

// The undo stack, a child, clears itself (emitting indexChanged) after this widget is gone.
NetworkBuilder::~NetworkBuilder() { disconnect(undo_, nullptr, this, nullptr); }

void NetworkBuilder::setInput(neurone::Shape input)
{
    if (input == input_)
        return;
    input_ = input;
    checks_ = neurone::checkLayers(model_->layers(), input_);
    model_->show(model_->layers(), checks_);
    showChecks();
}

void NetworkBuilder::setLayers(const std::vector<LayerSpec>& layers)
{
    if (neurone::layerListText(layers) == neurone::layerListText(model_->layers()))
        return;
    push(layers, layers.empty() ? -1 : 0, tr("Set the layers"));
}

std::vector<LayerSpec> NetworkBuilder::layers() const { return model_->layers(); }

const std::vector<neurone::LayerCheck>& NetworkBuilder::checks() const { return checks_; }

QString NetworkBuilder::problem() const { return QString::fromStdString(neurone::networkProblem(checks_)); }

std::size_t NetworkBuilder::totalParameters() const { return neurone::totalParameters(checks_); }

void NetworkBuilder::setReadOnly(bool readOnly)
{
    readOnly_ = readOnly;
    model_->setReadOnly(readOnly);
    // An open cell editor closes; what it changed is already committed.
    if (QWidget* editor = table_->indexWidget(table_->currentIndex()); editor && readOnly)
        emit table_->itemDelegate()->closeEditor(editor, QAbstractItemDelegate::NoHint);
    table_->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                     : QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                                           | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    text_->setReadOnly(readOnly);
    updateEnabled();
}

int NetworkBuilder::selectedRow() const
{
    const QModelIndexList rows = table_->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        return rows.front().row();
    return table_->currentIndex().isValid() ? table_->currentIndex().row() : -1;
}

void NetworkBuilder::insertLayer(neurone::LayerKind kind)
{
    if (readOnly_)
        return;
    std::vector<LayerSpec> after = model_->layers();
    const int selected = selectedRow();
    const int row = selected < 0 ? int(after.size()) : selected + 1;
    after.insert(after.begin() + row, defaultLayerSpec(kind));
    push(std::move(after), row, tr("Add a %1 layer").arg(layerKindTitle(kind)));
}

void NetworkBuilder::removeSelectedLayer()
{
    const int row = selectedRow();
    if (readOnly_ || row < 0)
        return;
    std::vector<LayerSpec> after = model_->layers();
    const QString title = layerKindTitle(after[std::size_t(row)].kind);
    after.erase(after.begin() + row);
    const int select = std::min(row, int(after.size()) - 1);
    push(std::move(after), select, tr("Remove layer %1 (%2)").arg(row + 1).arg(title));
}

void NetworkBuilder::moveSelectedLayer(int offset)
{
    const int row = selectedRow();
    const int target = row + offset;
    std::vector<LayerSpec> after = model_->layers();
    if (readOnly_ || row < 0 || target < 0 || target >= int(after.size()) || offset == 0)
        return;
    std::swap(after[std::size_t(row)], after[std::size_t(target)]);
    push(std::move(after), target, offset < 0 ? tr("Move layer %1 up").arg(row + 1) : tr("Move layer %1 down").arg(row + 1));
}

QString NetworkBuilder::applyLayerText(const QString& text)
{
    if (readOnly_)
        return {};
    auto parsed = neurone::parseLayerList(text.toStdString());
    if (const auto* error = std::get_if<std::string>(&parsed)) {
        const QString reason = QString::fromStdString(*error);
        textError_->setText(reason);
        textError_->setVisible(true);
        return reason;
    }
    textError_->clear();
    textError_->setVisible(false);
    auto& layers = std::get<std::vector<LayerSpec>>(parsed);
    if (neurone::layerListText(layers) != neurone::layerListText(model_->layers()))
        push(std::move(layers), 0, tr("Type the layers"));
    text_->setText(QString::fromStdString(neurone::layerListText(model_->layers()))); // the canonical form
    text_->setCursorPosition(0);
    return {};
}

void NetworkBuilder::push(std::vector<LayerSpec> after, int selectRow, const QString& what, int mergeKey)
{
    const auto apply = [this](const std::vector<LayerSpec>& layers, int row) { this->apply(layers, row); };
    undo_->push(new NetworkBuilderCommand(apply, model_->layers(), selectedRow(), std::move(after), selectRow, what,
                                          mergeKey));
}

void NetworkBuilder::apply(const std::vector<LayerSpec>& layers, int row)
{
    checks_ = neurone::checkLayers(layers, input_);
    model_->show(layers, checks_);
    if (row >= 0 && row < int(layers.size()) && selectedRow() != row)
        table_->selectRow(row);
    showChecks();
    emit layersChanged();
}

void NetworkBuilder::showChecks()
{
    const QString reason = problem();
    message_->setText(reason);
    message_->setVisible(!reason.isEmpty());
    // A numerus message, for languages whose plural differs; English has no translation file,
    // and its source reads right since a layer never has exactly 1 parameter (d·N + N ≥ 2).
    // At most maxNetworkParameters (2²⁶): an int holds the count.
    total_->setText(isValid() ? tr("Total: %Ln parameters", nullptr, int(totalParameters()))
                              : tr("Total: ? (the network cannot be built)"));
    total_->setToolTip(tr("Weights and biases the network learns, as Keras' model.summary() counts them"));
    if (!text_->hasFocus()) {
        text_->setText(QString::fromStdString(neurone::layerListText(model_->layers())));
        text_->setCursorPosition(0); // the input end of the list
        textError_->clear();
        textError_->setVisible(false);
    }
    fitColumns();
    updateEnabled();
}
