// The course's vocabulary (seed 000): 15 malaise, hémorragie, brûlure, intoxication;
// 17 violences, agression, vol, cambriolage; 18 incendie, gaz, effondrement, électrocution.
#include "audio/KeywordVocabulary.h"

#include <algorithm>

namespace neurone {

namespace {

// "'word' " + what. (Built with append: GCC 12 warns falsely on "'" + std::string(…).)
std::string aboutWord(std::string_view word, std::string_view what)
{
    std::string text(1, '\'');
    text.append(word).append("' ").append(what);
    return text;
}

} // namespace

KeywordVocabulary::KeywordVocabulary(std::vector<Keyword> keywords)
{
    for (Keyword& keyword : keywords)
        add(std::move(keyword)); // duplicates and reserved names are skipped
}

KeywordVocabulary KeywordVocabulary::course()
{
    return KeywordVocabulary({{"malaise", 15}, {"hémorragie", 15}, {"brûlure", 15}, {"intoxication", 15},
                              {"violences", 17}, {"agression", 17}, {"vol", 17}, {"cambriolage", 17},
                              {"incendie", 18}, {"gaz", 18}, {"effondrement", 18}, {"électrocution", 18}});
}

std::vector<std::string> KeywordVocabulary::classNames() const
{
    std::vector<std::string> names;
    for (const Keyword& keyword : keywords_)
        names.push_back(keyword.word);
    names.emplace_back(silenceClass);
    names.emplace_back(unknownClass);
    return names;
}

int KeywordVocabulary::service(std::string_view word) const
{
    const auto index = find(word);
    return index ? keywords_[*index].service : 0;
}

std::optional<std::size_t> KeywordVocabulary::find(std::string_view word) const
{
    const auto it = std::find_if(keywords_.begin(), keywords_.end(),
                                 [&](const Keyword& keyword) { return keyword.word == word; });
    if (it == keywords_.end())
        return std::nullopt;
    return std::size_t(it - keywords_.begin());
}

std::optional<std::string> KeywordVocabulary::nameProblem(std::string_view word) const
{
    if (word.empty() || word.find_first_not_of(" \t") == std::string_view::npos)
        return "a keyword cannot be empty";
    if (word == silenceClass || word == unknownClass)
        return aboutWord(word, "is reserved (it is added automatically)");
    if (word.find_first_of(",\n\r\"/\\") != std::string_view::npos)
        return aboutWord(word, "cannot be a keyword: it contains , \" / \\ or a line break");
    if (find(word))
        return aboutWord(word, "is already a keyword");
    return std::nullopt;
}

std::optional<std::string> KeywordVocabulary::add(Keyword keyword)
{
    if (auto problem = nameProblem(keyword.word))
        return problem;
    keywords_.push_back(std::move(keyword));
    return std::nullopt;
}

std::optional<std::string> KeywordVocabulary::rename(std::string_view from, std::string_view to)
{
    const auto index = find(from);
    if (!index)
        return aboutWord(from, "is not a keyword");
    if (from == to)
        return std::nullopt;
    if (auto problem = nameProblem(to))
        return problem;
    keywords_[*index].word = std::string(to);
    return std::nullopt;
}

std::optional<std::string> KeywordVocabulary::remove(std::string_view word)
{
    const auto index = find(word);
    if (!index)
        return aboutWord(word, "is not a keyword");
    keywords_.erase(keywords_.begin() + std::ptrdiff_t(*index));
    return std::nullopt;
}

std::optional<std::string> KeywordVocabulary::setService(std::string_view word, int service)
{
    const auto index = find(word);
    if (!index)
        return aboutWord(word, "is not a keyword");
    if (service < 0 || service > 999)
        return "a service number goes from 0 (none) to 999";
    keywords_[*index].service = service;
    return std::nullopt;
}

} // namespace neurone
