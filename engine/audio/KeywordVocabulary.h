// The keyword demo's vocabulary (seed 000, "La reconnaissance de mots-clés"): the words an
// emergency call is sorted by, each with the service it goes to.
//   15 (SAMU)      malaise, hémorragie, brûlure, intoxication
//   17 (police)    violences, agression, vol, cambriolage
//   18 (pompiers)  incendie, gaz, effondrement, électrocution
// A classifier's classes are the keywords, then "silence" and "unknown" (added automatically).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace neurone {

inline constexpr std::string_view silenceClass = "silence";
inline constexpr std::string_view unknownClass = "unknown";

struct Keyword {
    std::string word;
    int service = 0; // 15, 17 or 18 for the course's words; 0 = none
    bool operator==(const Keyword&) const = default;
};

class KeywordVocabulary {
public:
    KeywordVocabulary() = default;
    explicit KeywordVocabulary(std::vector<Keyword> keywords);
    // The course's 12 keywords, grouped by service (15, 17, 18).
    static KeywordVocabulary course();

    const std::vector<Keyword>& keywords() const { return keywords_; }
    // The keywords' words, then "silence" and "unknown".
    std::vector<std::string> classNames() const;
    // The service of a class name (0 for silence, unknown, or a word not in the vocabulary).
    int service(std::string_view word) const;
    std::optional<std::size_t> find(std::string_view word) const;

    // Editing: each returns the problem ("'vol' is already a keyword", "a keyword cannot be
    // empty", "'silence' is reserved") or nothing when done.
    std::optional<std::string> add(Keyword keyword);
    std::optional<std::string> rename(std::string_view from, std::string_view to);
    std::optional<std::string> remove(std::string_view word);
    std::optional<std::string> setService(std::string_view word, int service);

private:
    std::optional<std::string> nameProblem(std::string_view word) const;
    std::vector<Keyword> keywords_;
};

} // namespace neurone
