#include "inspect/FeatureMaps.h"

#include "conv/Conv2D.h"
#include "conv/Pool2D.h"
#include "nn/Dropout.h"

#include <stdexcept>

namespace neurone {

namespace {

bool isImage(Shape shape) { return shape.height > 1 && shape.width > 1; }

// The output shape of every layer, first layer first.
std::vector<Shape> layerShapes(const Sequential& network, Shape input)
{
    std::vector<Shape> shapes;
    for (std::size_t i = 0; i < network.layerCount(); ++i) {
        input = network.layer(i).outputShape(input);
        shapes.push_back(input);
    }
    return shapes;
}

// Row 0 of `activation` [1 × C·H·W] as C planes [H × W].
std::vector<Plane> planesOf(const Batch& activation, Shape shape)
{
    std::vector<Plane> planes;
    const Eigen::Index area = Eigen::Index(shape.height) * shape.width;
    for (int c = 0; c < shape.channels; ++c)
        planes.push_back(Eigen::Map<const Plane>(activation.data() + c * area, shape.height, shape.width));
    return planes;
}

} // namespace

std::string layerDescription(const Layer& layer)
{
    if (const auto* conv = dynamic_cast<const Conv2D*>(&layer)) {
        const WindowGeometry& g = conv->geometry();
        std::string text = "conv2d " + std::to_string(g.rows.window) + "x" + std::to_string(g.cols.window) + "x" +
                           std::to_string(conv->filters());
        const bool padded = g.rows.padBefore + g.rows.padAfter + g.cols.padBefore + g.cols.padAfter > 0;
        return padded ? text + " same" : text;
    }
    if (const auto* pool = dynamic_cast<const Pool2D*>(&layer))
        return pool->name() + " " + std::to_string(pool->geometry().rows.window);
    return layer.name();
}

std::vector<LayerMaps> featureMaps(const Sequential& network, Shape input, const Batch& sample)
{
    if (sample.rows() != 1 || sample.cols() != input.size())
        throw std::invalid_argument("feature maps take one sample of the network's input size");
    const std::vector<Shape> shapes = layerShapes(network, input);
    std::size_t lastImage = 0; // one past the last image-shaped layer: no need to run further
    for (std::size_t i = 0; i < shapes.size(); ++i)
        if (isImage(shapes[i]))
            lastImage = i + 1;

    std::vector<LayerMaps> result;
    Batch activation = sample;
    for (std::size_t i = 0; i < lastImage; ++i) {
        const Layer& original = network.layer(i);
        if (dynamic_cast<const Dropout*>(&original))
            continue; // the identity at inference
        activation = original.clone()->forward(activation);
        if (isImage(shapes[i]))
            result.push_back({i, layerDescription(original), shapes[i], planesOf(activation, shapes[i])});
    }
    return result;
}

} // namespace neurone
