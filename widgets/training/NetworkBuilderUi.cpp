// The builder's widgets and their wiring: the tool row, the table, the messages and the text form.
#include "training/NetworkBuilder.h"

#include "training/NetworkBuilderDelegate.h"
#include "training/NetworkBuilderModel.h"
#include "training/NetworkBuilderText.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace {

constexpr int visibleRows = 6;

// An action of the builder (and of its children while they have the focus), shown by a tool
// button as its icon, or its text when the style has no such icon.
QAction* builderAction(QWidget* owner, const QString& text, QStyle::StandardPixmap icon, const QKeySequence& keys)
{
    auto* action = new QAction(owner->style()->standardIcon(icon), text, owner);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    owner->addAction(action);
    return action;
}

QToolButton* actionButton(QWidget* parent, QAction* action)
{
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(action->icon().isNull() ? Qt::ToolButtonTextOnly : Qt::ToolButtonIconOnly);
    return button;
}

// "Remove the selected layer (Del)": the tooltip names the shortcut.
void describe(QAction* action, const QString& what)
{
    const QString keys = action->shortcut().toString(QKeySequence::NativeText);
    action->setToolTip(keys.isEmpty() ? what : NetworkBuilder::tr("%1 (%2)").arg(what, keys));
}

} // namespace

void NetworkBuilder::buildUi()
{
    table_ = new QTableView(this);
    table_->setModel(model_);
    table_->setItemDelegate(new NetworkBuilderDelegate(table_));
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setWordWrap(false);
    table_->setTextElideMode(Qt::ElideRight);
    table_->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    QHeaderView* columns = table_->horizontalHeader();
    columns->setStretchLastSection(false);
    columns->setMinimumSectionSize(24);
    table_->viewport()->installEventFilter(this);
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table_->setToolTip(tr("The layers, from the input (top) to the output (bottom); double-click a cell to change it"));

    auto* addMenu = new QMenu(this);
    for (const neurone::LayerKind kind : allLayerKinds)
        addMenu->addAction(layerKindTitle(kind), this, [this, kind] { insertLayer(kind); })->setToolTip(layerKindTip(kind));
    addMenu->setToolTipsVisible(true);
    add_ = new QToolButton(this);
    add_->setText(tr("&Add layer"));
    add_->setMenu(addMenu);
    add_->setPopupMode(QToolButton::InstantPopup);
    add_->setToolButtonStyle(Qt::ToolButtonTextOnly);
    add_->setToolTip(tr("Add a layer below the selected one (Alt+A)"));

    // Delete removes a layer only from the table itself, never while a cell or the text is edited.
    removeAction_ = builderAction(table_, tr("Remove"), QStyle::SP_TrashIcon, QKeySequence::Delete);
    removeAction_->setShortcutContext(Qt::WidgetShortcut);
    upAction_ = builderAction(this, tr("Move up"), QStyle::SP_ArrowUp, QKeySequence(Qt::ALT | Qt::Key_Up));
    downAction_ = builderAction(this, tr("Move down"), QStyle::SP_ArrowDown, QKeySequence(Qt::ALT | Qt::Key_Down));
    undoAction_ = builderAction(this, tr("Undo"), QStyle::SP_ArrowBack, QKeySequence::Undo);
    redoAction_ = builderAction(this, tr("Redo"), QStyle::SP_ArrowForward, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    describe(removeAction_, tr("Remove the selected layer"));
    describe(upAction_, tr("Move the selected layer up, towards the input"));
    describe(downAction_, tr("Move the selected layer down, towards the output"));
    remove_ = actionButton(this, removeAction_);
    up_ = actionButton(this, upAction_);
    down_ = actionButton(this, downAction_);
    undoButton_ = actionButton(this, undoAction_);
    redoButton_ = actionButton(this, redoAction_);

    message_ = new QLabel(this);
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    total_ = new QLabel(this);
    total_->setWordWrap(true);
    text_ = new QLineEdit(this);
    text_->setPlaceholderText(tr("dense 8, tanh, dense 2, softmax"));
    text_->setToolTip(tr("The layers as text, one item per layer: dense N, conv2d FxFxK [same], maxpool S, avgpool S, "
                         "flatten, dropout r, or an activation (relu, softmax, …). Type or paste, then press Enter."));
    textError_ = new QLabel(this);
    textError_->setWordWrap(true);
    textError_->setVisible(false);

    auto* tools = new QHBoxLayout;
    tools->setSpacing(2);
    tools->addWidget(add_);
    for (QToolButton* button : {remove_, up_, down_})
        tools->addWidget(button);
    tools->addStretch(1);
    tools->addWidget(undoButton_);
    tools->addWidget(redoButton_);
    auto* textRow = new QHBoxLayout;
    auto* textLabel = new QLabel(tr("&Text"), this);
    textLabel->setBuddy(text_);
    textRow->addWidget(textLabel);
    textRow->addWidget(text_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tools);
    layout->addWidget(table_, 1);
    layout->addWidget(message_);
    layout->addWidget(total_);
    layout->addLayout(textRow);
    layout->addWidget(textError_);
    setViewStyle(style_);
}

void NetworkBuilder::connectUi()
{
    connect(model_, &NetworkBuilderModel::layerEdited, this, [this](int row, int column, const neurone::LayerSpec& layer) {
        std::vector<neurone::LayerSpec> after = model_->layers();
        after[std::size_t(row)] = layer;
        push(std::move(after), row, tr("Change layer %1").arg(row + 1), row * NetworkBuilderModel::ColumnCount + column);
    });
    connect(removeAction_, &QAction::triggered, this, &NetworkBuilder::removeSelectedLayer);
    connect(upAction_, &QAction::triggered, this, [this] { moveSelectedLayer(-1); });
    connect(downAction_, &QAction::triggered, this, [this] { moveSelectedLayer(+1); });
    connect(undoAction_, &QAction::triggered, this, [this] {
        if (!readOnly_)
            undo_->undo();
    });
    connect(redoAction_, &QAction::triggered, this, [this] {
        if (!readOnly_)
            undo_->redo();
    });
    connect(undo_, &QUndoStack::indexChanged, this, &NetworkBuilder::updateEnabled);
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &NetworkBuilder::updateEnabled);
    // The row numbers widen at 10 layers, narrowing the viewport after the table has laid out.
    connect(table_->verticalHeader(), &QHeaderView::geometriesChanged, this, &NetworkBuilder::fitColumns,
            Qt::QueuedConnection);
    connect(text_, &QLineEdit::editingFinished, this, [this] { applyLayerText(text_->text()); });
}

