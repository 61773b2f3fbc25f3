// The names the keyword panel shows for a model's classes: the two classes every keyword model
// has, "silence" and "unknown", in the user's language ("silence", "inconnu"); the keywords as
// the vocabulary spells them. The model file keeps the untranslated names.
#pragma once

#include <QString>

#include <string>
#include <vector>

QString shownClassName(const std::string& name);
std::vector<std::string> shownClassNames(const std::vector<std::string>& names);
