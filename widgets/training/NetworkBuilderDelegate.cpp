#include "training/NetworkBuilderDelegate.h"

#include "training/NetworkBuilderModel.h"
#include "training/NetworkBuilderText.h"

#include <QBrush>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

#include <algorithm>
#include <vector>

using neurone::LayerKind;
using neurone::LayerSpec;

namespace {

constexpr int maxUnits = 1 << 16; // as LayerList.h parses them
constexpr int maxWindow = 64;

// The layer shown at `index`, read back from its text (EditRole).
LayerSpec layerAt(const QModelIndex& index)
{
    const auto parsed = neurone::parseLayerList(index.model()->index(index.row(), NetworkBuilderModel::SettingsColumn)
                                                    .data(Qt::EditRole)
                                                    .toString()
                                                    .toStdString());
    const auto* layers = std::get_if<std::vector<LayerSpec>>(&parsed);
    return layers && layers->size() == 1 ? layers->front() : LayerSpec{};
}

QSpinBox* countBox(QWidget* parent, int high, const QString& tip)
{
    auto* box = new QSpinBox(parent);
    box->setRange(1, high);
    box->setKeyboardTracking(false); // typing "128" commits 128, not 1 then 12
    box->setToolTip(tip);
    return box;
}

// conv2d: "[3] × [16] □ same" (F, K, padding) in one editor.
QWidget* convEditor(QWidget* parent)
{
    auto* editor = new QWidget(parent);
    editor->setAutoFillBackground(true);
    auto* layout = new QHBoxLayout(editor);
    layout->setContentsMargins(0, 0, 2, 0);
    layout->setSpacing(2);
    auto* filters = countBox(editor, maxUnits, NetworkBuilderDelegate::tr("Number of filters K (feature maps out)"));
    filters->setObjectName("filters");
    auto* kernel = countBox(editor, maxWindow, NetworkBuilderDelegate::tr("Kernel size F (F×F)"));
    kernel->setObjectName("kernel");
    auto* same = new QCheckBox(NetworkBuilderDelegate::tr("same"), editor);
    same->setObjectName("same");
    same->setToolTip(NetworkBuilderDelegate::tr("Same padding: zeros around the image keep the output as large as the input"));
    layout->addWidget(kernel); // in the order of the text: F×F×K
    layout->addWidget(new QLabel(QStringLiteral("×"), editor));
    layout->addWidget(filters);
    layout->addWidget(same);
    layout->addStretch(1);
    editor->setFocusProxy(kernel);
    return editor;
}

} // namespace

QWidget* NetworkBuilderDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex& index) const
{
    QWidget* editor = index.column() == NetworkBuilderModel::KindColumn ? kindEditor(parent)
                                                                         : settingsEditor(parent, index);
    if (editor)
        commitAtOnce(editor);
    return editor;
}

QWidget* NetworkBuilderDelegate::kindEditor(QWidget* parent) const
{
    auto* combo = new QComboBox(parent);
    for (const LayerKind kind : allLayerKinds) {
        combo->addItem(layerKindTitle(kind), int(kind));
        combo->setItemData(combo->count() - 1, layerKindTip(kind), Qt::ToolTipRole);
    }
    return combo;
}

QWidget* NetworkBuilderDelegate::settingsEditor(QWidget* parent, const QModelIndex& index) const
{
    switch (layerAt(index).kind) {
    case LayerKind::Dense: return countBox(parent, maxUnits, NetworkBuilderDelegate::tr("Number of neurons N"));
    case LayerKind::Conv2D: return convEditor(parent);
    case LayerKind::MaxPool:
    case LayerKind::AvgPool: return countBox(parent, maxWindow, NetworkBuilderDelegate::tr("Window size S (S×S, stride S)"));
    case LayerKind::Flatten: return nullptr;
    case LayerKind::Dropout: {
        auto* rate = new QDoubleSpinBox(parent);
        rate->setRange(0, 0.95);
        rate->setSingleStep(0.05);
        rate->setDecimals(2);
        rate->setKeyboardTracking(false);
        rate->setToolTip(NetworkBuilderDelegate::tr("Dropout rate r: the fraction of inputs dropped while training"));
        return rate;
    }
    case LayerKind::Activation: {
        auto* combo = new QComboBox(parent);
        for (const neurone::ActivationKind kind : neurone::allActivationKinds)
            combo->addItem(activationFunctionTitle(kind), int(kind));
        return combo;
    }
    }
    return nullptr;
}

