#include "convolution/ExplanationText.h"

#include "convolution/ValueText.h"

#include <QCoreApplication>

// The translation context of these strings (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Explain {
    Q_DECLARE_TR_FUNCTIONS(ExplanationText)
};

namespace {

// Inputs with 2 decimals (grayscale is a mean of three channels), weights with up to 4.
QString in(double v) { return valueText(v, 2); }
QString weight(double v) { return valueText(v, 4); }
QString wrapped(const QString& v) { return v.startsWith(QChar(0x2212)) ? "(" + v + ")" : v; }

QString tableStart(const ViewStyle& style)
{
    return QString("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" style=\"border-color:%1; "
                   "border-style:solid; border-collapse:collapse;\">")
        .arg(style.grid().name());
}

QString cell(const QString& text, const QString& background = {}, bool bold = false)
{
    const QString content = bold ? "<b>" + text + "</b>" : text;
    return background.isEmpty() ? QString("<td align=\"right\">%1</td>").arg(content)
                                : QString("<td align=\"right\" bgcolor=\"%1\">%2</td>").arg(background, content);
}

QString paddingColour(const ViewStyle& style) { return style.dark ? "#3a3d46" : "#e6e6e6"; }
QString winnerColour(const ViewStyle& style) { return style.dark ? "#7a4a1a" : "#ffd9a8"; }

// The input values under the kernel, row by row; cells in the zero padding greyed.
QString patchGrid(const neurone::ConvolutionExplanation& e, int cols, const ViewStyle& style)
{
    QString html = tableStart(style);
    for (std::size_t i = 0; i < e.taps.size(); ++i) {
        if (int(i) % cols == 0)
            html += "<tr>";
        const neurone::Tap& tap = e.taps[i];
        html += tap.inPadding ? cell("<i>0</i>", paddingColour(style)) : cell(in(tap.input));
        if (int(i) % cols == cols - 1)
            html += "</tr>";
    }
    return html + "</table>";
}

QString kernelGrid(const neurone::Plane& kernel, const ViewStyle& style)
{
    QString html = tableStart(style);
    for (Eigen::Index r = 0; r < kernel.rows(); ++r) {
        html += "<tr>";
        for (Eigen::Index c = 0; c < kernel.cols(); ++c)
            html += cell(weight(kernel(r, c)));
        html += "</tr>";
    }
    return html + "</table>";
}

// "a·w + a·w + … = Σ"
QString multiplyAdd(const neurone::ConvolutionExplanation& e)
{
    QStringList terms;
    for (const neurone::Tap& tap : e.taps)
        terms << in(tap.input) + "·" + wrapped(weight(tap.weight));
    return terms.join(" + ") + " = <b>" + in(e.sum) + "</b>";
}

QString heading(const QString& what, int row, int col)
{
    return QString("<b>%1</b> ").arg(what) + Explain::tr("(row %1, column %2)").arg(row).arg(col);
}

QString titled(const QString& title, const QString& content)
{
    return QString("<td valign=\"top\">%1<br/>%2</td>").arg(title, content);
}

QString operatorCell(const QString& op)
{
    return QString("<td valign=\"middle\"><big>&nbsp;%1&nbsp;</big></td>").arg(op);
}

// One channel: its grids side by side, and its arithmetic to their right (one channel, room to
// spare) or below them (several channels side by side).
QString channelBlock(const QString& grids, const QString& arithmetic, bool below)
{
    if (below)
        return QString("<td valign=\"top\"><table><tr>%1</tr></table>%2</td>").arg(grids, arithmetic);
    return grids + QString("<td valign=\"top\"><br/>%1</td>").arg(arithmetic);
}

QString prefixed(const QString& channel, const QString& text)
{
    return channel.isEmpty() ? text : channel + ": " + text;
}

} // namespace

