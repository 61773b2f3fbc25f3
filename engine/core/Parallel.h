// Per-sample work shared among the threads Eigen may use (Eigen::setNbThreads, --threads T),
// with OpenMP:   [0, count) = chunk 0 ∪ chunk 1 ∪ …,  chunk c = [c·size, min((c + 1)·size, count))
// The chunk size is FIXED, whatever the number of threads, and whatever chunks sum is added up
// in chunk order afterwards (see chunkCount), so the numbers are the same, bit for bit, with
// 1 or N threads and from run to run. Without OpenMP the chunks simply run one after another.
// The body must not throw (an exception cannot leave an OpenMP region).
#pragma once

#include <Eigen/Core>

#include <algorithm>

namespace neurone {

inline Eigen::Index chunkCount(Eigen::Index count, Eigen::Index chunkSize)
{
    return (count + chunkSize - 1) / chunkSize;
}

// Calls body(chunk, first, last) for every chunk [first, last) of [0, count).
template <typename Body>
void parallelChunks(Eigen::Index count, Eigen::Index chunkSize, const Body& body)
{
    const Eigen::Index chunks = chunkCount(count, chunkSize);
    [[maybe_unused]] const int threads = int(std::clamp<Eigen::Index>(chunks, 1, Eigen::nbThreads()));
#if defined(_OPENMP)
#pragma omp parallel for schedule(static) num_threads(threads) if (threads > 1)
#endif
    for (Eigen::Index c = 0; c < chunks; ++c)
        body(c, c * chunkSize, std::min(count, (c + 1) * chunkSize));
}

} // namespace neurone
