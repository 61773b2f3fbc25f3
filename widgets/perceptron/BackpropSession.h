// What the backpropagation inspector is stepping through: a network, the observations, and
// the sequence of steps taken from a starting point. Step g presents observation
// o_g = (first + g) mod R to the network N_g and yields N_{g+1} (engine: traceObservation);
// each step shows three phases, so playback position p ≥ 1 is step (p − 1) / 3 in phase
// (p − 1) mod 3 (forward, backward, update), and p = 0 is the starting network alone.
// An epoch ends each time R more observations have been presented.
// No maths here: every value comes from engine/backprop.
#pragma once

#include "backprop/BackpropTrace.h"

#include <deque>
#include <functional>
#include <optional>
#include <vector>

class BackpropSession {
public:
    // What position p shows.
    struct View {
        const neurone::TinyNetwork* network = nullptr; // the weights shown (after the update in Update)
        const neurone::BackpropTrace* trace = nullptr; // nullptr at p = 0
        std::optional<neurone::TracePhase> phase;      // none at p = 0
        int observation = 0;                           // presented now (p = 0: next)
        int presented = 0;                             // observations presented before this one
    };

    // Starts over: no step taken, history = the untrained network (epoch 0).
    void reset(const neurone::TinyNetwork& network, const neurone::Batch& inputs,
               const neurone::Batch& targets, int firstObservation);

    const neurone::Batch& inputs() const { return inputs_; }
    const neurone::Batch& targets() const { return targets_; }
    int observationCount() const { return int(inputs_.rows()); }
    const neurone::TinyNetwork& start() const { return start_; }

    View viewAt(int position);
    // The network in force at p: what the next step would start from.
    const neurone::TinyNetwork& networkAt(int position);
    // Loss and outputs per epoch, up to what position p has revealed.
    std::vector<neurone::EpochRecord> historyAt(int position);
    // Completed epochs at p.
    int epochsAt(int position);
    // The position where the epoch that the next step belongs to ends (its last update).
    int epochEndPosition(int position) const;

    // Edits start stepping again from p. `Step` edits (learning rate, the observation) change
    // N_g, the network of the step shown, and keep its phase; `Shown` edits (a weight or bias)
    // change the weights on screen: N_g in forward and backward, N_{g+1} after the update.
    // `edit` may also change the observations (inputs, targets) or the observation presented.
    // Returns the position to show afterwards.
    enum class EditOf { Step, Shown };
    using Edit = std::function<void(neurone::TinyNetwork& network, neurone::Batch& inputs,
                                    neurone::Batch& targets, int& observation)>;
    int edit(int position, EditOf what, const Edit& edit);
    // Presents epochs × R observations from the network in force at p, in turn, then starts
    // stepping from there (returns position 0).
    int train(int position, int epochs);

private:
    struct Step {
        neurone::BackpropTrace trace;
        std::optional<neurone::EpochRecord> epochEnd; // when this update ends an epoch
    };
    const Step& step(int g); // computed on demand, in order
    void rebase(const neurone::TinyNetwork& network, int observation, int presented,
                std::vector<neurone::EpochRecord> history);

    neurone::Batch inputs_;
    neurone::Batch targets_;
    neurone::TinyNetwork start_;
    int firstObservation_ = 0;
    int startPresented_ = 0;
    std::vector<neurone::EpochRecord> history_; // up to start_
    std::deque<Step> steps_; // a deque: views keep pointing at earlier steps as more are added
};
