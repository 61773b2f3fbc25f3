// Training voices: 3 languages × 24 variants × 3 speeds, pitch drawn from 4 values per voice.
// The variants are espeak-ng's m1–m6, f1–f4, klatt, klatt3 and 12 named ones whose "tone"
// settings give other timbres; none has the held-out m8's tone curve.
// Held-out voices: the same languages, 4 other variants, speeds and pitches not used in training.
#include "audio/SyntheticCorpus.h"

#include <cmath>

namespace neurone {

std::string SyntheticVoice::name() const
{
    return espeakVoice() + " s" + std::to_string(speed) + " p" + std::to_string(pitch);
}

std::vector<SyntheticVoice> syntheticVoices(VoiceSet set)
{
    const std::vector<std::string> languages = {"fr", "fr-be", "fr-ch"};
    const bool training = set == VoiceSet::Training;
    const std::vector<std::string> variants =
        training ? std::vector<std::string>{"m1", "m2", "m3", "m4", "m5", "m6", "f1", "f2", "f3", "f4", "klatt", "klatt3",
                                            "iven", "michel", "norbert", "paul", "john", "Hugo", "pablo",
                                            "travis", "Andy", "Denis", "max", "robert"}
                 : std::vector<std::string>{"m7", "f5", "klatt2", "m8"};
    const std::vector<int> speeds = training ? std::vector<int>{105, 145, 185} : std::vector<int>{125, 165};
    const std::vector<int> pitches = training ? std::vector<int>{30, 45, 60, 75} : std::vector<int>{38, 68};
    std::vector<SyntheticVoice> voices;
    std::size_t turn = 0;
    for (const std::string& language : languages)
        for (const std::string& variant : variants)
            for (const int speed : speeds)
                voices.push_back({language, variant, speed, pitches[turn++ % pitches.size()]});
    return voices;
}

std::vector<std::string> unknownWords(VoiceSet set)
{
    if (set == VoiceSet::Training)
        return {"bonjour", "maison", "voiture", "téléphone", "adresse", "urgence", "rapidement", "fenêtre",
                "quartier", "escalier", "voisin", "enfant", "docteur", "chaussure", "boulangerie", "jardin",
                "merci", "attendez", "allô", "oui", "non", "peut-être", "immeuble", "rue", "pharmacie",
                "tomate", "ordinateur", "musique", "parapluie", "vacances", "lumière", "bouteille", "fromage",
                "cinéma", "papillon", "bicyclette", "journal", "restaurant", "éléphant", "guitare", "soleil",
                "nuage", "printemps", "automne", "samedi", "dimanche", "mercredi", "boulevard", "carrefour",
                "ascenseur", "ambulance", "médicament", "hélicoptère", "aujourd'hui", "demain", "combien",
                "pourquoi", "toujours", "beaucoup", "orange", "banane", "carotte", "salade", "poisson", "poulet",
                "oiseau", "cheval", "lapin", "école", "bureau", "travail", "famille", "monsieur", "madame",
                "d'accord", "s'il vous plaît", "attention", "là-bas", "derrière", "premier", "troisième",
                "parfait", "difficile", "magnifique", "papier"};
    return {"bonsoir", "camion", "hôpital", "étage", "cuisine", "facteur", "montagne", "chocolat"};
}

std::vector<float> backgroundClip(std::size_t samples, std::mt19937& rng)
{
    std::vector<float> clip(samples, 0.0f);
    const int kind = std::uniform_int_distribution<int>(0, 3)(rng);
    if (kind == 3)
        return clip; // digital silence
    const double level = std::pow(10.0, std::uniform_real_distribution<double>(-70, -35)(rng) / 20);
    std::normal_distribution<double> gauss(0, 1);
    double pink = 0;
    for (std::size_t i = 0; i < samples; ++i) {
        const double white = gauss(rng);
        pink = 0.97 * pink + 0.03 * white * 8;
        const double hum = std::sin(2 * M_PI * 50 * double(i) / 16000) + 0.5 * std::sin(2 * M_PI * 150 * double(i) / 16000);
        const double value = kind == 0 ? white : kind == 1 ? pink : hum + 0.1 * white;
        clip[i] = float(level * value);
    }
    return clip;
}

} // namespace neurone
