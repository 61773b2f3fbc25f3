#include "training/NetworkBuilderText.h"

#include "training/NetworkBuilder.h"

#include "model/NetworkBuilder.h"

#include <QLocale>

using neurone::ActivationKind;
using neurone::LayerKind;
using neurone::LayerSpec;

QString layerKindTitle(LayerKind kind)
{
    switch (kind) {
    case LayerKind::Dense: return NetworkBuilder::tr("Dense");
    case LayerKind::Conv2D: return NetworkBuilder::tr("Conv2D");
    case LayerKind::MaxPool: return NetworkBuilder::tr("Max pool");
    case LayerKind::AvgPool: return NetworkBuilder::tr("Avg pool");
    case LayerKind::Flatten: return NetworkBuilder::tr("Flatten");
    case LayerKind::Dropout: return NetworkBuilder::tr("Dropout");
    case LayerKind::Activation: return NetworkBuilder::tr("Activation");
    }
    return {};
}

QString layerKindTip(LayerKind kind)
{
    switch (kind) {
    case LayerKind::Dense: return NetworkBuilder::tr("Dense: every neuron sees every input, Y = X W + b");
    case LayerKind::Conv2D: return NetworkBuilder::tr("Conv2D: filters slide over the image, one feature map each");
    case LayerKind::MaxPool: return NetworkBuilder::tr("Max pool: keeps the largest value of each window");
    case LayerKind::AvgPool: return NetworkBuilder::tr("Average pool: keeps the mean of each window");
    case LayerKind::Flatten: return NetworkBuilder::tr("Flatten: feature maps → one row of plain features");
    case LayerKind::Dropout: return NetworkBuilder::tr("Dropout: drops a fraction of its inputs while training");
    case LayerKind::Activation: return NetworkBuilder::tr("Activation: applies f to every value");
    }
    return {};
}

QString activationFunctionTitle(ActivationKind kind)
{
    switch (kind) {
    case ActivationKind::Sigmoid: return NetworkBuilder::tr("sigmoid");
    case ActivationKind::Tanh: return NetworkBuilder::tr("tanh");
    case ActivationKind::ReLU: return NetworkBuilder::tr("ReLU");
    case ActivationKind::LeakyReLU: return NetworkBuilder::tr("leaky ReLU");
    case ActivationKind::ELU: return NetworkBuilder::tr("ELU");
    case ActivationKind::Softplus: return NetworkBuilder::tr("softplus");
    case ActivationKind::Linear: return NetworkBuilder::tr("linear");
    case ActivationKind::Softmax: return NetworkBuilder::tr("softmax");
    case ActivationKind::Step: return NetworkBuilder::tr("step");
    }
    return {};
}

QString layerSettingsText(const LayerSpec& layer)
{
    const QLocale locale;
    switch (layer.kind) {
    case LayerKind::Dense: return locale.toString(layer.units);
    case LayerKind::Conv2D:
        return QStringLiteral("%1×%1×%2").arg(layer.size).arg(layer.units)
               + (layer.samePadding ? NetworkBuilder::tr(" same") : QString());
    case LayerKind::MaxPool:
    case LayerKind::AvgPool: return QStringLiteral("%1×%1").arg(layer.size);
    case LayerKind::Flatten: return {};
    case LayerKind::Dropout: return locale.toString(double(layer.rate), 'g', 3);
    case LayerKind::Activation: return activationFunctionTitle(layer.activation);
    }
    return {};
}

QString layerSettingsTip(const LayerSpec& layer)
{
    switch (layer.kind) {
    case LayerKind::Dense: return NetworkBuilder::tr("%n neuron(s)", nullptr, layer.units);
    case LayerKind::Conv2D:
        return (layer.samePadding ? NetworkBuilder::tr("%n filter(s) of %1×%1, same padding (output as large as the input)",
                                                       nullptr, layer.units)
                                  : NetworkBuilder::tr("%n filter(s) of %1×%1, no padding", nullptr, layer.units))
            .arg(layer.size);
    case LayerKind::MaxPool:
    case LayerKind::AvgPool: return NetworkBuilder::tr("Windows of %1×%1, stride %1").arg(layer.size);
    case LayerKind::Flatten: return NetworkBuilder::tr("Flatten has no setting");
    case LayerKind::Dropout:
        return NetworkBuilder::tr("Drops %1 % of its inputs while training").arg(QLocale().toString(double(layer.rate) * 100, 'g', 3));
    case LayerKind::Activation: return NetworkBuilder::tr("The activation function f");
    }
    return {};
}

QString outputShapeText(const std::optional<neurone::Shape>& shape)
{
    return shape ? QString::fromStdString(neurone::shapeText(*shape)) : QStringLiteral("?");
}

QString parameterCountText(std::size_t count) { return QLocale().toString(qulonglong(count)); }

LayerSpec defaultLayerSpec(LayerKind kind)
{
    LayerSpec layer;
    layer.kind = kind;
    switch (kind) {
    case LayerKind::Dense: layer.units = 10; break;
    case LayerKind::Conv2D: layer.units = 16; layer.size = 3; break;
    case LayerKind::MaxPool:
    case LayerKind::AvgPool: layer.size = 2; break;
    case LayerKind::Flatten: break;
    case LayerKind::Dropout: layer.rate = 0.25f; break;
    case LayerKind::Activation: layer.activation = ActivationKind::ReLU; break;
    }
    return layer;
}
