#include "ui/io/Autosave.h"

#include "core/review/ReviewFile.h"

#include <QFile>

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>

namespace nianbao::ui {

Autosave::Autosave(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &Autosave::saveNow);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(3000);
    connect(&m_debounce, &QTimer::timeout, this, &Autosave::saveNow);
}

Autosave::~Autosave() = default;

QString Autosave::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/autosave");
}

QStringList Autosave::pending()
{
    QStringList files;
    const QDir dir(directory());
    for (const QFileInfo &fi : dir.entryInfoList({QStringLiteral("*.nianbao")}, QDir::Files, QDir::Time)) {
        // A live lock means another window is working on it; a stale one (crash) is taken over.
        QLockFile lock(fi.absoluteFilePath() + QStringLiteral(".lock"));
        if (lock.tryLock(0))
            files.append(fi.absoluteFilePath());
    }
    return files;
}

void Autosave::setReview(Review *review)
{
    if (m_review)
        disconnect(m_review, nullptr, this, nullptr);
    m_review = review;
    m_file.clear();
    m_lock.reset();
    m_debounce.stop();
    if (!review) {
        m_timer.stop();
        return;
    }
    // One file per source (by its path), so reopening the same report finds the same slot.
    const QByteArray key = QCryptographicHash::hash(
        QFileInfo(review->document().path).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1);
    m_file = directory() + QLatin1Char('/') + QString::fromLatin1(key.toHex().left(16)) + QStringLiteral(".nianbao");
    QDir().mkpath(directory());
    m_lock = std::make_unique<QLockFile>(m_file + QStringLiteral(".lock"));
    m_lock->tryLock(0);
    connect(review, &Review::changed, this, &Autosave::schedule);
    m_timer.start();
}

void Autosave::schedule()
{
    m_debounce.start();
}

QString Autosave::saveNow()
{
    if (!m_review || m_file.isEmpty())
        return {};
    const bool dirty = m_dirty ? m_dirty() : m_review->isModified();
    if (!dirty)
        return {};
    QDir().mkpath(directory());
    if (!saveReview(*m_review, m_file))
        return {};
    return m_file;
}

void Autosave::discard()
{
    m_debounce.stop();
    if (!m_file.isEmpty())
        QFile::remove(m_file);
}

} // namespace nianbao::ui
