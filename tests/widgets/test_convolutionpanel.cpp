// The convolution panel driven offscreen: output sizes and formulas, pixel explanations equal to
// the output, correlation vs convolution, refused kernels, sizes and files keeping the previous
// state, the worker for large images, export, the volume page and the seed 003 exercise.
// Set NEURONE_SCREENSHOT_DIR to also write the pages as PNGs there.
#include "common/PlaybackControls.h"
#include "convolution/ConvExercisePage.h"
#include "convolution/ConvFilterPage.h"
#include "convolution/ConvVolumePage.h"
#include "convolution/ConvolutionPanel.h"
#include "convolution/ImageView.h"
#include "convolution/KernelGridEditor.h"
#include "convolution/SampleImages.h"
#include "convolution/ValueGrid.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QMimeData>
#include <QProcess>
#include <QResource>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

// A 50000×50000 RGB PNG header with a tiny IDAT: a decoder that trusts it would allocate 7.5 GB.
const char hugeHeaderPng[] = "89504e470d0a1a0a0000000d494844520000c3500000c3500802000000c4cdaa9d0000000b4944415478"
                             "9c6360800100000a00017f80745e0000000049454e44ae426082";

// NaN (which compares unequal to everything) outside the image, so a missing stage fails.
float pixel(const neurone::Image& image, int row, int col, int channel = 0)
{
    if (channel >= image.channelCount() || row < 0 || col < 0 || row >= image.height() || col >= image.width())
        return std::numeric_limits<float>::quiet_NaN();
    return image.channels[std::size_t(channel)](row, col);
}

bool near(float a, float b) { return std::abs(a - b) <= 1e-3f * std::max(1.0f, std::abs(b)); }

} // namespace

