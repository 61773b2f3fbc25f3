#include "inspect/WeightImages.h"

#include "conv/Conv2D.h"
#include "model/NetworkBuilder.h"
#include "nn/Dense.h"

#include <algorithm>
#include <stdexcept>

namespace neurone {

namespace {

bool isImage(Shape shape) { return shape.height > 1 && shape.width > 1; }

// Columns of W [C·H·W × N] as planes.
WeightImages denseTemplates(const Dense& dense, Shape image)
{
    WeightImages result;
    result.kind = WeightImageKind::DenseTemplates;
    result.units = dense.outputs();
    result.channels = image.channels;
    const Batch& w = dense.weights();
    const int area = image.height * image.width;
    for (int j = 0; j < result.units; ++j)
        for (int c = 0; c < image.channels; ++c) {
            Plane plane(image.height, image.width);
            for (int p = 0; p < area; ++p)
                plane(p / image.width, p % image.width) = w(c * area + p, j);
            result.planes.push_back(std::move(plane));
        }
    return result;
}

// Rows of W [K × C·F_h·F_w] as planes.
WeightImages convFilters(const Conv2D& conv)
{
    WeightImages result;
    result.kind = WeightImageKind::ConvFilters;
    result.units = conv.filters();
    result.channels = conv.inputShape().channels;
    const int fh = conv.geometry().rows.window, fw = conv.geometry().cols.window;
    const Batch& w = conv.kernels();
    for (int k = 0; k < result.units; ++k)
        for (int c = 0; c < result.channels; ++c) {
            Plane plane(fh, fw);
            for (int p = 0; p < fh * fw; ++p)
                plane(p / fw, p % fw) = w(k, c * fh * fw + p);
            result.planes.push_back(std::move(plane));
        }
    return result;
}

WeightImages refused(std::string reason)
{
    WeightImages result;
    result.refusal = std::move(reason);
    return result;
}

} // namespace

WeightImages firstLayerWeightImages(const Sequential& network, Shape input)
{
    if (!isImage(input))
        return refused("the network takes " + describeInput(input) + ", not images: its weights do not draw as pictures");
    Shape shape = input;     // what the layer sees, as it reaches it
    Shape lastImage = input; // the latest image shape on the way (flatten keeps its size)
    for (std::size_t i = 0; i < network.layerCount(); ++i) {
        const Layer& layer = network.layer(i);
        if (const auto* conv = dynamic_cast<const Conv2D*>(&layer))
            return convFilters(*conv);
        if (const auto* dense = dynamic_cast<const Dense*>(&layer)) {
            if (dense->inputs() != lastImage.size())
                return refused("the first dense layer does not take an image's pixels");
            return denseTemplates(*dense, lastImage);
        }
        if (layer.parameterCount() > 0)
            return refused("the first weighted layer (" + layer.name() + ") does not draw as pictures");
        try {
            shape = layer.outputShape(shape);
        } catch (const std::invalid_argument& error) {
            return refused(error.what());
        }
        if (isImage(shape))
            lastImage = shape;
    }
    return refused("the network has no weighted layer");
}

float symmetricRange(const std::vector<Plane>& planes)
{
    float range = 0;
    for (const Plane& plane : planes)
        if (plane.size() > 0)
            range = std::max(range, plane.abs().maxCoeff());
    return range;
}

} // namespace neurone
