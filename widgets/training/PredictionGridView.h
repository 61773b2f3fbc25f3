// Seed 000's figure "Exemple sur un échantillon de 40 images de validation": the first 40 test
// images in 4 rows of 10, each with "predicted (true)" under it, the errors framed and written
// in red, and "n errors among these 40" above. Sets that are not images show why not.
#pragma once

#include "common/ViewStyle.h"
#include "data/Dataset.h"

#include <QImage>
#include <QList>
#include <QWidget>

#include <vector>

class PredictionGridView : public QWidget {
    Q_OBJECT
public:
    static constexpr int columns = 10;
    static constexpr int rows = 4;
    static constexpr int shownMost = columns * rows;

    explicit PredictionGridView(QWidget* parent = nullptr);

    // predicted[i] is test sample i's predicted class; the first 40 samples are shown.
    void setPredictions(const neurone::Dataset& test, const std::vector<int>& predicted);
    void clear();
    void setViewStyle(const ViewStyle& style);

    int shownCount() const { return int(tiles_.size()); }
    int errorCount() const;
    QString caption() const;
    QString tileText(int index) const; // "Shirt (Coat)"
    bool isError(int index) const { return tiles_.at(index).predicted != tiles_.at(index).truth; }
    bool isEmpty() const { return tiles_.isEmpty(); }
    QString emptyText() const { return emptyText_; }

    QSize sizeHint() const override { return {900, 560}; }
    QSize minimumSizeHint() const override { return {400, 260}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    struct Tile {
        QImage image;
        int predicted = 0;
        int truth = 0;
    };
    QString className(int cls) const;

    QList<Tile> tiles_;
    QStringList classNames_;
    QString emptyText_;
    ViewStyle style_;
};
