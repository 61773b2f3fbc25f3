// One horizontal bar per class: the probability the keyword network gives it (softmax output,
// the bars sum to 1), the winner in the highlight colour, and the confidence threshold as a
// vertical line: a winner left of the line is "not sure". Labels name the class and its
// service ("incendie · 18").
#pragma once

#include "common/ViewStyle.h"

#include "audio/KeywordModel.h"

#include <qcustomplot.h>

#include <string>
#include <vector>

class ConfidenceBars : public QCustomPlot {
    Q_OBJECT
public:
    explicit ConfidenceBars(QWidget* parent = nullptr);

    // The classes of a model (bars at zero until scores arrive); `services` one per class.
    void setClasses(const std::vector<std::string>& classNames, const std::vector<int>& services);
    void setScores(const neurone::KeywordScores& scores);
    void clearScores();
    void setThreshold(double threshold);
    void setViewStyle(const ViewStyle& style);

    QCPBars* bars() const { return bars_; }
    QCPBars* winnerBar() const { return winner_; }
    // The probability shown for class `index` (0 when none).
    double shownProbability(int index) const;
    int classCount() const { return int(classNames_.size()); }

private:
    double keyOf(int index) const { return double(classCount() - 1 - index); } // first class on top
    void relabel();

    QCPBars* bars_;
    QCPBars* winner_;
    QCPItemStraightLine* threshold_;
    std::vector<std::string> classNames_;
    std::vector<int> services_;
    ViewStyle style_;
};