void NetworkBuilder::updateEnabled()
{
    const int row = selectedRow();
    const int rows = model_->rowCount();
    const bool editable = !readOnly_;
    add_->setEnabled(editable);
    removeAction_->setEnabled(editable && row >= 0);
    upAction_->setEnabled(editable && row > 0);
    downAction_->setEnabled(editable && row >= 0 && row + 1 < rows);
    undoAction_->setEnabled(editable && undo_->canUndo());
    redoAction_->setEnabled(editable && undo_->canRedo());
    describe(undoAction_, undo_->canUndo() ? tr("Undo: %1").arg(undo_->undoText()) : tr("Undo"));
    describe(redoAction_, undo_->canRedo() ? tr("Redo: %1").arg(undo_->redoText()) : tr("Redo"));
}

void NetworkBuilder::setViewStyle(const ViewStyle& style)
{
    style_ = style;
    model_->setWarningColour(style.warning());
    for (QLabel* label : {message_, textError_}) {
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, style.warning());
        label->setPalette(palette);
    }
    QFont tableFont = style.font();
    tableFont.setPointSize(std::min(style.fontPointSize(), 12));
    table_->setFont(tableFont);
    table_->verticalHeader()->setDefaultSectionSize(QFontMetrics(tableFont).height() + 8);
    fitTableHeight();
    fitColumns();
}

// The kind, shape and count columns as wide as their texts; the settings take the room left
// (eliding when short of it). A table too narrow even for that scrolls sideways rather than
// cut a shape or a count short.
void NetworkBuilder::fitColumns()
{
    QHeaderView* columns = table_->horizontalHeader();
    int used = 0;
    for (int column = 0; column < NetworkBuilderModel::ColumnCount; ++column) {
        table_->resizeColumnToContents(column);
        if (column != NetworkBuilderModel::SettingsColumn)
            used += columns->sectionSize(column);
    }
    const int room = table_->viewport()->width() - used;
    const int fewest = QFontMetrics(table_->font()).horizontalAdvance(QStringLiteral("3×3×16"));
    if (room >= fewest)
        columns->resizeSection(NetworkBuilderModel::SettingsColumn, room);
}

bool NetworkBuilder::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == table_->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

// At least `visibleRows` rows without scrolling, whatever the font.
void NetworkBuilder::fitTableHeight()
{
    const int header = table_->horizontalHeader()->sizeHint().height();
    const int rows = visibleRows * table_->verticalHeader()->defaultSectionSize();
    const int scrollBar = table_->horizontalScrollBar()->sizeHint().height();
    table_->setMinimumHeight(header + rows + scrollBar + 2 * table_->frameWidth());
}
