#pragma once

#include <QString>
#include <QtGlobal>

#include <string>
#include <string_view>
#include <vector>

namespace InviteDesk {

// One list's invitations in the few bytes each that filtering and sorting need, so
// that 1,000,000 of them fit in memory: the id, the case-folded name, headline and
// company (UTF-8, for search and sort), the two times and whether an action is queued.
// What a row shows is read from the cache only for the rows on screen. A slot is a
// row's fixed place here; a slot that left the list is marked gone and never reused.
class InvitationTable final
{
public:
    using Slot = quint32;
    enum Flag : quint8 { ActionQueued = 1, Gone = 2 };

    qsizetype slotCount() const { return static_cast<qsizetype>(m_texts.size()); }
    // Room for `rows` rows of `textBytes` bytes of text in all: growing a million rows'
    // arrays by doubling held the old and the new copy at once.
    void reserve(qsizetype rows, qsizetype textBytes);

    // Folds the texts itself; the UTF-8 variant is the reader's fast path.
    Slot append(std::string_view id, std::string_view name, std::string_view headline, std::string_view company,
                qint64 sentAtMs, qint64 changedAtMs, bool actionQueued);
    // A slot's row changed in the cache: its new texts go to the end of the text store.
    void update(Slot slot, std::string_view name, std::string_view headline, std::string_view company,
                qint64 sentAtMs, qint64 changedAtMs, bool actionQueued);
    void markGone(Slot slot) { m_flags[slot] |= Gone; }

    bool isGone(Slot slot) const { return m_flags[slot] & Gone; }
    bool isActionQueued(Slot slot) const { return m_flags[slot] & ActionQueued; }
    qint64 sentAtMs(Slot slot) const { return m_sentAt[slot]; }
    qint64 changedAtMs(Slot slot) const { return m_changedAt[slot]; }
    std::string_view id(Slot slot) const { return {m_text.data() + m_texts[slot].offset, m_texts[slot].id}; }
    QString idString(Slot slot) const;
    // Folded: compare and search these with text folded by fold().
    std::string_view name(Slot slot) const;
    std::string_view headline(Slot slot) const;
    std::string_view company(Slot slot) const;
    // Name, headline and company with a separator no search word contains.
    std::string_view searchText(Slot slot) const;

    // Case-folded UTF-8, as the texts above are kept.
    static std::string fold(QStringView text);
    static constexpr char separator = '\x1f';

private:
    struct Texts
    {
        quint32 offset = 0; // of the id; the folded texts follow it
        quint16 id = 0, name = 0, headline = 0, company = 0;
    };
    Texts store(std::string_view id, std::string_view name, std::string_view headline, std::string_view company);
    void appendFolded(std::string_view utf8);

    std::vector<Texts> m_texts;
    std::vector<qint64> m_sentAt;
    std::vector<qint64> m_changedAt;
    std::vector<quint8> m_flags;
    std::string m_text;
};

} // namespace InviteDesk