QString convolutionExplanationHtml(int row, int col, const QList<ChannelExplanation>& channels, float bias, bool flip,
                                   bool relu, const ViewStyle& style)
{
    QString html = heading(flip ? Explain::tr("Convolution output") : Explain::tr("Correlation output"), row, col);
    if (flip)
        html += " — " + Explain::tr("the kernel is applied rotated by 180°");
    const bool below = channels.size() > 1;
    html += "<table cellspacing=\"6\"><tr>";
    for (const ChannelExplanation& channel : channels) {
        const neurone::FilterPixelExplanation& c = channel.pixel;
        QString grids
            = titled(prefixed(channel.channel, Explain::tr("input under the kernel")),
                     patchGrid(c.taps, int(c.kernel.cols()), style))
              + operatorCell("×")
              + titled(flip ? Explain::tr("kernel as applied") : Explain::tr("kernel"), kernelGrid(c.kernel, style));
        if (c.partnerKernel)
            grids += titled(Explain::tr("and Sobel y"), kernelGrid(*c.partnerKernel, style));
        QString arithmetic;
        if (c.partnerTaps) {
            arithmetic = Explain::tr("x: Σ = %1").arg(multiplyAdd(c.taps)) + "<br/>"
                         + Explain::tr("y: Σ = %1").arg(multiplyAdd(*c.partnerTaps)) + "<br/>"
                         + QString("√(%1² + %2²) + b = %3 + %4 = <b>%5</b>")
                               .arg(wrapped(in(c.taps.sum)), wrapped(in(c.partnerTaps->sum)), in(c.beforeBias),
                                    wrapped(in(bias)), in(c.convolved));
        } else {
            arithmetic
                = Explain::tr("Σ = %1").arg(multiplyAdd(c.taps)) + "<br/>"
                  + QString("Σ + b = %1 + %2 = <b>%3</b>").arg(in(c.taps.sum), wrapped(in(bias)), in(c.convolved));
        }
        if (relu)
            arithmetic += "<br/>" + QString("ReLU: max(0, %1) = <b>%2</b>").arg(in(c.convolved), in(c.activated));
        html += channelBlock(grids, arithmetic, below);
    }
    return html + "</tr></table>";
}

QString poolingExplanationHtml(int row, int col, const QList<ChannelPooling>& channels, int size,
                               neurone::PoolMode mode, const ViewStyle& style)
{
    const bool max = mode == neurone::PoolMode::Max;
    QString html = heading(max ? Explain::tr("Max pooling output") : Explain::tr("Average pooling output"), row, col)
                   + " — " + Explain::tr("its %1×%1 window on the feature map").arg(size);
    const bool below = channels.size() > 1;
    html += "<table cellspacing=\"6\"><tr>";
    for (const ChannelPooling& c : channels) {
        const neurone::PoolExplanation& e = c.window;
        QString grid = tableStart(style) + "<tr>";
        QStringList values;
        int lastRow = e.window.empty() ? 0 : e.window.front().row;
        for (std::size_t i = 0; i < e.window.size(); ++i) {
            if (e.window[i].row != lastRow) {
                grid += "</tr><tr>";
                lastRow = e.window[i].row;
            }
            const bool winner = int(i) == e.chosen;
            grid += cell(in(e.window[i].input), winner ? winnerColour(style) : QString(), winner);
            values << in(e.window[i].input);
        }
        grid += "</tr></table>";
        const QString arithmetic
            = max ? QString("max(%1) = <b>%2</b>").arg(values.join(", "), in(e.result))
                  : QString("(%1)/%2 = <b>%3</b>").arg(values.join(" + ")).arg(values.size()).arg(in(e.result));
        html += channelBlock(titled(prefixed(c.channel, Explain::tr("window")), grid), arithmetic, below);
    }
    return html + "</tr></table>";
}

QString volumeExplanationHtml(int row, int col, const neurone::VolumePixelExplanation& pixel,
                              const std::vector<neurone::Plane>& kernels, float bias, const ViewStyle& style)
{
    static const QString names = "RGB";
    QStringList sums;
    for (const neurone::ConvolutionExplanation& c : pixel.channels)
        sums << wrapped(in(c.sum));
    // The total first, so it is in view without scrolling; then each channel's multiply-add.
    QString html = heading(Explain::tr("Volume convolution output"), row, col) + " — "
                   + Explain::tr("one kernel per channel, the channel sums added, plus one bias")
                   + QString("<p><b>%1</b> = %2 + %3 = <b>%4</b></p>")
                         .arg(Explain::tr("total"), sums.join(" + "), wrapped(in(bias)), in(pixel.total));
    html += "<table cellspacing=\"6\"><tr>";
    for (std::size_t i = 0; i < pixel.channels.size() && i < kernels.size(); ++i) {
        const QString channel = names.mid(int(i), 1);
        const neurone::ConvolutionExplanation& c = pixel.channels[i];
        const QString grids = titled(Explain::tr("%1: input under the kernel").arg(channel),
                                     patchGrid(c, int(kernels[i].cols()), style))
                              + operatorCell("×")
                              + titled(Explain::tr("kernel %1").arg(channel), kernelGrid(kernels[i], style));
        html += channelBlock(grids, QString("Σ<sub>%1</sub> = %2").arg(channel, multiplyAdd(c)), true);
    }
    return html + "</tr></table>";
}
