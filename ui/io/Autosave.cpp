// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/io/Autosave.h"

#include "core/review/ReviewFile.h"

#include <QFile>

#include <QCryptographicHash>
#include <QDateTime>
#include <QLocale>
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
    m_debounce.setInterval(1000); // a kill loses at most the last second of corrections
    connect(&m_debounce, &QTimer::timeout, this, &Autosave::saveNow);
}

Autosave::~Autosave() = default;

QString Autosave::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/autosave");
}

namespace {

// The slots of one report share a prefix: the first 16 hex digits of its path's SHA-1.
QString slotPrefix(const QString &sourcePath)
{
    const QByteArray key = QCryptographicHash::hash(QFileInfo(sourcePath).absoluteFilePath().toUtf8(),
                                                    QCryptographicHash::Sha1);
    return QString::fromLatin1(key.toHex().left(16));
}

// Slots matching `pattern` whose lock is not live (a crashed window's lock is stale).
QStringList unlockedSlots(const QString &pattern)
{
    QStringList files;
    const QDir dir(Autosave::directory());
    for (const QFileInfo &fi : dir.entryInfoList({pattern}, QDir::Files, QDir::Time)) {
        // A live lock means another window is working on it; a stale one (crash) is taken over.
        QLockFile lock(fi.absoluteFilePath() + QStringLiteral(".lock"));
        if (lock.tryLock(0))
            files.append(fi.absoluteFilePath());
    }
    return files;
}

} // namespace

QStringList Autosave::pending()
{
    return unlockedSlots(QStringLiteral("*.nianbao"));
}

QStringList Autosave::pendingFor(const QString &sourcePath)
{
    return unlockedSlots(slotPrefix(sourcePath) + QStringLiteral("*.nianbao"));
}

QString Autosave::describe(const QString &file)
{
    const auto saved = readReviewFile(file);
    if (!saved)
        return QFileInfo(file).fileName();
    const QString source = QFileInfo(saved->sourcePath.isEmpty() ? saved->record.sourceFile : saved->sourcePath).fileName();
    const QDateTime at = QDateTime::fromString(saved->savedAt, Qt::ISODate);
    return tr("%1（%2 处修改，保存于 %3）")
        .arg(source)
        .arg(saved->record.corrections.size())
        .arg(at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : saved->savedAt);
}

void Autosave::remove(const QString &file)
{
    QFile::remove(file);
    QFile::remove(file + QStringLiteral(".lock"));
}

void Autosave::setReview(Review *review, const QString &restoredFrom)
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
    QDir().mkpath(directory());
    if (!restoredFrom.isEmpty()) {
        m_file = restoredFrom;
    } else {
        // A slot of this report that no file holds: one left by a crash and not restored stays as
        // it is until the reviewer restores or discards it.
        const QString prefix = directory() + QLatin1Char('/') + slotPrefix(review->document().path);
        m_file = prefix + QStringLiteral(".nianbao");
        for (int n = 2; QFile::exists(m_file) || QFile::exists(m_file + QStringLiteral(".lock")); ++n)
            m_file = prefix + QLatin1Char('-') + QString::number(n) + QStringLiteral(".nianbao");
    }
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
