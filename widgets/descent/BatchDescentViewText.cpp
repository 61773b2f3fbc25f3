// The batch page's words: the three descents as the course names them, their results, and the
// "explain" text with the course's formulas (seed 004, "Variantes de descente de gradient").
#include "descent/BatchDescentView.h"

#include <QStringList>

using descentview::formatNumber;

QString BatchDescentView::variantTitle(Variant variant) const
{
    switch (variant) {
    case Stochastic: return tr("Stochastic (SGD, M = 1)");
    case MiniBatch: return tr("Mini-batch (MBGD, M = %1)").arg(batchSize(MiniBatch));
    case FullBatch: return tr("Full batch (BGD, M = N = %1)").arg(batchSize(FullBatch));
    }
    return {};
}

// Short, so that the legend fits under a narrow plot.
QString BatchDescentView::legendName(Variant variant) const
{
    QString name;
    switch (variant) {
    case Stochastic: name = tr("SGD (M = 1)"); break;
    case MiniBatch: name = tr("MBGD (M = %1)").arg(batchSize(MiniBatch)); break;
    case FullBatch: name = tr("BGD (M = N = %1)").arg(batchSize(FullBatch)); break;
    }
    if (!diverged(variant))
        return name;
    return tr("%1: diverged after %2 updates").arg(name).arg(paths_[variant].size() - 1);
}

QString BatchDescentView::resultLine(Variant variant, int epochsShown) const
{
    const int shown = std::min(int(paths_[variant].size()) - 1, epochsShown * updatesPerEpoch_[variant]);
    const Eigen::Vector2d ab = revealed(variant, epochsShown);
    QString line = QStringLiteral("<span style=\"color:%1\">■</span> <b>%2</b>: ")
                       .arg(colour(variant).name(), variantTitle(variant));
    line += tr("%1 updates, a = %2, b = %3, E = %4")
                .arg(shown)
                .arg(formatNumber(ab[0]), formatNumber(ab[1]),
                     formatNumber(neurone::regressionLoss(data_, ab[0], ab[1])));
    if (diverged(variant))
        line += QStringLiteral(" <span style=\"color:%1\">%2</span>")
                    .arg(style_.warning().name(), tr("(diverged: η is too large; lower the learning rate)"));
    return line;
}

QString BatchDescentView::explanation() const
{
    const QString sum = QStringLiteral("Σ<sub>j=1</sub><sup>%1</sup>");
    QString text = QStringLiteral("<p><b>%1</b></p>").arg(tr("Fitting ŷ = a x + b, three ways"));
    text += QStringLiteral("<p>%1</p>").arg(
        tr("The weights are w = (a, b). Observation j adds the error E<sub>j</sub> = "
           "(a x<sub>j</sub> + b − y<sub>j</sub>)²; the contours show E(a, b), the mean over "
           "all N points. All three start from (%1, %2).")
            .arg(formatNumber(start_[0]), formatNumber(start_[1])));
    text += QStringLiteral("<p><span style=\"color:%1\">■</span> <b>%2</b><br>w ← w − η %3 ∂E<sub>j</sub>/∂w<br>%4</p>")
                .arg(colour(FullBatch).name(), tr("Batch gradient descent (BGD)"), sum.arg(QStringLiteral("N")),
                     tr("one update per epoch, after all N observations: stable but slow"));
    text += QStringLiteral("<p><span style=\"color:%1\">■</span> <b>%2</b><br>w ← w − η ∂E<sub>j</sub>/∂w<br>%3</p>")
                .arg(colour(Stochastic).name(), tr("Stochastic gradient descent (SGD)"),
                     tr("one update per observation: fast but it fluctuates"));
    text += QStringLiteral("<p><span style=\"color:%1\">■</span> <b>%2</b><br>w ← w − η %3 ∂E<sub>j</sub>/∂w<br>%4</p>")
                .arg(colour(MiniBatch).name(), tr("Mini-batch gradient descent (MBGD)"), sum.arg(QStringLiteral("M")),
                     tr("one update per batch of M observations, K batches per epoch"));
    text += QStringLiteral("<p>%1</p>").arg(
        tr("Neurone divides each sum by its number of observations (a mean), so one η suits "
           "every batch size. The observations are shuffled at each epoch."));
    text += QStringLiteral("<p>%1</p>").arg(
        tr("<b>Epoch</b>: one pass over all N observations.<br><b>Batch size</b> M: the number "
           "of observations in one batch.<br><b>Iteration</b>: one batch, one update; K "
           "iterations complete an epoch."));
    text += QStringLiteral("<p>%1</p>").arg(
        tr("Now: N = %1, M = %2, so K = %3 iterations per epoch; %4 epochs give %5 updates "
           "(SGD: %6, BGD: %7).")
            .arg(pointCount())
            .arg(batchSize(MiniBatch))
            .arg(updatesPerEpoch_[MiniBatch])
            .arg(epochs())
            .arg(plannedUpdates_[MiniBatch])
            .arg(plannedUpdates_[Stochastic])
            .arg(plannedUpdates_[FullBatch]));
    return text;
}