// Each value change commits (one undo step per cell edit: the builder merges them); a combo
// closes once a choice is made.
void NetworkBuilderDelegate::commitAtOnce(QWidget* editor) const
{
    auto* self = const_cast<NetworkBuilderDelegate*>(this);
    const auto commit = [self, editor] { emit self->commitData(editor); };
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        connect(combo, &QComboBox::activated, self, [self, combo] {
            emit self->commitData(combo);
            emit self->closeEditor(combo);
        });
        return;
    }
    for (auto* box : editor->findChildren<QSpinBox*>())
        connect(box, &QSpinBox::valueChanged, self, commit);
    if (auto* box = qobject_cast<QSpinBox*>(editor))
        connect(box, &QSpinBox::valueChanged, self, commit);
    if (auto* box = qobject_cast<QDoubleSpinBox*>(editor))
        connect(box, &QDoubleSpinBox::valueChanged, self, commit);
    for (auto* check : editor->findChildren<QCheckBox*>())
        connect(check, &QCheckBox::toggled, self, commit);
}

void NetworkBuilderDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    const LayerSpec layer = layerAt(index);
    // The model shows each committed change back: no second commit while it does.
    const QList<QWidget*> parts = editor->findChildren<QWidget*>(Qt::FindDirectChildrenOnly);
    std::vector<QSignalBlocker> blockers;
    blockers.reserve(std::size_t(parts.size()) + 1);
    blockers.emplace_back(editor);
    for (QWidget* part : parts)
        blockers.emplace_back(part);
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        const int value = index.column() == NetworkBuilderModel::KindColumn ? int(layer.kind) : int(layer.activation);
        combo->setCurrentIndex(combo->findData(value));
    } else if (auto* box = qobject_cast<QSpinBox*>(editor)) {
        box->setValue(layer.kind == LayerKind::Dense ? layer.units : layer.size);
    } else if (auto* rate = qobject_cast<QDoubleSpinBox*>(editor)) {
        rate->setValue(double(layer.rate));
    } else if (layer.kind == LayerKind::Conv2D) {
        editor->findChild<QSpinBox*>("filters")->setValue(layer.units);
        editor->findChild<QSpinBox*>("kernel")->setValue(layer.size);
        editor->findChild<QCheckBox*>("same")->setChecked(layer.samePadding);
    }
}

void NetworkBuilderDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (index.column() == NetworkBuilderModel::KindColumn) {
        if (auto* combo = qobject_cast<QComboBox*>(editor))
            model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    LayerSpec layer = layerAt(index);
    if (auto* combo = qobject_cast<QComboBox*>(editor))
        layer.activation = neurone::ActivationKind(combo->currentData().toInt());
    else if (auto* box = qobject_cast<QSpinBox*>(editor))
        (layer.kind == LayerKind::Dense ? layer.units : layer.size) = box->value();
    else if (auto* rate = qobject_cast<QDoubleSpinBox*>(editor))
        layer.rate = float(rate->value());
    else if (layer.kind == LayerKind::Conv2D) {
        layer.units = editor->findChild<QSpinBox*>("filters")->value();
        layer.size = editor->findChild<QSpinBox*>("kernel")->value();
        layer.samePadding = editor->findChild<QCheckBox*>("same")->isChecked();
    }
    model->setData(index, QString::fromStdString(neurone::layerText(layer)), Qt::EditRole);
}

void NetworkBuilderDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(NetworkBuilderModel::ProblemRole).toString().isEmpty())
        return;
    QColor warning = index.data(Qt::BackgroundRole).value<QBrush>().color();
    warning.setAlpha(255);
    option->palette.setColor(QPalette::Highlight, warning);
    option->palette.setColor(QPalette::HighlightedText, warning.lightness() > 140 ? Qt::black : Qt::white);
}

// An editor wider than its cell (conv2d's) grows to the right over the next cells, or to the
// left when the table ends first.
void NetworkBuilderDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                                  const QModelIndex&) const
{
    QRect rect = option.rect;
    rect.setWidth(std::max(rect.width(), editor->sizeHint().width()));
    const int right = editor->parentWidget() ? editor->parentWidget()->width() : rect.right();
    if (rect.right() > right)
        rect.moveRight(right);
    if (rect.left() < 0)
        rect.moveLeft(0);
    editor->setGeometry(rect);
}
