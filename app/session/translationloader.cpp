#include "session/translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTranslations, "invitedesk.translations", QtInfoMsg)

namespace InviteDesk {

namespace {

// Where qt_add_translations() embeds the .qm files (resources/translations/CMakeLists.txt).
const QString catalogueFolder = u":/i18n"_s;
const QString catalogueName = u"invitedesk"_s;

} // namespace

TranslationLoader::~TranslationLoader()
{
    uninstall();
}

bool TranslationLoader::install(const QLocale &locale)
{
    uninstall();
    bool matched = m_app.load(locale, catalogueName, u"_"_s, catalogueFolder);
    if (!matched && !m_app.load(QLocale(QLocale::English), catalogueName, u"_"_s, catalogueFolder))
        qCWarning(lcTranslations) << "no catalogue in" << catalogueFolder << "for" << locale.uiLanguages();
    if (!m_app.isEmpty())
        m_installed = QCoreApplication::installTranslator(&m_app);
    // Debian's qt6-translations-l10n; without it the standard buttons stay English.
    if (m_qt.load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        m_qtInstalled = QCoreApplication::installTranslator(&m_qt);
    qCDebug(lcTranslations) << "catalogue" << language() << "for" << locale.uiLanguages();
    return matched;
}

void TranslationLoader::uninstall()
{
    if (m_installed)
        QCoreApplication::removeTranslator(&m_app);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qt);
    m_installed = false;
    m_qtInstalled = false;
}

} // namespace InviteDesk
