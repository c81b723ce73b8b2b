#pragma once

#include <QLocale>
#include <QString>
#include <QTranslator>

namespace InviteDesk {

// Installs the application's catalogue (embedded under :/i18n) and Qt's own one (the
// buttons of standard dialogs) for a locale, and removes them again when it goes. A
// locale InviteDesk has no catalogue for gets the English one: the sources are English,
// but only that catalogue knows "1 invitation" from "2 invitations".
class TranslationLoader final
{
public:
    TranslationLoader() = default;
    ~TranslationLoader();
    Q_DISABLE_COPY_MOVE(TranslationLoader)

    // Replaces what an earlier call installed. True when a catalogue of InviteDesk's
    // own matched the locale (false: English was installed instead).
    bool install(const QLocale &locale);
    void uninstall();

    // The language of the installed application catalogue ("de", "en"), or empty.
    QString language() const { return m_installed ? m_app.language() : QString(); }

private:
    QTranslator m_app;
    QTranslator m_qt;
    bool m_installed = false;
    bool m_qtInstalled = false;
};

} // namespace InviteDesk
