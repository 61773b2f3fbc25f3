// The shipped keyword model (resources/models/keywords.neurone, embedded as
// :/models/keywords.neurone) on freshly generated clips in voices it was NOT trained on:
// espeak-ng's held-out variants, speeds and pitches (SyntheticCorpus.h), each clip heard
// clean, through a telephone band (300–3400 Hz), in a reverberant room, with noise, and
// faster or slower — plus held-out unknown words and background-only clips.
// The whole, and each condition, must reach ≥ 90 % accuracy; the noise is white, 15 dB below
// the recording's RMS. Every held-out voice speaks every keyword and every held-out unknown word.
#include "audio/Augmentation.h"
#include "audio/KeywordModel.h"
#include "audio/SyntheticCorpus.h"
#include "core/KeywordsCommand.h"
#include "io/ModelStorage.h"
#include "io/SpeechSynthesizer.h"

#include <QTest>

#include <cmath>
#include <map>
#include <numeric>

using namespace neurone;

namespace {

enum class Condition { Clean, Telephone, Reverb, Noise, Tempo };
const char* conditionName(Condition c)
{
    static const char* names[] = {"clean", "telephone", "reverb", "noise", "tempo"};
    return names[int(c)];
}

std::vector<float> degrade(const std::vector<float>& x, Condition condition, std::mt19937& rng)
{
    switch (condition) {
    case Condition::Clean: return x;
    case Condition::Telephone: return telephoneBand(x, keywordSampleRate);
    case Condition::Reverb: return reverberate(x, keywordSampleRate, 0.5, 0.4, rng);
    case Condition::Noise: { // white noise 15 dB below the recording's RMS
        const double rms = std::sqrt(std::inner_product(x.begin(), x.end(), x.begin(), 0.0) / double(x.size()));
        return addNoise(x, rms * std::pow(10.0, -15.0 / 20), rng);
    }
    case Condition::Tempo: return tempoChange(x, keywordSampleRate, std::uniform_int_distribution<int>(0, 1)(rng) ? 0.85 : 1.15);
    }
    return x;
}

} // namespace

class TestKeywordModel : public QObject {
    Q_OBJECT
private slots:
    void shippedModelRecognisesHeldOutVoices()
    {
        QVERIFY2(io::speechSynthesizerProblem().isEmpty(), qPrintable(io::speechSynthesizerProblem()));
        auto loaded = io::readModelFile(cli::shippedKeywordModel);
        if (auto* problem = std::get_if<QString>(&loaded))
            QFAIL(qPrintable(*problem));
        KeywordClassifier classifier(std::get<ModelFile>(std::move(loaded)));
        QCOMPARE(classifier.vocabulary().keywords(), KeywordVocabulary::course().keywords());

        // Held-out voices never met in training; the unknown words are held-out words too.
        const std::vector<SyntheticVoice> voices = syntheticVoices(VoiceSet::HeldOut);
        const std::vector<SyntheticVoice> trained = syntheticVoices(VoiceSet::Training);
        for (const SyntheticVoice& voice : voices)
            for (const SyntheticVoice& other : trained)
                QVERIFY(voice.variant != other.variant && voice.speed != other.speed);
        std::vector<io::SpeechRequest> requests;
        std::vector<std::string> truth;
        for (const Keyword& keyword : classifier.vocabulary().keywords())
            for (std::size_t v = 0; v < voices.size(); ++v) { // all 24 held-out voices
                requests.push_back({QString::fromStdString(keyword.word), voices[v]});
                truth.push_back(keyword.word);
            }
        const std::vector<std::string> unknown = unknownWords(VoiceSet::HeldOut);
        for (std::size_t w = 0; w < unknown.size(); ++w)
            for (std::size_t v = 0; v < voices.size(); ++v) {
                requests.push_back({QString::fromStdString(unknown[w]), voices[v]});
                truth.emplace_back(unknownClass);
            }
        const auto spoken = io::speak(requests, 2);

        std::mt19937 rng(2026);
        std::map<std::string, std::pair<int, int>> score; // condition → right, total
        for (int c = 0; c <= int(Condition::Tempo); ++c) {
            const auto condition = Condition(c);
            for (std::size_t i = 0; i < spoken.size(); ++i) {
                QVERIFY(std::holds_alternative<AudioClip>(spoken[i]));
                const std::vector<float> heard = degrade(std::get<AudioClip>(spoken[i]).samples, condition, rng);
                auto& [right, total] = score[conditionName(condition)];
                right += classifier.classifyRecording(heard).keyword == truth[i];
                ++total;
            }
            for (int k = 0; k < 24; ++k) { // background only
                const std::vector<float> heard = degrade(backgroundClip(keywordWindowSamples, rng), condition, rng);
                auto& [right, total] = score[conditionName(condition)];
                right += classifier.classifyRecording(heard).keyword == silenceClass;
                ++total;
            }
        }
        int right = 0, total = 0;
        for (const auto& [condition, counts] : score) {
            qInfo("%-10s %d / %d = %.1f %%", condition.c_str(), counts.first, counts.second,
                  100.0 * counts.first / counts.second);
            right += counts.first;
            total += counts.second;
        }
        qInfo("all        %d / %d = %.1f %%", right, total, 100.0 * right / total);
        for (const auto& [condition, counts] : score)
            QVERIFY2(counts.first >= 0.9 * counts.second, condition.c_str());
        QVERIFY(right >= 0.9 * total);
    }
};

QTEST_GUILESS_MAIN(TestKeywordModel)
#include "test_keywordmodel.moc"
