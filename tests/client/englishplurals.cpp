// The client tests run in English as the application does: with invitedesk_en installed,
// which is what turns "%n invitation(s)" into "1 invitation" and "2 invitations".
// A test that switches language (test_translations.cpp) removes its catalogues again.
#define CATCH_CONFIG_EXTERNAL_INTERFACES
#include <catch2/catch.hpp>

#include "session/translationloader.h"

#include <memory>

namespace {

class EnglishPlurals final : public Catch::TestEventListenerBase
{
public:
    using TestEventListenerBase::TestEventListenerBase;

    void testRunStarting(const Catch::TestRunInfo &info) override
    {
        m_translations = std::make_unique<InviteDesk::TranslationLoader>();
        m_translations->install(QLocale(QLocale::English, QLocale::UnitedStates));
        TestEventListenerBase::testRunStarting(info);
    }

    void testRunEnded(const Catch::TestRunStats &stats) override
    {
        m_translations.reset();
        TestEventListenerBase::testRunEnded(stats);
    }

private:
    std::unique_ptr<InviteDesk::TranslationLoader> m_translations;
};

} // namespace

CATCH_REGISTER_LISTENER(EnglishPlurals)