class TestConvolutionPanel : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    QString images_; // resources/images in the source tree

    QString imagePath(const QString& file) const { return images_ + "/" + file; }

    QString write(const QString& name, const QByteArray& bytes) const
    {
        const QString path = dir_.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

    QString writeImage(const QString& name, const QImage& image) const
    {
        const QString path = dir_.filePath(name);
        return image.save(path, "PNG") ? path : QString();
    }

    // 4×4 grayscale, values 10·(4r + c): a known input for hand-computed results.
    QString smallImage() const
    {
        QImage image(4, 4, QImage::Format_Grayscale8);
        for (int r = 0; r < 4; ++r)
            for (int c = 0; c < 4; ++c)
                image.setPixel(c, r, qRgb(10 * (4 * r + c), 10 * (4 * r + c), 10 * (4 * r + c)));
        return writeImage("small.png", image);
    }

    // Writes `widget` as a PNG when NEURONE_SCREENSHOT_DIR is set, in the current style.
    void screenshot(QWidget& widget, const QString& name)
    {
        const QString directory = qEnvironmentVariable("NEURONE_SCREENSHOT_DIR");
        if (directory.isEmpty())
            return;
        widget.resize(1400, 860);
        widget.show();
        QTest::qWait(200); // nested scroll areas and word-wrapped labels take a few layout passes
        QVERIFY(widget.grab().save(QDir(directory).filePath(name + ".png")));
    }

    // As `neurone --screenshot` does: the style first, then the panel at its size, then the states.
    void screenshotWithStates(const QString& name, const ViewStyle& style,
                              std::initializer_list<std::pair<const char*, const char*>> states)
    {
        QApplication::setPalette(style.palette());
        QApplication::setFont(style.font());
        {
            ConvolutionPanel panel;
            panel.setViewStyle(style);
            panel.resize(1400, 860);
            panel.show();
            QVERIFY(QTest::qWaitForWindowExposed(&panel));
            for (const auto& [key, value] : states)
                QCOMPARE(panel.applyState(key, value), QString());
            screenshot(panel, name);
        }
        QApplication::setPalette(ViewStyle{}.palette());
        QApplication::setFont(ViewStyle{}.font());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        images_ = QFileInfo(QFINDTESTDATA("../../resources/images/images.qrc")).absolutePath();
        QVERIFY2(QFile::exists(imagePath("images.qrc")), qPrintable(images_));
        // Until images.qrc is part of the build, register it from an rcc-compiled copy.
        if (!QFile::exists(":/images/house.png")) {
            const QString rcc = dir_.filePath("images.rcc");
            QProcess process;
            process.start("rcc", {"--binary", imagePath("images.qrc"), "-o", rcc});
            QVERIFY(process.waitForFinished(60000));
            QCOMPARE(process.exitCode(), 0);
            QVERIFY(QResource::registerResource(rcc));
        }
        QVERIFY(QFile::exists(":/images/house.png"));
    }

    void shippedQrcListsEveryFile()
    {
        QFile qrc(imagePath("images.qrc"));
        QVERIFY(qrc.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&qrc);
        QSet<QString> listed;
        QString prefix;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("qresource"))
                prefix = xml.attributes().value("prefix").toString();
            else if (xml.name() == QLatin1String("file"))
                listed.insert(xml.readElementText());
        }
        QVERIFY(!xml.hasError());
        QCOMPARE(prefix, QString("/images"));
        QSet<QString> onDisk;
        qint64 total = 0;
        for (const QFileInfo& file : QDir(images_).entryInfoList(QDir::Files)) {
            total += file.size();
            if (file.fileName() != "images.qrc")
                onDisk.insert(file.fileName());
        }
        QCOMPARE(listed, onDisk);
        QVERIFY2(total < 1'500'000, qPrintable(QString::number(total)));
        // Every sample the panel offers is shipped, and each image has its licence entry.
        QFile licences(imagePath("LICENSES.md"));
        QVERIFY(licences.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(licences.readAll());
        for (const SampleImage& sample : sampleImages()) {
            const QString file = sample.resource.mid(QString(":/images/").size());
            QVERIFY2(listed.contains(file), qPrintable(file));
            const QString family = file.startsWith("fashion-") ? "fashion-0.png"
                                   : file.startsWith("mnist-") ? "mnist-0.png"
                                                               : file;
            QVERIFY2(text.contains(family), qPrintable(file));
        }
        QCOMPARE(sampleImages().size(), 25);
    }

    void emptyPanelSaysWhatToDo()
    {
        ConvolutionPanel panel;
        QCOMPARE(panel.panelId(), QString("convolution"));
        QCOMPARE(panel.title(), QString("Convolution and pooling"));
        QVERIFY(panel.currentPlot() == nullptr);
        ConvFilterPage* page = panel.filterPage();
        QCOMPARE(page->inputView()->emptyText(), QString("Open an image or pick a sample"));
        QVERIFY(!page->stages());
        QVERIFY(page->chainText().startsWith("input W×H×D → conv 3×3"));
        QVERIFY(!panel.exportOutput(dir_.filePath("none.png")).isEmpty());
        QVERIFY(!QFile::exists(dir_.filePath("none.png")));
        screenshot(panel, "convolution-empty");
    }

    void outputSizeAndFormula()
    {
        ConvolutionPanel panel;
        ConvFilterPage* page = panel.filterPage();
        QVERIFY(panel.openImage(imagePath("mnist-7.png")));
        QCOMPARE(page->stages()->output().width(), 26);
        QVERIFY2(page->formulaText().contains("(28 − 3 + 0)/1 + 1 = 26"), qPrintable(page->formulaText()));
        QCOMPARE(page->chainText(), QString("input 28×28×1 → conv 3×3, S=1, P=0 → 26×26×1"));
        // S = 2 with valid padding: 13.5 is refused, the previous result and controls kept.
        const neurone::FilterStages* before = page->stages();
        QCOMPARE(page->applyState("stride", "2"), QString());
        QVERIFY2(page->errorText().contains("(28 − 3 + 0)/2 + 1 = 13.5 is not a whole number"),
                 qPrintable(page->errorText()));
        QVERIFY(page->errorText().contains("Change the kernel size, the stride or the padding; the previous result is kept."));
        QCOMPARE(page->stages(), before);
        QCOMPARE(page->stages()->output().width(), 26);
        QVERIFY(page->formulaText().contains("= 26"));
        // Same padding: ⌈28/2⌉ = 14.
        QCOMPARE(page->applyState("padding", "same"), QString());
        QCOMPARE(page->applyState("stride", "2"), QString());
        QVERIFY(page->errorText().isEmpty());
        QCOMPARE(page->stages()->output().width(), 14);
        QCOMPARE(page->stages()->output().height(), 14);
        QVERIFY2(page->formulaText().contains("⌈28/2⌉ = 14 (P = 0 before, 1 after)"), qPrintable(page->formulaText()));
        // Custom P = 1, S = 1: (28 − 3 + 2)/1 + 1 = 28; then the course's pooling: (28 − 2)/2 + 1 = 14.
        QCOMPARE(page->applyState("stride", "1"), QString());
        QCOMPARE(page->applyState("padding", "1"), QString());
        QCOMPARE(page->applyState("relu", "on"), QString());
        QCOMPARE(page->applyState("pool", "max"), QString());
        QVERIFY(page->formulaText().contains("(28 − 3 + 2)/1 + 1 = 28"));
        QVERIFY2(page->formulaText().contains("(28 − 2)/2 + 1 = 14"), qPrintable(page->formulaText()));
        QCOMPARE(
            page->chainText(),
            QString("input 28×28×1 → conv 3×3, S=1, P=1 → 28×28×1 → ReLU → 28×28×1 → max pool 2×2, S=2 → 14×14×1"));
        // A pooling window that does not fit whole is refused too.
        QCOMPARE(page->applyState("pool", "max:3:2"), QString());
        QVERIFY(page->errorText().contains("pooling"));
        QVERIFY2(page->errorText().contains("Change the pooling size or stride; the previous result is kept."),
                 qPrintable(page->errorText()));
        QCOMPARE(page->stages()->output().width(), 14);
    }

    void explanationEqualsTheOutputPixel()
    {
        ConvolutionPanel panel;
        ConvFilterPage* page = panel.filterPage();
        QVERIFY(panel.openImage(imagePath("house.png")));
        for (const char* kernel : {"edge", "sobel", "blur", "corner", "1 2;3 -4"}) {
            QCOMPARE(page->applyState("kernel", kernel), QString());
            QCOMPARE(page->applyState("pixel", "100,120"), QString());
            QVERIFY(page->explainedValue().has_value());
            QVERIFY2(near(*page->explainedValue(), pixel(page->stages()->output(), 100, 120)), qPrintable(kernel));
        }
        // The receptive field of (100, 120) for a 2×2 kernel, stride 1, no padding.
        QCOMPARE(page->inputView()->marks().size(), 1);
        QCOMPARE(page->inputView()->marks().first().area, QRect(120, 100, 2, 2));
        // Same padding at the corner reaches into the zeros; bias and ReLU are in the sum.
        QCOMPARE(page->applyState("kernel", "edge"), QString());
        QCOMPARE(page->applyState("padding", "same"), QString());
        QCOMPARE(page->applyState("bias", "-20"), QString());
        QCOMPARE(page->applyState("relu", "on"), QString());
        QCOMPARE(page->applyState("pixel", "0,0"), QString());
        QCOMPARE(page->inputView()->marks().first().area, QRect(-1, -1, 3, 3));
        QVERIFY(near(*page->explainedValue(), pixel(page->stages()->output(), 0, 0)));
        QVERIFY(page->explanationText().contains("ReLU: max(0, "));
        // A pooled pixel: its window on the feature map, the max of its values.
        QCOMPARE(page->applyState("pool", "max"), QString());
        QCOMPARE(page->applyState("pixel", "60,33"), QString());
        QVERIFY(near(*page->explainedValue(), pixel(page->stages()->pooled, 60, 33)));
        QCOMPARE(page->featureView()->marks().first().area, QRect(66, 120, 2, 2));
        QCOMPARE(page->pooledView()->marks().first().area, QRect(33, 60, 1, 1));
        QVERIFY(page->explanationText().contains("max("));
        QCOMPARE(page->applyState("pool", "avg"), QString());
        QCOMPARE(page->applyState("pixel", "60,33"), QString());
        QVERIFY(near(*page->explainedValue(), pixel(page->stages()->pooled, 60, 33)));
        QVERIFY(page->explanationText().contains(")/4 = "));
        // RGB: every channel filtered with the same kernel, each explained.
        QVERIFY(panel.openImage(imagePath("coffee.jpg")));
        QCOMPARE(page->applyState("colour", "rgb"), QString());
        QCOMPARE(page->applyState("pool", "none"), QString());
        QCOMPARE(page->applyState("pixel", "150,200"), QString());
        QCOMPARE(page->stages()->output().channelCount(), 3);
        QVERIFY(near(*page->explainedValue(), pixel(page->stages()->output(), 150, 200, 0)));
        QVERIFY(page->explanationText().contains("R: input under the kernel"));
        QVERIFY(page->explanationText().contains("B: input under the kernel"));
        QVERIFY(page->applyState("pixel", "999,0").contains("outside"));
    }

    void correlationOrTrueConvolution()
    {
        ConvolutionPanel panel;
        ConvFilterPage* page = panel.filterPage();
        QVERIFY(panel.openImage(smallImage()));
        QCOMPARE(page->applyState("kernel", "1 2;3 4"), QString());
        // Correlation: O(0,0) = 0·1 + 10·2 + 40·3 + 50·4 = 340.
        QVERIFY(page->explainText().contains("In use: correlation"));
        QCOMPARE(pixel(page->stages()->output(), 0, 0), 340.0f);
        QCOMPARE(page->applyState("flip", "on"), QString());
        // True convolution, the kernel rotated 180°: 0·4 + 10·3 + 40·2 + 50·1 = 160.
        QVERIFY(page->explainText().contains("In use: true convolution"));
        QCOMPARE(pixel(page->stages()->output(), 0, 0), 160.0f);
        QVERIFY(page->chainText().contains("rotated 180°"));
        QCOMPARE(page->applyState("pixel", "0,0"), QString());
        QVERIFY2(page->explanationText().contains("0·4 + 10·3 + 40·2 + 50·1 = 160"),
                 qPrintable(page->explanationText()));
        QCOMPARE(page->applyState("flip", "off"), QString());
        QCOMPARE(pixel(page->stages()->output(), 0, 0), 340.0f);
        QVERIFY2(page->explanationText().contains("0·1 + 10·2 + 40·3 + 50·4 = 340"),
                 qPrintable(page->explanationText()));
    }

    void badKernelsAreRefused()
    {
        ConvolutionPanel panel;
        ConvFilterPage* page = panel.filterPage();
        QVERIFY(panel.openImage(smallImage()));
        const neurone::FilterStages* before = page->stages();
        const float value = pixel(before->output(), 1, 1);
        // A cell that is not a number: message, the cell and the result unchanged.
        ValueGrid* grid = page->kernelEditor()->grid();
        grid->typeInto(0, 0, "x");
        QVERIFY2(page->errorText().contains("“x”") && page->errorText().contains("not a number"),
                 qPrintable(page->errorText()));
        QVERIFY(page->errorText().contains("Type a number such as 0.5 or -1."));
        QCOMPARE(grid->values()(0, 0), -1.0f);
        QCOMPARE(grid->item(0, 0)->text(), QString("−1"));
        QCOMPARE(page->kernelEditor()->choice().preset, QString("edge"));
        QCOMPARE(page->stages(), before);
        QCOMPARE(pixel(page->stages()->output(), 1, 1), value);
        // A number (even typed with a comma or as a fraction) is taken.
        grid->typeInto(1, 1, "7,5");
        QVERIFY(page->errorText().isEmpty());
        QCOMPARE(page->kernelEditor()->choice().preset, QString("custom"));
        QCOMPARE(grid->values()(1, 1), 7.5f);
        grid->typeInto(1, 1, "1/4");
        QCOMPARE(grid->values()(1, 1), 0.25f);
        // A 5×5 kernel on a 4×4 image is larger than the padded input, until P = 1.
        const neurone::FilterStages* kept = page->stages();
        QCOMPARE(page->applyState("kernel", "corner"), QString());
        QVERIFY2(page->errorText().contains("larger than the padded input"), qPrintable(page->errorText()));
        QCOMPARE(page->stages(), kept);
        QCOMPARE(page->kernelEditor()->choice().kernel.rows(), 3);
        QCOMPARE(page->applyState("padding", "1"), QString());
        QCOMPARE(page->applyState("kernel", "corner"), QString());
        QVERIFY(page->errorText().isEmpty());
        QCOMPARE(page->stages()->output().width(), 2);           // (4 − 5 + 2)/1 + 1
        QVERIFY(!page->applyState("kernel", "1 2;3").isEmpty()); // not a matrix: bad usage
    }

    void wheelNudgesAKernelCell()
    {
        KernelGridEditor editor;
        editor.show();
        ValueGrid* grid = editor.grid();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        const QPoint at = grid->visualItemRect(grid->item(1, 1)).center();
        const auto wheel = [&](int delta, Qt::KeyboardModifiers modifiers) {
            QWheelEvent event(at, grid->viewport()->mapToGlobal(at), {}, {0, delta}, Qt::NoButton, modifiers,
                              Qt::NoScrollPhase, false);
            QApplication::sendEvent(grid->viewport(), &event);
        };
        QSignalSpy changed(&editor, &KernelGridEditor::kernelChanged);
        wheel(120, Qt::NoModifier);
        QCOMPARE(grid->values()(1, 1), 9.0f);
        wheel(-240, Qt::ControlModifier);
        QCOMPARE(grid->values()(1, 1), 8.8f);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(editor.choice().preset, QString("custom"));
        // Any size from 1×1 to 7×7, even ones included.
        editor.setCustomKernel(neurone::Plane::Ones(2, 4));
        QCOMPARE(grid->rowCount(), 2);
        QCOMPARE(grid->columnCount(), 4);
    }

    void badFilesAreRefusedKeepingTheImage()
    {
        ConvolutionPanel panel;
        ConvFilterPage* page = panel.filterPage();
        QVERIFY(panel.openImage(imagePath("house.png")));
        const neurone::Image* image = panel.sourceImage();
        const neurone::FilterStages* stages = page->stages();
        QFile good(imagePath("house.png"));
        QVERIFY(good.open(QIODevice::ReadOnly));
        const QByteArray bytes = good.readAll();
        const QStringList bad = {
            write("truncated.png", bytes.left(bytes.size() / 2)),
            write("empty.png", {}),
            write("huge.png", QByteArray::fromHex(hugeHeaderPng)),
            write("text.png", "this is not an image\n"),
            dir_.filePath("missing.png"),
        };
        for (const QString& path : bad) {
            QVERIFY2(!panel.openImage(path), qPrintable(path));
            QVERIFY2(panel.errorText().contains(QFileInfo(path).fileName()), qPrintable(panel.errorText()));
            QVERIFY(panel.errorText().contains("previous image is kept: choose another image (PNG, JPEG, BMP, GIF or WebP)."));
            QCOMPARE(panel.sourceImage(), image);
            QCOMPARE(page->stages(), stages);
        }
        QVERIFY(panel.errorText().contains("does not exist"));
        QVERIFY(!panel.openImage(write("huge.png", QByteArray::fromHex(hugeHeaderPng))));
        QVERIFY2(panel.errorText().contains("50000×50000"), qPrintable(panel.errorText()));
        // A good file afterwards clears the message.
        QVERIFY(panel.openImage(imagePath("shapes.png")));
        QVERIFY(panel.errorText().isEmpty());
        QCOMPARE(panel.sourceImage()->width(), 320);
    }

    void unusualImagesAreAccepted()
    {
        ConvolutionPanel panel;
        QImage indexed(6, 4, QImage::Format_Indexed8);
        indexed.setColorTable({qRgb(0, 0, 0), qRgb(255, 0, 0), qRgb(0, 0, 255)});
        indexed.fill(1);
        QImage alpha(6, 4, QImage::Format_ARGB32);
        alpha.fill(qRgba(0, 255, 0, 10));
        QImage deep(6, 4, QImage::Format_Grayscale16);
        deep.fill(QColor::fromRgba64(qRgba64(65535, 65535, 65535, 65535)));
        QVERIFY(panel.openImage(writeImage("indexed.png", indexed)));
        QCOMPARE(pixel(*panel.sourceImage(), 0, 0, 0), 255.0f);
        QVERIFY(panel.openImage(writeImage("alpha.png", alpha)));
        QCOMPARE(pixel(*panel.sourceImage(), 0, 0, 1), 255.0f); // colour kept, alpha dropped
        QVERIFY(panel.openImage(writeImage("deep.png", deep)));
        QCOMPARE(pixel(*panel.sourceImage(), 3, 5, 2), 255.0f);
        QVERIFY(panel.openImage(imagePath("astronaut.jpg")));
        // A picture wider than 2048 pixels is scaled down for the lesson, and says so.
        QImage wide(3000, 100, QImage::Format_RGB888);
        wide.fill(Qt::gray);
        QVERIFY(panel.openImage(writeImage("wide.png", wide)));
        QCOMPARE(panel.sourceImage()->width(), 2048);
        QCOMPARE(panel.sourceImage()->height(), 68);
        // A new image too small for the kernel: no output, and the view says why.
        QCOMPARE(panel.filterPage()->applyState("kernel", "corner"), QString());
        QVERIFY(panel.openImage(writeImage("tiny.png", QImage(3, 3, QImage::Format_RGB888))));
        QVERIFY(!panel.filterPage()->stages());
        QVERIFY(panel.filterPage()->featureView()->emptyText().contains("larger than the padded input"));
    }

    void droppedFileIsOpened()
    {
        ConvolutionPanel panel;
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(imagePath("mnist-3.png"))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, {});
        QApplication::sendEvent(&panel, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, {});
        QApplication::sendEvent(&panel, &drop);
        QVERIFY(panel.sourceImage());
        QCOMPARE(panel.sourceName(), QString("mnist-3.png"));
    }

    void largeImageIsFilteredOffTheGuiThread()
    {
        QImage big(1920, 1080, QImage::Format_RGB888);
        for (int y = 0; y < big.height(); ++y)
            for (int x = 0; x < big.width(); ++x)
                big.setPixel(x, y, qRgb(x % 256, y % 256, (x / 8 + y / 8) % 2 ? 255 : 0));
        const QString path = writeImage("big.png", big);
        ConvolutionPanel panel;
        ConvFilterPage* page = panel.filterPage();
        QCOMPARE(page->applyState("colour", "rgb"), QString());
        QCOMPARE(page->applyState("kernel", "sobel"), QString());
        QVERIFY(panel.openImage(path));
        // openImage returned while the worker filters: no result yet, a "computing…" state.
        QVERIFY(page->isComputing());
        QVERIFY(!page->stages());
        QTRY_VERIFY_WITH_TIMEOUT(page->stages() != nullptr, 30000);
        QVERIFY(!page->isComputing());
        QCOMPARE(page->stages()->output().width(), 1918);
        QCOMPARE(page->stages()->output().height(), 1078);
        QCOMPARE(page->stages()->output().channelCount(), 3);
        // Many requests in a row (a slider drag): only the latest result is shown.
        for (int b = 1; b <= 5; ++b)
            page->kernelEditor()->grid()->typeInto(0, 0, QString::number(b));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isComputing(), 30000);
        QCOMPARE(page->kernelEditor()->choice().kernel(0, 0), 5.0f);
        QCOMPARE(page->applyState("pixel", "500,700"), QString());
        QVERIFY(near(*page->explainedValue(), pixel(page->stages()->output(), 500, 700)));
    }

    void exportWritesTheOutput()
    {
        ConvolutionPanel panel;
        ConvFilterPage* page = panel.filterPage();
        QVERIFY(panel.openImage(imagePath("house.png")));
        QCOMPARE(page->applyState("pool", "max"), QString());
        QCOMPARE(page->applyState("normalize", "abs"), QString());
        const QString path = dir_.filePath("out.png");
        QCOMPARE(panel.exportOutput(path), QString());
        const QImage saved(path);
        QCOMPARE(saved.size(), QSize(127, 127)); // (256 − 3)/1 + 1 = 254, then (254 − 2)/2 + 1 = 127
        const float value = std::min(255.0f, std::abs(pixel(page->stages()->output(), 40, 50)));
        QVERIFY(std::abs(qGray(saved.pixel(50, 40)) - value) <= 1);
        // The main window's File > Export and File > Open go through the Panel interface.
        QVERIFY(panel.hasImageToExport());
        QCOMPARE(panel.exportImage(dir_.filePath("out2.png")), QString());
        QCOMPARE(QImage(dir_.filePath("out2.png")).size(), QSize(127, 127));
        // A folder that does not exist: refused with what to do, the earlier export untouched.
        const QString refused = panel.exportImage(dir_.filePath("no-such-folder/out.png"));
        QVERIFY2(refused.startsWith("The image was not exported: ") && refused.contains("no-such-folder"),
                 qPrintable(refused));
        QVERIFY(refused.endsWith("Choose another folder or file name."));
        QCOMPARE(QImage(dir_.filePath("out2.png")).size(), QSize(127, 127));
        QCOMPARE(panel.applyState("page", "volume"), QString());
        QVERIFY(panel.exportImage(dir_.filePath("no-such-folder/volume.png")).endsWith("Choose another folder or file name."));
        QCOMPARE(panel.applyState("page", "filter"), QString());
        QVERIFY(panel.openFilter().contains("*.png"));
        QVERIFY(panel.openFile(dir_.filePath("missing.png")).contains("does not exist"));
        QCOMPARE(panel.openFile(imagePath("shapes.png")), QString());
        QCOMPARE(panel.applyState("page", "exercise"), QString());
        QVERIFY(!panel.hasImageToExport());
    }

    void playbackAndClicksSelectOutputPixels()
    {
        ConvolutionPanel panel;
        ConvFilterPage* page = panel.filterPage();
        QVERIFY(panel.openImage(imagePath("mnist-5.png")));
        QCOMPARE(page->playback()->length(), 26 * 26);
        page->playback()->step();
        QCOMPARE(page->inputView()->marks().first().area, QRect(0, 0, 3, 3));
        QVERIFY(near(*page->explainedValue(), pixel(page->stages()->output(), 0, 0)));
        page->playback()->step();
        QCOMPARE(page->inputView()->marks().first().area, QRect(1, 0, 3, 3));
        QVERIFY(near(*page->explainedValue(), pixel(page->stages()->output(), 0, 1)));
        page->playback()->showAll();
        QVERIFY(near(*page->explainedValue(), pixel(page->stages()->output(), 25, 25)));
        // Clicking a feature-map pixel selects it and moves the playback there.
        panel.resize(1400, 860);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        ImageView* view = page->featureView();
        QSignalSpy clicked(view, &ImageView::pixelClicked);
        QTest::mouseClick(view, Qt::LeftButton, {}, view->toWidget(QPointF(4.5, 3.5)).toPoint());
        QCOMPARE(clicked.size(), 1);
        QVERIFY(near(*page->explainedValue(), pixel(page->stages()->output(), 3, 4)));
        QCOMPARE(page->playback()->position(), 3 * 26 + 4 + 1);
        QCOMPARE(page->inputView()->marks().first().area, QRect(4, 3, 3, 3));
        // Zoom: values appear, and the views follow each other.
        QVERIFY(!view->showsValues());
        QCOMPARE(page->applyState("zoom", "4"), QString());
        QVERIFY(view->showsValues());
        QCOMPARE(page->inputView()->zoom(), view->zoom());
        page->inputView()->fit();
        QCOMPARE(view->zoom(), 1.0);
    }

    void samplesAndStateKeys()
    {
        ConvolutionPanel panel;
        QCOMPARE(panel.applyState("sample", "fashion-3"), QString());
        QCOMPARE(panel.sourceImage()->width(), 28);
        QCOMPARE(panel.applyState("sample", "astronaut"), QString());
        QCOMPARE(panel.sourceImage()->width(), 512);
        QVERIFY(panel.applyState("sample", "nothing").contains("unknown sample"));
        for (const auto& [key, value] :
             std::initializer_list<std::pair<const char*, const char*>>{{"kernel", "sobel"},
                                                                        {"padding", "same"},
                                                                        {"stride", "2"},
                                                                        {"flip", "on"},
                                                                        {"relu", "on"},
                                                                        {"pool", "avg:2:2"},
                                                                        {"normalize", "minmax"},
                                                                        {"colour", "gray"},
                                                                        {"pixel", "10,20"},
                                                                        {"zoom", "3"}})
            QCOMPARE(panel.applyState(key, value), QString());
        QCOMPARE(panel.filterPage()->stages()->output().width(), 128);
        QVERIFY(!panel.applyState("flip", "maybe").isEmpty());
        QVERIFY(!panel.applyState("pool", "median").isEmpty());
        QVERIFY(panel.applyState("nonsense", "1").contains("unknown state"));
        QVERIFY(panel.applyState("page", "nowhere").contains("unknown page"));
        screenshot(panel, "convolution-astronaut");
        QCOMPARE(panel.applyState("page", "exercise"), QString());
        QVERIFY(panel.currentTable() == panel.exercisePage()->currentTable());
    }

    void volumeConvolutionOfTheCourseExample()
    {
        ConvolutionPanel panel;
        panel.resize(1400, 860);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCOMPARE(panel.applyState("page", "volume"), QString());
        ConvVolumePage* page = panel.volumePage();
        QCOMPARE(page->channelSums(), (QList<float>{308, -498, 164}));
        QCOMPARE(*page->explainedTotal(), -25.0f);
        QCOMPARE(pixel(page->stages()->convolved, 0, 0), -25.0f);
        QVERIFY2(page->explanationText().contains("308 + (−498) + 164 + 1 = −25"), qPrintable(page->explanationText()));
        QCOMPARE(page->inputView()->marks().first().area, QRect(-1, -1, 3, 3));
        // Another pixel, and the bias added once.
        QCOMPARE(page->applyState("bias", "0"), QString());
        QCOMPARE(page->applyState("pixel", "1,4"), QString());
        float sum = 0;
        for (float s : page->channelSums())
            sum += s;
        QCOMPARE(*page->explainedTotal(), sum);
        QCOMPARE(*page->explainedTotal(), pixel(page->stages()->convolved, 1, 4));
        // A non-number kernel cell is refused, the result kept.
        const neurone::FilterStages* before = page->stages();
        page->kernelGrid(1)->typeInto(0, 0, "abc");
        QVERIFY(page->errorText().contains("not a number"));
        QCOMPARE(page->stages(), before);
        QCOMPARE(page->kernelGrid(1)->values()(0, 0), 1.0f);
        // The opened image, in RGB.
        QCOMPARE(panel.applyState("sample", "coffee"), QString());
        QCOMPARE(page->input()->width(), 512);
        QCOMPARE(page->stages()->convolved.width(), 512); // P = 1 keeps the size
        QCOMPARE(page->applyState("pixel", "100,200"), QString());
        QVERIFY(near(*page->explainedTotal(), pixel(page->stages()->convolved, 100, 200)));
        screenshot(panel, "convolution-volume");
        QCOMPARE(page->applyState("source", "example"), QString());
        QCOMPARE(page->input()->width(), 6);
        QCOMPARE(page->applyState("zoom", "1"), QString());
        QVERIFY(page->outputView()->showsValues()); // 6 pixels across: large enough for values
    }

    void seed003ExerciseShowsEveryValue()
    {
        ConvolutionPanel panel;
        QCOMPARE(panel.applyState("page", "exercise"), QString());
        ConvExercisePage* page = panel.exercisePage();
        QCOMPARE(page->valueOf("Y"), QString("[[90, 112], [156, 178]]"));
        QCOMPARE(page->valueOf("E"), QString("0.25"));
        QCOMPARE(page->valueOf("∂E/∂Y"), QString("[[0, 0], [0, 0.5]]"));
        QCOMPARE(page->valueOf("∂E/∂W channel 0"), QString("[[2.5, 3], [4, 4.5]]"));
        QCOMPARE(page->valueOf("∂E/∂W channel 1"), QString("[[2.75, 3.25], [4.25, 4.75]]"));
        QCOMPARE(page->valueOf("∂E/∂X channel 0"), QString("[[0, 0, 0], [0, 0.5, 1], [0, 1.5, 2]]"));
        QCOMPARE(page->valueOf("∂E/∂X channel 1"), QString("[[0, 0, 0], [0, 0.75, 1.25], [0, 1.75, 2.25]]"));
        QCOMPARE(page->valueOf("∂E/∂b"), QString("0.5"));
        QCOMPARE(panel.currentTable()->rowCount(), 8);
        // Students change a value: everything follows.
        page->targetGrid()->typeInto(1, 1, "178");
        QCOMPARE(page->valueOf("E"), QString("0"));
        QCOMPARE(page->valueOf("∂E/∂b"), QString("0"));
        QCOMPARE(page->valueOf("∂E/∂W channel 0"), QString("[[0, 0], [0, 0]]"));
        page->inputGrid(0)->typeInto(0, 0, "2"); // Y(0,0) += W0(0,0) = 1
        QCOMPARE(page->valueOf("Y"), QString("[[91, 112], [156, 178]]"));
        QCOMPARE(page->valueOf("E"), QString("0.25"));
        QCOMPARE(page->valueOf("∂E/∂Y"), QString("[[0.5, 0], [0, 0]]"));
        page->kernelGrid(0)->typeInto(0, 0, "one");
        QVERIFY(page->errorText().contains("not a number"));
        QCOMPARE(page->valueOf("Y"), QString("[[91, 112], [156, 178]]"));
        QCOMPARE(page->applyState("reset", ""), QString());
        QCOMPARE(page->valueOf("Y"), QString("[[90, 112], [156, 178]]"));
        QCOMPARE(page->applyState("bias", "2"), QString());
        QCOMPARE(page->valueOf("Y"), QString("[[88, 110], [154, 176]]"));
        QCOMPARE(page->applyState("reset", ""), QString());
        QVERIFY(page->applyState("w0", "1 2 3;4 5 6").contains("2×2"));
        screenshot(panel, "convolution-exercise");
    }

    void screenshots()
    {
        if (qEnvironmentVariableIsEmpty("NEURONE_SCREENSHOT_DIR"))
            return;
        const std::initializer_list<std::pair<const char*, const char*>> house
            = {{"sample", "house"}, {"kernel", "sobel"}, {"relu", "on"}, {"pool", "max"}, {"pixel", "80,27"}};
        screenshotWithStates("convolution-house", {}, house);
        screenshotWithStates("convolution-house-dark", {true, false}, house);
        screenshotWithStates("convolution-house-projector", {false, true}, house);
        screenshotWithStates("convolution-house-zoom", {},
                             {{"sample", "house"},
                              {"kernel", "sobel"},
                              {"relu", "on"},
                              {"pool", "max"},
                              {"pixel", "80,27"},
                              {"zoom", "14"}});
        const std::initializer_list<std::pair<const char*, const char*>> digit
            = {{"sample", "mnist-7"}, {"kernel", "edge"}, {"padding", "same"},
               {"normalize", "abs"},  {"pixel", "8,12"},  {"zoom", "3"}};
        screenshotWithStates("convolution-mnist-zoom", {}, digit);
        screenshotWithStates("convolution-mnist-zoom-projector", {false, true}, digit);
        screenshotWithStates("convolution-coffee-rgb-dark", {true, false},
                             {{"sample", "coffee"},
                              {"colour", "rgb"},
                              {"kernel", "emboss"},
                              {"padding", "same"},
                              {"stride", "2"},
                              {"pool", "avg"},
                              {"pixel", "40,60"}});
        screenshotWithStates("convolution-volume-example", {}, {{"page", "volume"}});
        screenshotWithStates("convolution-volume-example-dark", {true, false}, {{"page", "volume"}, {"zoom", "1"}});
        screenshotWithStates("convolution-volume-projector", {false, true}, {{"page", "volume"}});
        screenshotWithStates("convolution-exercise-projector", {false, true}, {{"page", "exercise"}});
        screenshotWithStates("convolution-exercise-dark", {true, false}, {{"page", "exercise"}});
    }
};

QTEST_MAIN(TestConvolutionPanel)
#include "test_convolutionpanel.moc"
