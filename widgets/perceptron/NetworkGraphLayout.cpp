#include "perceptron/NetworkGraphLayout.h"

#include <QFontMetricsF>

#include <algorithm>
#include <array>
#include <cmath>

namespace {

constexpr double padding = 4;
// Points along an edge tried for its label, nearest the source first: the labels of one
// neuron's edges then fan out beside it, where those edges are farthest apart.
constexpr std::array<double, 15> labelFractions = {0.3,  0.38, 0.22, 0.46, 0.54, 0.62, 0.7, 0.16,
                                                   0.78, 0.34, 0.42, 0.5,  0.58, 0.66, 0.26};

QFont scaled(const QFont& base, double points)
{
    QFont font = base;
    font.setPointSizeF(std::max(5.0, points));
    return font;
}

double widest(const QFontMetricsF& metrics, const QStringList& lines)
{
    double width = 0;
    for (const QString& line : lines)
        width = std::max(width, metrics.horizontalAdvance(line));
    return width;
}

double overlap(const QRectF& a, const QRectF& b)
{
    const QRectF both = a.intersected(b);
    return both.isEmpty() ? 0 : both.width() * both.height();
}

struct Measures {
    double titleHeight = 0;
    double noteHeight = 0;
    int noteLines = 0;
    double valueWidth = 0;
    double labelWidth = 0;
    double labelHeight = 0;
    double inputSide = 0;  // half the widest thing drawn around an input neuron
    double outputSide = 0; // the same for the output neurons
    double lossWidth = 0;
};

// What the layout reserves does not depend on the phase shown (templates of the widest
// value, note and label), so that the neurons stay in place while stepping.
Measures measure(const NetworkGraphData& data, const NetworkGraphGeometry& g)
{
    const QFontMetricsF title(g.titleFont), value(g.valueFont), note(g.noteFont), label(g.labelFont);
    Measures m;
    m.titleHeight = title.height();
    m.noteHeight = note.height();
    m.noteLines = 2;
    m.labelHeight = label.height() + 2;
    m.valueWidth = value.horizontalAdvance(QStringLiteral("0.00000"));
    const double outputNotes = note.horizontalAdvance(QStringLiteral("∂E/∂Z1 = ∂E/∂b5 = −0.00000")) / 2;
    for (std::size_t k = 0; k < data.layers.size(); ++k)
        for (const GraphNeuron& neuron : data.layers[k]) {
            m.noteLines = std::max(m.noteLines, int(neuron.notes.size()));
            m.valueWidth = std::max(m.valueWidth, value.horizontalAdvance(neuron.value));
            const double side = title.horizontalAdvance(neuron.title) / 2 + padding;
            if (k == 0)
                m.inputSide = std::max(m.inputSide, side);
            if (k + 1 == data.layers.size())
                m.outputSide = std::max({m.outputSide, side, outputNotes + padding});
        }
    m.labelWidth = label.horizontalAdvance(QStringLiteral("∂E/∂w00 = −0.00000")) + 8;
    for (const GraphEdge& edge : data.edges)
        m.labelWidth = std::max(m.labelWidth, label.horizontalAdvance(edge.label) + 8);
    m.lossWidth = data.lossNotes.isEmpty()
                      ? 0
                      : std::max(widest(note, data.lossNotes), note.horizontalAdvance(QStringLiteral("E = 0.00000"))) + 4 * padding;
    return m;
}

// Places the neurons; false when they do not fit at this font size.
bool placeNeurons(const NetworkGraphData& data, const QRectF& area, const Measures& m,
                  bool lastChance, NetworkGraphGeometry& g)
{
    std::size_t tallest = 1;
    for (const auto& layer : data.layers)
        tallest = std::max(tallest, layer.size());
    const double slot = area.height() / double(tallest);
    const double notes = m.noteLines * m.noteHeight;
    const double wanted = std::max(m.valueWidth / 2 + padding, m.titleHeight * 1.1);
    const double room = (slot - m.titleHeight - notes - 4 * padding) / 2;
    g.radius = std::min(wanted * 1.15, room);
    if (g.radius < wanted * 0.9 && !lastChance)
        return false;
    g.radius = std::max(g.radius, 6.0);

    const std::size_t columns = data.layers.size();
    const double left = area.left() + std::max(g.radius, m.inputSide) + padding;
    const double outputRoom = std::max(g.radius + (m.lossWidth > 0 ? m.lossWidth + 2 * padding : 0), m.outputSide);
    const double right = area.right() - outputRoom - padding;
    const double step = columns > 1 ? (right - left) / double(columns - 1) : 0;
    if (columns > 1 && step - 2 * g.radius < m.labelWidth * 1.1 && !lastChance)
        return false;

    const double block = m.titleHeight + 2 * g.radius + notes + 2 * padding;
    g.centres.assign(columns, {});
    g.titleRects.assign(columns, {});
    g.noteRects.assign(columns, {});
    const QFontMetricsF title(g.titleFont), note(g.noteFont);
    for (std::size_t k = 0; k < columns; ++k) {
        const auto n = double(data.layers[k].size());
        const double x = columns > 1 ? left + step * double(k) : area.center().x();
        const double top = area.top() + (area.height() - n * slot) / 2;
        for (std::size_t j = 0; j < data.layers[k].size(); ++j) {
            const GraphNeuron& neuron = data.layers[k][j];
            const double blockTop = top + double(j) * slot + (slot - block) / 2;
            const QPointF centre(x, blockTop + m.titleHeight + padding + g.radius);
            g.centres[k].push_back(centre);
            const double titleWidth = title.horizontalAdvance(neuron.title) + 2 * padding;
            g.titleRects[k].push_back(QRectF(x - titleWidth / 2, blockTop, titleWidth, m.titleHeight));
            const double noteWidth = widest(note, neuron.notes) + 2 * padding;
            const double noteHeight = double(neuron.notes.size()) * m.noteHeight;
            g.noteRects[k].push_back(neuron.notes.isEmpty()
                                         ? QRectF()
                                         : QRectF(x - noteWidth / 2, centre.y() + g.radius + padding / 2,
                                                  noteWidth, noteHeight));
        }
    }
    if (m.lossWidth > 0 && !g.centres.back().empty()) {
        const double height = double(data.lossNotes.size()) * m.noteHeight + 2 * padding;
        const double x = g.centres.back().front().x() + g.radius + 2 * padding;
        double y = 0;
        for (const QPointF& c : g.centres.back())
            y += c.y();
        y /= double(g.centres.back().size());
        g.lossRect = QRectF(x, y - height / 2, m.lossWidth, height);
    }
    return true;
}

void placeLabels(const NetworkGraphData& data, const QRectF& area, const Measures& m,
                 NetworkGraphGeometry& g)
{
    std::vector<QRectF> obstacles;
    for (std::size_t k = 0; k < g.centres.size(); ++k)
        for (std::size_t j = 0; j < g.centres[k].size(); ++j) {
            const QPointF c = g.centres[k][j];
            obstacles.emplace_back(c.x() - g.radius, c.y() - g.radius, 2 * g.radius, 2 * g.radius);
            obstacles.push_back(g.titleRects[k][j]);
            if (!g.noteRects[k][j].isNull())
                obstacles.push_back(g.noteRects[k][j]);
        }
    if (!g.lossRect.isNull())
        obstacles.push_back(g.lossRect);

    const QFontMetricsF label(g.labelFont);
    g.edgeLines.clear();
    g.labelRects.clear();
    for (const GraphEdge& edge : data.edges) {
        const QPointF a = g.centres.at(std::size_t(edge.layer - 1)).at(std::size_t(edge.from));
        const QPointF b = g.centres.at(std::size_t(edge.layer)).at(std::size_t(edge.to));
        const QLineF full(a, b);
        const double length = std::max(full.length(), 1.0);
        const QPointF along = (b - a) / length;
        const QLineF line(a + along * g.radius, b - along * g.radius);
        g.edgeLines.push_back(line);

        const QSizeF size(label.horizontalAdvance(edge.label) + 8, m.labelHeight);
        QRectF best;
        double bestCost = 1e300;
        // On the edge first; then nudged half a label up or down, which still reads as its label.
        for (std::size_t candidate = 0; candidate < 3 * labelFractions.size(); ++candidate) {
            const std::size_t i = candidate % labelFractions.size();
            const double nudge = candidate < labelFractions.size() ? 0 : candidate < 2 * labelFractions.size() ? -0.6 : 0.6;
            const QPointF at = line.pointAt(labelFractions[i]) + QPointF(0, nudge * size.height());
            QRectF rect(at.x() - size.width() / 2, at.y() - size.height() / 2, size.width(), size.height());
            double cost = double(candidate) * 0.5;
            for (const QRectF& placed : g.labelRects)
                cost += 4 * overlap(rect, placed);
            for (const QRectF& obstacle : obstacles)
                cost += 2 * overlap(rect, obstacle);
            cost += 4 * (rect.width() * rect.height() - overlap(rect, area));
            if (cost < bestCost) {
                bestCost = cost;
                best = rect;
            }
        }
        g.labelRects.push_back(best);
    }
}

} // namespace

NetworkGraphGeometry layoutNetworkGraph(const NetworkGraphData& data, const QRectF& area,
                                        const QFont& baseFont)
{
    NetworkGraphGeometry g;
    if (data.layers.empty())
        return g;
    const double points = baseFont.pointSizeF() > 0 ? baseFont.pointSizeF() : 10;
    constexpr std::array<double, 6> scales = {1.0, 0.9, 0.8, 0.72, 0.65, 0.6};
    for (std::size_t s = 0; s < scales.size(); ++s) {
        g.scale = scales[s];
        g.titleFont = scaled(baseFont, points * g.scale);
        g.titleFont.setBold(true);
        g.valueFont = scaled(baseFont, (points - 1) * g.scale);
        g.noteFont = scaled(baseFont, (points - 2) * g.scale);
        g.labelFont = scaled(baseFont, (points - 2) * g.scale);
        const Measures m = measure(data, g);
        if (placeNeurons(data, area, m, s + 1 == scales.size(), g)) {
            placeLabels(data, area, m, g);
            break;
        }
    }
    return g;
}
