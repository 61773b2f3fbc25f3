// What a training run starts from when nobody says otherwise — shared by `neurone-cli train`
// and the training panel so that both train the same network the same way:
//   dataset → preset     xor, or → xor;  circles, spirals, gaussians → toy;
//                        mnist → softmax;  fashion-mnist → cnn
//   layers → loss        cross-entropy after a final softmax, else MSE
//   model file → settings  its saved "setting.*" keys (loss, optimizer, learning_rate,
//                        momentum, batch_size, epochs, l1, l2, lr_schedule, lr_step_epochs,
//                        lr_step_factor, lr_floor), each checked; where a key is
//                        missing or unusable: Adam t = 0.001, batches of 32, 10 epochs
#pragma once

#include "data/DatasetCatalog.h"
#include "model/LayerList.h"
#include "model/ModelPresets.h"
#include "train/TrainingSettings.h"

#include <string>
#include <utility>
#include <vector>

namespace neurone {

ModelPreset defaultPreset(DatasetKind kind);
LossKind defaultLoss(const std::vector<LayerSpec>& layers);
// The settings saved with a model (key → value, as settingsKeyValues() wrote them).
TrainingSettings savedSettings(const std::vector<std::pair<std::string, std::string>>& saved,
                               const std::vector<LayerSpec>& layers);

} // namespace neurone
