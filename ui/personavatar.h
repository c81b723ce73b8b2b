#pragma once

#include <QColor>
#include <QPixmap>
#include <QString>

namespace InviteDesk {

// The person's initials on a coloured circle, as the network's own pages show faces.
// The colour follows the person id (the same person has the same colour in every list
// and at every start); the pixmaps are shared through QPixmapCache.
namespace PersonAvatar {

// "Ada Lovelace" → "AL", "cher" → "C": the first letter of the first and last words.
QString initials(const QString &name);
QColor colour(const QString &personId);
// `size` in device-independent pixels, drawn at the screen's `devicePixelRatio`.
QPixmap pixmap(const QString &personId, const QString &name, int size, qreal devicePixelRatio);

} // namespace PersonAvatar

} // namespace InviteDesk
