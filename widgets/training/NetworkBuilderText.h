// What the network builder writes about a layer: its kind ("Conv2D"), its settings in a few
// characters ("3×3×16 same", F×F×K as in the text form) with a sentence for the tooltip ("16 filters of 3×3, same
// padding"), an output shape ("16×26×26", "128", "?" when unknown), and the layer a new row of
// each kind starts as (dense 10, conv2d 3x3x16, maxpool 2, flatten, dropout 0.25, relu).
#pragma once

#include "model/LayerList.h"

#include <QString>

#include <array>
#include <cstddef>
#include <optional>

inline constexpr std::array allLayerKinds = {
    neurone::LayerKind::Dense,   neurone::LayerKind::Conv2D,  neurone::LayerKind::MaxPool,
    neurone::LayerKind::AvgPool, neurone::LayerKind::Flatten, neurone::LayerKind::Dropout,
    neurone::LayerKind::Activation};

QString layerKindTitle(neurone::LayerKind kind);
QString layerKindTip(neurone::LayerKind kind);
QString activationFunctionTitle(neurone::ActivationKind kind);
QString layerSettingsText(const neurone::LayerSpec& layer);
QString layerSettingsTip(const neurone::LayerSpec& layer);
QString outputShapeText(const std::optional<neurone::Shape>& shape);
// Grouped per the default locale: "27,210" in English, "27 210" in French.
QString parameterCountText(std::size_t count);
neurone::LayerSpec defaultLayerSpec(neurone::LayerKind kind);
