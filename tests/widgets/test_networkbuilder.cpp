// The training panel's network builder: the cnn preset's Keras summary on 28×28 digits, an
// edit re-checked at once, an impossible layer flagged with its reason, undo / redo of every
// edit, the text form, read-only while training, and the widths a side panel allows.
#include "training/NetworkBuilder.h"
#include "training/NetworkBuilderModel.h"

#include "common/SidePanel.h"

#include "model/ModelPresets.h"

#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using neurone::LayerKind;
using neurone::LayerSpec;

namespace {

QString cell(const NetworkBuilder& builder, int row, int column)
{
    const NetworkBuilderModel* model = builder.model();
    return model->data(model->index(row, column), Qt::DisplayRole).toString();
}

// "Conv2D | 3×3×16 | 16×26×26 | 160" for each row.
QStringList rows(const NetworkBuilder& builder)
{
    QStringList texts;
    for (int row = 0; row < builder.model()->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < NetworkBuilderModel::ColumnCount; ++column)
            cells << cell(builder, row, column);
        texts << cells.join(" | ");
    }
    return texts;
}

std::vector<LayerSpec> cnn() { return neurone::presetRecipe(neurone::ModelPreset::Cnn, 10).layers; }

QString listText(const std::vector<LayerSpec>& layers) { return QString::fromStdString(neurone::layerListText(layers)); }

} // namespace

