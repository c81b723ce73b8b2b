#include "cache/invitationtable.h"

#include <algorithm>

namespace InviteDesk {

namespace {

constexpr qsizetype longestText = 0xffff; // what a length field holds; longer texts are cut for search

bool isAscii(std::string_view text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

std::string_view cut(std::string_view text)
{
    return text.substr(0, std::min<size_t>(text.size(), longestText));
}

} // namespace

void InvitationTable::reserve(qsizetype rows, qsizetype textBytes)
{
    m_texts.reserve(rows);
    m_sentAt.reserve(rows);
    m_changedAt.reserve(rows);
    m_flags.reserve(rows);
    m_text.reserve(textBytes);
}

std::string InvitationTable::fold(QStringView text)
{
    return text.toString().toCaseFolded().toStdString();
}

void InvitationTable::appendFolded(std::string_view utf8)
{
    // Most names, headlines and companies are ASCII: fold those without a QString.
    if (isAscii(utf8)) {
        for (const char c : utf8)
            m_text.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
        return;
    }
    m_text += fold(QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size())));
}

InvitationTable::Texts InvitationTable::store(std::string_view id, std::string_view name, std::string_view headline,
                                              std::string_view company)
{
    Texts texts;
    texts.offset = static_cast<quint32>(m_text.size());
    id = cut(id);
    m_text += id;
    texts.id = static_cast<quint16>(id.size());
    quint16 *lengths[] = {&texts.name, &texts.headline, &texts.company};
    const std::string_view fields[] = {name, headline, company};
    for (int i = 0; i < 3; ++i) {
        const size_t start = m_text.size();
        appendFolded(cut(fields[i]));
        // Folding may lengthen a text; keep what the length field can say.
        m_text.resize(std::min<size_t>(m_text.size(), start + longestText));
        *lengths[i] = static_cast<quint16>(m_text.size() - start);
        if (i < 2)
            m_text.push_back(separator);
    }
    return texts;
}

InvitationTable::Slot InvitationTable::append(std::string_view id, std::string_view name, std::string_view headline,
                                              std::string_view company, qint64 sentAtMs, qint64 changedAtMs,
                                              bool actionQueued)
{
    m_texts.push_back(store(id, name, headline, company));
    m_sentAt.push_back(sentAtMs);
    m_changedAt.push_back(changedAtMs);
    m_flags.push_back(actionQueued ? ActionQueued : 0);
    return static_cast<Slot>(m_texts.size() - 1);
}

void InvitationTable::update(Slot slot, std::string_view name, std::string_view headline, std::string_view company,
                             qint64 sentAtMs, qint64 changedAtMs, bool actionQueued)
{
    // store() appends to m_text, which may move: the id is copied out first.
    const std::string idCopy(id(slot));
    m_texts[slot] = store(idCopy, name, headline, company);
    m_sentAt[slot] = sentAtMs;
    m_changedAt[slot] = changedAtMs;
    m_flags[slot] = actionQueued ? ActionQueued : 0;
}

QString InvitationTable::idString(Slot slot) const
{
    const auto text = id(slot);
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

std::string_view InvitationTable::name(Slot slot) const
{
    const auto &t = m_texts[slot];
    return {m_text.data() + t.offset + t.id, t.name};
}

std::string_view InvitationTable::headline(Slot slot) const
{
    const auto &t = m_texts[slot];
    return {m_text.data() + t.offset + t.id + t.name + 1, t.headline};
}

std::string_view InvitationTable::company(Slot slot) const
{
    const auto &t = m_texts[slot];
    return {m_text.data() + t.offset + t.id + t.name + t.headline + 2, t.company};
}

std::string_view InvitationTable::searchText(Slot slot) const
{
    const auto &t = m_texts[slot];
    return {m_text.data() + t.offset + t.id, static_cast<size_t>(t.name + t.headline + t.company + 2)};
}

} // namespace InviteDesk
