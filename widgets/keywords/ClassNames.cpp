#include "keywords/ClassNames.h"

#include "audio/KeywordVocabulary.h"

#include <QCoreApplication>

QString shownClassName(const std::string& name)
{
    if (name == neurone::silenceClass)
        return QCoreApplication::translate("KeywordClasses", "silence");
    if (name == neurone::unknownClass)
        return QCoreApplication::translate("KeywordClasses", "unknown");
    return QString::fromStdString(name);
}

std::vector<std::string> shownClassNames(const std::vector<std::string>& names)
{
    std::vector<std::string> shown;
    shown.reserve(names.size());
    for (const std::string& name : names)
        shown.push_back(shownClassName(name).toStdString());
    return shown;
}
