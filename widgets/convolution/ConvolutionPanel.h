// The convolution-and-pooling panel (seed 000 "La convolution d'image", seed 002 "Réseaux de
// neurones convolutifs", seed 003 "Couche convolution", seed 004 "Convolutional layers",
// "Pooling layers", "Convolution en volume"): the filter page (an image through convolution,
// ReLU and pooling, pixel by pixel), the volume page (one kernel per RGB channel) and the
// seed 003 exercise with its backward pass. Images come from a file (the button, File > Open,
// drag and drop) or from the samples shipped in :/images.
#pragma once

#include "common/Panel.h"
#include "conv/Image.h"

#include <QList>

#include <memory>

class ConvExercisePage;
class ConvFilterPage;
class ConvVolumePage;
class PanelPage;
class QComboBox;
class QLabel;
class QTabWidget;

class ConvolutionPanel : public Panel {
    Q_OBJECT
public:
    explicit ConvolutionPanel(QWidget* parent = nullptr);

    QString panelId() const override { return "convolution"; }
    QString title() const override;
    QCustomPlot* currentPlot() const override { return nullptr; }
    QAbstractItemModel* currentTable() const override;
    void setViewStyle(const ViewStyle& style) override;
    // page = filter | volume | exercise; sample = a name from SampleImages.h; any other key goes
    // to the page showing (see ConvFilterPage, ConvVolumePage, ConvExercisePage).
    QString applyState(const QString& key, const QString& value) override;
    // File > Open (Ctrl+O, the main window's) and File > Export of the filtered image.
    QString openFilter() const override;
    QString openFile(const QString& path) override;
    bool hasImageToExport() const override;
    QString exportImage(const QString& path) override { return exportOutput(path); }

    // File > Export: the output image of the page showing, as a PNG of the output's size.
    // Returns "" or the reason.
    QString exportOutput(const QString& path) const;

    ConvFilterPage* filterPage() const { return filter_; }
    ConvVolumePage* volumePage() const { return volume_; }
    ConvExercisePage* exercisePage() const { return exercise_; }
    // The message of the last refused image, or "".
    QString errorText() const;
    const neurone::Image* sourceImage() const { return source_.get(); }
    QString sourceName() const { return sourceName_; }

public slots:
    // Opens an image file (PNG, JPEG, BMP, GIF, WebP where Qt reads it). A file that cannot be
    // read is refused with a message and the previous image is kept. Returns whether it opened.
    bool openImage(const QString& path);
    // A sample by name ("astronaut", "house", "fashion-3", "mnist-7"…).
    bool openSample(const QString& name);
    void askOpenImage();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void addPage(PanelPage* page, const QString& id, const QString& title, const QString& tip);
    bool useImage(const QString& path, const QString& name);
    void refuse(const QString& message);

    QTabWidget* tabs_;
    ConvFilterPage* filter_;
    ConvVolumePage* volume_;
    ConvExercisePage* exercise_;
    QWidget* imageBar_;
    QComboBox* sample_;
    QLabel* imageInfo_;
    QLabel* error_;
    QList<std::pair<QString, PanelPage*>> pages_;
    std::shared_ptr<const neurone::Image> source_;
    QString sourceName_;
    ViewStyle style_;
};