class TestNetworkBuilder : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void showsTheKerasSummaryOfThePreset()
    {
        NetworkBuilder builder;
        builder.setInput({1, 28, 28});
        builder.setLayers(cnn());
        QCOMPARE(rows(builder), (QStringList{"Conv2D | 3×3×16 | 16×26×26 | 160", "Activation | ReLU | 16×26×26 | 0",
                                             "Max pool | 2×2 | 16×13×13 | 0", "Flatten |  | 2704 | 0",
                                             "Dense | 10 | 10 | 27,050", "Activation | softmax | 10 | 0"}));
        QCOMPARE(builder.totalLabel()->text(), QString("Total: 27,210 parameters"));
        QCOMPARE(builder.totalParameters(), std::size_t(27210));
        QVERIFY(builder.isValid());
        QCOMPARE(builder.problem(), QString());
        QVERIFY(!builder.messageLabel()->isVisibleTo(&builder));
        QCOMPARE(builder.textForm()->text(), QString("conv2d 3x3x16, relu, maxpool 2, flatten, dense 10, softmax"));
    }

    void anEditIsCheckedAtOnce()
    {
        NetworkBuilder builder;
        builder.setInput({1, 28, 28});
        builder.setLayers(cnn());
        QSignalSpy changed(&builder, &NetworkBuilder::layersChanged);
        // Through the cell editor, as a user turns the filters spin box.
        QTableView* table = builder.table();
        const QModelIndex settings = builder.model()->index(0, NetworkBuilderModel::SettingsColumn);
        table->setCurrentIndex(settings);
        table->edit(settings);
        auto* filters = table->viewport()->findChild<QSpinBox*>("filters");
        QVERIFY(filters);
        QCOMPARE(filters->value(), 16);
        filters->setValue(8);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(cell(builder, 0, NetworkBuilderModel::SettingsColumn), QString("3×3×8"));
        QCOMPARE(cell(builder, 0, NetworkBuilderModel::OutputColumn), QString("8×26×26"));
        QCOMPARE(cell(builder, 0, NetworkBuilderModel::ParametersColumn), QString("80")); // 3·3·1·8 + 8
        QCOMPARE(cell(builder, 3, NetworkBuilderModel::OutputColumn), QString("1352"));
        QCOMPARE(cell(builder, 4, NetworkBuilderModel::ParametersColumn), QString("13,530")); // 8·13·13·10 + 10
        QCOMPARE(builder.totalLabel()->text(), QString("Total: 13,610 parameters"));
        // Turning on: one undo step for the whole cell edit.
        filters->setValue(12);
        QCOMPARE(cell(builder, 0, NetworkBuilderModel::ParametersColumn), QString("120"));
        QCOMPARE(builder.undoStack()->count(), 2); // the preset, then the cell
        builder.undoStack()->undo();
        QCOMPARE(builder.totalParameters(), std::size_t(27210));
        QCOMPARE(listText(builder.layers()), listText(cnn()));
    }

    void flagsAnImpossibleLayerUntilUndone()
    {
        NetworkBuilder builder;
        builder.setInput({1, 28, 28});
        builder.setLayers(cnn());
        builder.table()->selectRow(2); // maxpool: the dense goes below it, before flatten
        builder.insertLayer(LayerKind::Dense);
        QCOMPARE(builder.layers().size(), std::size_t(7));
        QCOMPARE(builder.layers()[3].kind, LayerKind::Dense);
        QVERIFY(!builder.isValid());
        const QString reason = "layer 4 (dense 10): its input is 16×13×13 feature maps, not plain features: put flatten before it";
        QCOMPARE(builder.problem(), reason);
        QCOMPARE(builder.messageLabel()->text(), reason);
        QVERIFY(builder.messageLabel()->isVisibleTo(&builder));
        const NetworkBuilderModel* model = builder.model();
        QCOMPARE(model->data(model->index(3, 0), NetworkBuilderModel::ProblemRole).toString(),
                 QString("its input is 16×13×13 feature maps, not plain features: put flatten before it"));
        QVERIFY(model->data(model->index(3, 2), Qt::BackgroundRole).value<QBrush>().color().isValid());
        QVERIFY(model->data(model->index(3, 0), Qt::ToolTipRole).toString().contains("put flatten before it"));
        QVERIFY(!model->data(model->index(2, 0), Qt::BackgroundRole).isValid());
        QCOMPARE(rows(builder).mid(2), (QStringList{"Max pool | 2×2 | 16×13×13 | 0", "Dense | 10 | ? | ?",
                                                    "Flatten |  | ? | ?", "Dense | 10 | ? | ?",
                                                    "Activation | softmax | ? | ?"}));
        QCOMPARE(builder.totalLabel()->text(), QString("Total: ? (the network cannot be built)"));

        builder.undoStack()->undo();
        QVERIFY(builder.isValid());
        QCOMPARE(builder.problem(), QString());
        QCOMPARE(listText(builder.layers()), listText(cnn()));
        QCOMPARE(builder.totalLabel()->text(), QString("Total: 27,210 parameters"));
        builder.undoStack()->redo();
        QCOMPARE(builder.layers().size(), std::size_t(7));
        QVERIFY(!builder.isValid());
    }

    void editsRemoveMoveAndChangeKind()
    {
        NetworkBuilder builder;
        builder.setInput(neurone::Shape::flat(2));
        builder.setLayers(neurone::presetRecipe(neurone::ModelPreset::Xor, 2).layers);
        QCOMPARE(listText(builder.layers()), QString("dense 2, sigmoid, dense 1, sigmoid"));
        QCOMPARE(builder.totalLabel()->text(), QString("Total: 9 parameters"));
        builder.table()->selectRow(1);
        builder.moveSelectedLayer(+1);
        QCOMPARE(listText(builder.layers()), QString("dense 2, dense 1, sigmoid, sigmoid"));
        QCOMPARE(builder.table()->currentIndex().row(), 2);
        builder.removeSelectedLayer();
        QCOMPARE(listText(builder.layers()), QString("dense 2, dense 1, sigmoid"));
        // A new kind starts from its default settings.
        NetworkBuilderModel* model = builder.model();
        QVERIFY(model->setData(model->index(1, NetworkBuilderModel::KindColumn), int(LayerKind::Dropout), Qt::EditRole));
        QCOMPARE(listText(builder.layers()), QString("dense 2, dropout 0.25, sigmoid"));
        QVERIFY(model->setData(model->index(1, NetworkBuilderModel::SettingsColumn), "dropout 0.5", Qt::EditRole));
        QCOMPARE(listText(builder.layers()), QString("dense 2, dropout 0.5, sigmoid"));
        QVERIFY(!model->setData(model->index(1, NetworkBuilderModel::SettingsColumn), "dense 3", Qt::EditRole));
        QCOMPARE(builder.totalLabel()->text(), QString("Total: 6 parameters")); // 2·2 + 2
        const int steps = builder.undoStack()->count();
        QCOMPARE(steps, 5); // preset, move, remove, kind, rate
        for (int k = 0; k < steps - 1; ++k)
            builder.undoStack()->undo();
        QCOMPARE(listText(builder.layers()), QString("dense 2, sigmoid, dense 1, sigmoid"));
        // Ctrl+Z while the builder has the focus.
        builder.show();
        QVERIFY(QTest::qWaitForWindowExposed(&builder));
        builder.table()->setFocus();
        for (int k = 0; k < steps - 1; ++k)
            QTest::keyClick(builder.table(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(listText(builder.layers()), QString("dense 2, dropout 0.5, sigmoid"));
        QTest::keyClick(builder.table(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(listText(builder.layers()), QString("dense 2, dropout 0.25, sigmoid"));
        builder.table()->selectRow(1);
        QTest::keyClick(builder.table(), Qt::Key_Delete);
        QCOMPARE(listText(builder.layers()), QString("dense 2, sigmoid"));
        // Delete in a cell editor edits the cell; the layer stays.
        const QModelIndex units = model->index(0, NetworkBuilderModel::SettingsColumn);
        builder.table()->setCurrentIndex(units);
        builder.table()->edit(units);
        auto* spin = qobject_cast<QSpinBox*>(builder.table()->indexWidget(units));
        QVERIFY(spin);
        spin->setFocus();
        QTest::keyClick(spin, Qt::Key_End);
        QTest::keyClick(spin, Qt::Key_Backspace);
        QTest::keyClick(spin, Qt::Key_Delete);
        QTest::keyClicks(spin, "5");
        QTest::keyClick(spin, Qt::Key_Return);
        QCOMPARE(listText(builder.layers()), QString("dense 5, sigmoid"));
        QCOMPARE(builder.totalParameters(), std::size_t(15)); // 2·5 + 5
    }

    void theTextFormParsesOrKeepsEverything()
    {
        NetworkBuilder builder;
        builder.setInput(neurone::Shape::flat(2));
        QCOMPARE(builder.problem(), QString("a network needs at least one layer"));
        QCOMPARE(builder.applyLayerText("dense 8, tanh, dense 2, softmax"), QString());
        QCOMPARE(builder.totalParameters(), std::size_t(42)); // 2·8 + 8, 8·2 + 2
        QCOMPARE(builder.totalLabel()->text(), QString("Total: 42 parameters"));
        const QString error = builder.applyLayerText("dense 8, tahn");
        QCOMPARE(error.left(40), QString("layer 2 ('tahn'): unknown layer 'tahn' ("));
        QCOMPARE(listText(builder.layers()), QString("dense 8, tanh, dense 2, softmax"));
        QCOMPARE(builder.undoStack()->count(), 1);
        builder.setLayers({neurone::LayerSpec{LayerKind::Dense, 1}});
        QCOMPARE(builder.totalLabel()->text(), QString("Total: 3 parameters"));
        builder.setLayers({neurone::LayerSpec{LayerKind::Dense, 1}}); // unchanged: no step
        QCOMPARE(builder.undoStack()->count(), 2);
        builder.setLayers({neurone::LayerSpec{LayerKind::Flatten}});
        QCOMPARE(builder.totalLabel()->text(), QString("Total: 0 parameters"));
    }

    void readOnlyWhileTraining()
    {
        NetworkBuilder builder;
        builder.setInput({1, 28, 28});
        builder.setLayers(cnn());
        builder.table()->selectRow(4);
        builder.setReadOnly(true);
        const NetworkBuilderModel* model = builder.model();
        for (int column : {0, 1})
            QVERIFY(!(model->flags(model->index(4, column)) & Qt::ItemIsEditable));
        QCOMPARE(builder.table()->editTriggers(), QAbstractItemView::NoEditTriggers);
        QVERIFY(builder.textForm()->isReadOnly());
        builder.insertLayer(LayerKind::Dense);
        builder.removeSelectedLayer();
        builder.moveSelectedLayer(-1);
        QCOMPARE(builder.applyLayerText("dense 3"), QString());
        QCOMPARE(listText(builder.layers()), listText(cnn()));
        for (QToolButton* button : builder.findChildren<QToolButton*>())
            QVERIFY2(!button->isEnabled(), qPrintable(button->toolTip()));
        builder.setReadOnly(false);
        QVERIFY(model->flags(model->index(4, 1)) & Qt::ItemIsEditable);
        builder.removeSelectedLayer();
        QCOMPARE(builder.layers().size(), std::size_t(5));
    }

    void fitsASidePanel_data()
    {
        QTest::addColumn<bool>("projector");
        QTest::newRow("desk") << false;
        QTest::newRow("projector") << true;
    }
    void fitsASidePanel()
    {
        QFETCH(bool, projector);
        QWidget host;
        auto* builder = new NetworkBuilder;
        ViewStyle style;
        style.projector = projector;
        builder->setViewStyle(style);
        builder->setFont(style.font());
        builder->setInput({1, 28, 28});
        builder->setLayers(cnn());
        QScrollArea* side = makeSidePanel(&host, {builder});
        QVERIFY2(side->minimumSizeHint().width() <= 330, qPrintable(QString::number(side->minimumSizeHint().width())));
        QVERIFY2(builder->minimumSizeHint().width() <= 300, qPrintable(QString::number(builder->minimumSizeHint().width())));
        const int rowHeight = builder->table()->verticalHeader()->defaultSectionSize();
        QVERIFY(builder->table()->minimumHeight() >= 6 * rowHeight + builder->table()->horizontalHeader()->sizeHint().height());
        // Pictures to look at: NEURONE_BUILDER_PNG=dir writes them there.
        const QString directory = qEnvironmentVariable("NEURONE_BUILDER_PNG");
        builder->table()->selectRow(2);
        builder->insertLayer(LayerKind::Dense); // flagged: before flatten
        for (const QSize size : {QSize(320, 420), QSize(600, 420)}) {
            builder->setParent(nullptr);
            builder->resize(size);
            builder->show();
            QVERIFY(QTest::qWaitForWindowExposed(builder));
            const QTableView* table = builder->table();
            QCoreApplication::processEvents();
            if (!projector) // every column readable without scrolling sideways
                QVERIFY(table->horizontalHeader()->length() <= table->viewport()->width());
            for (int column : {NetworkBuilderModel::KindColumn, NetworkBuilderModel::OutputColumn,
                               NetworkBuilderModel::ParametersColumn}) // never cut short
                QVERIFY(table->horizontalHeader()->sectionSize(column) >= static_cast<const QAbstractItemView*>(table)->sizeHintForColumn(column));
            const QImage picture = builder->grab().toImage();
            QCOMPARE(picture.size(), size * picture.devicePixelRatio());
            if (!directory.isEmpty())
                QVERIFY(picture.save(QString("%1/networkbuilder-%2%3.png").arg(directory).arg(size.width()).arg(projector ? "-projector" : "")));
        }
        const QModelIndex settings = builder->model()->index(0, NetworkBuilderModel::SettingsColumn);
        builder->table()->setCurrentIndex(settings);
        builder->table()->edit(settings);
        QCoreApplication::processEvents();
        if (!directory.isEmpty())
            QVERIFY(builder->grab().save(QString("%1/networkbuilder-editing%2.png").arg(directory).arg(projector ? "-projector" : "")));
        delete builder;
    }
};

QTEST_MAIN(TestNetworkBuilder)
#include "test_networkbuilder.moc"
