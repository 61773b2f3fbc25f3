// The training panel's "Data" box: which dataset (XOR, OR, the 2-D toy sets, MNIST digits,
// Fashion-MNIST), the toy sets' point count and noise, the share of the training set held out
// for validation, and a status line (what is loaded, or why it is not, with the command that
// installs a missing dataset).
#pragma once

#include "data/DatasetCatalog.h"

#include <QColor>
#include <QGroupBox>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

class DatasetBox : public QGroupBox {
    Q_OBJECT
public:
    explicit DatasetBox(QWidget* parent = nullptr);

    neurone::DatasetKind kind() const;
    void setKind(neurone::DatasetKind kind);
    // The dataset to load (places and seed are the panel's to fill).
    neurone::DatasetRequest request() const;
    double validationFraction() const;
    void setValidationFraction(double fraction);
    void setPoints(int points);
    void setNoise(double noise);

    // A problem is written bold, in the warning colour (ViewStyle::warning()).
    void setStatus(const QString& text, bool problem);
    void setWarningColour(const QColor& colour);
    QString status() const;
    void setLocked(bool locked);

    // "two spirals", "Fashion-MNIST": the name messages use, translated.
    static QString displayName(neurone::DatasetKind kind);
    // Why the chosen dataset is missing and how to install it, or "" when it is installed.
    QString missingMessage() const;
    // Look for MNIST and Fashion-MNIST only in this folder ("": the usual places, DatasetPlaces.h).
    void setDataFolder(const QString& folder);

signals:
    // The dataset or its parameters changed (reload).
    void datasetChanged();
    // Only the validation share changed.
    void validationChanged();

private:
    void showToyControls();

    QComboBox* kind_;
    QSpinBox* points_;
    QDoubleSpinBox* noise_;
    QSpinBox* validation_;
    QLabel* pointsLabel_;
    QLabel* noiseLabel_;
    QLabel* status_;
    QString dataFolder_;
    QColor warningColour_ = Qt::darkRed;
};
