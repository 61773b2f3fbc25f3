#include "perceptron/BackpropSession.h"

using neurone::Batch;
using neurone::EpochRecord;
using neurone::TinyNetwork;
using neurone::TracePhase;

namespace {

struct Place {
    int step = -1; // g, or −1 at p = 0
    TracePhase phase = TracePhase::Forward;
};

Place placeOf(int position)
{
    if (position <= 0)
        return {};
    return {(position - 1) / 3, TracePhase((position - 1) % 3)};
}

} // namespace

void BackpropSession::reset(const TinyNetwork& network, const Batch& inputs, const Batch& targets,
                            int firstObservation)
{
    inputs_ = inputs;
    targets_ = targets;
    rebase(network, firstObservation, 0, {neurone::recordEpoch(network, inputs_, targets_, 0)});
}

void BackpropSession::rebase(const TinyNetwork& network, int observation, int presented,
                             std::vector<EpochRecord> history)
{
    start_ = network;
    const int count = std::max(1, observationCount());
    firstObservation_ = ((observation % count) + count) % count;
    startPresented_ = presented;
    history_ = std::move(history);
    steps_.clear();
}

const BackpropSession::Step& BackpropSession::step(int g)
{
    while (int(steps_.size()) <= g) {
        const int k = int(steps_.size());
        const TinyNetwork& from = k == 0 ? start_ : steps_.back().trace.after;
        const Eigen::Index row = (firstObservation_ + k) % observationCount();
        Step next{neurone::traceObservation(from, inputs_.row(row), targets_.row(row)), std::nullopt};
        const int presented = startPresented_ + k + 1;
        if (presented % observationCount() == 0)
            next.epochEnd = neurone::recordEpoch(next.trace.after, inputs_, targets_,
                                                 presented / observationCount());
        steps_.push_back(std::move(next));
    }
    return steps_[std::size_t(g)];
}

BackpropSession::View BackpropSession::viewAt(int position)
{
    const Place place = placeOf(position);
    View view;
    if (place.step < 0) {
        view.network = &start_;
        view.observation = firstObservation_;
        view.presented = startPresented_;
        return view;
    }
    const Step& s = step(place.step);
    view.trace = &s.trace;
    view.phase = place.phase;
    view.network = place.phase == TracePhase::Update ? &s.trace.after : &s.trace.before;
    view.observation = (firstObservation_ + place.step) % observationCount();
    view.presented = startPresented_ + place.step;
    return view;
}

const TinyNetwork& BackpropSession::networkAt(int position)
{
    return *viewAt(position).network;
}

std::vector<EpochRecord> BackpropSession::historyAt(int position)
{
    std::vector<EpochRecord> history = history_;
    const Place place = placeOf(position);
    const int lastUpdated = place.phase == TracePhase::Update ? place.step : place.step - 1;
    for (int g = 0; g <= lastUpdated; ++g)
        if (const auto& record = step(g).epochEnd)
            history.push_back(*record);
    return history;
}

int BackpropSession::epochsAt(int position) { return historyAt(position).back().epoch; }

int BackpropSession::epochEndPosition(int position) const
{
    const int count = std::max(1, observationCount());
    const int nextStep = std::max(0, position) / 3 + 1; // steps taken once the next one is
    int steps = count - startPresented_ % count;       // the first epoch end
    if (steps < nextStep)
        steps += (nextStep - steps + count - 1) / count * count;
    return 3 * steps;
}

int BackpropSession::edit(int position, EditOf what, const Edit& edit)
{
    const Place place = placeOf(position);
    if (place.step < 0) {
        TinyNetwork network = start_;
        int observation = firstObservation_;
        edit(network, inputs_, targets_, observation);
        rebase(network, observation, startPresented_, history_);
        return 0;
    }
    const bool afterUpdate = what == EditOf::Shown && place.phase == TracePhase::Update;
    const int g = place.step;
    const int stepsKept = afterUpdate ? g + 1 : g;
    std::vector<EpochRecord> history = historyAt(afterUpdate ? position : position - 1 - int(place.phase));
    TinyNetwork network = afterUpdate ? step(g).trace.after : step(g).trace.before;
    int observation = (firstObservation_ + stepsKept) % observationCount();
    const int presented = startPresented_ + stepsKept;
    edit(network, inputs_, targets_, observation);
    rebase(network, observation, presented, std::move(history));
    return afterUpdate ? 0 : 1 + int(place.phase);
}

int BackpropSession::train(int position, int epochs)
{
    const View view = viewAt(position);
    const bool updated = view.phase == TracePhase::Update;
    TinyNetwork network = *view.network;
    std::vector<EpochRecord> history = historyAt(updated ? position : position - 1 - int(view.phase.value_or(TracePhase::Forward)));
    int presented = view.presented + (updated ? 1 : 0);
    int observation = view.observation + (updated ? 1 : 0);
    const int count = observationCount();
    for (int i = 0; i < epochs * count; ++i) {
        const Eigen::Index row = observation % count;
        network = neurone::traceObservation(network, inputs_.row(row), targets_.row(row)).after;
        ++observation;
        if (++presented % count == 0)
            history.push_back(neurone::recordEpoch(network, inputs_, targets_, presented / count));
    }
    rebase(network, observation, presented, std::move(history));
    return 0;
}
