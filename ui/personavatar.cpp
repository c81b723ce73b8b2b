#include "ui/personavatar.h"

#include <QPainter>
#include <QPixmapCache>

#include <array>

using namespace Qt::StringLiterals;

namespace InviteDesk::PersonAvatar {

namespace {

// Mid-tone colours that carry white text in light and dark palettes alike.
constexpr std::array<QRgb, 12> palette{0xff1565c0, 0xff2e7d32, 0xffc62828, 0xff6a1b9a, 0xffef6c00, 0xff00838f,
                                       0xff4e342e, 0xffad1457, 0xff283593, 0xff558b2f, 0xff37474f, 0xff00695c};

QString firstLetter(const QString &word)
{
    if (word.isEmpty())
        return {};
    // A letter outside the BMP (a surrogate pair) stays whole.
    const int length = word.at(0).isHighSurrogate() && word.size() > 1 ? 2 : 1;
    return word.left(length).toUpper();
}

} // namespace

QString initials(const QString &name)
{
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return u"?"_s;
    if (words.size() == 1)
        return firstLetter(words.first());
    return firstLetter(words.first()) + firstLetter(words.last());
}

QColor colour(const QString &personId)
{
    // FNV-1a over the id: stable across runs and Qt versions, unlike qHash's seed.
    quint32 hash = 2166136261u;
    for (const QChar c : personId) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return QColor::fromRgb(palette[hash % palette.size()]);
}

QPixmap pixmap(const QString &personId, const QString &name, int size, qreal devicePixelRatio)
{
    const QString text = initials(name);
    const QColor fill = colour(personId);
    const QString key = u"invitedesk-avatar:%1:%2:%3:%4"_s.arg(text, fill.name()).arg(size).arg(devicePixelRatio);
    QPixmap result;
    if (QPixmapCache::find(key, &result))
        return result;
    result = QPixmap(QSize(size, size) * devicePixelRatio);
    result.setDevicePixelRatio(devicePixelRatio);
    result.fill(Qt::transparent);
    QPainter painter(&result);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawEllipse(QRectF(0, 0, size, size));
    QFont font = painter.font();
    font.setPixelSize(std::max(6, size * 2 / 5));
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, text);
    painter.end();
    QPixmapCache::insert(key, result);
    return result;
}

} // namespace InviteDesk::PersonAvatar
