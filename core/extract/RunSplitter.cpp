#include "RunSplitter.h"

namespace nianbao::extract {

namespace {

class Splitter
{
public:
    Splitter(const QString &digits, const QList<int> &groups, int maxSplits)
        : m_digits(digits)
        , m_groups(groups)
        , m_max(maxSplits)
    {
        for (int g : groups)
            m_parts += g;
    }

    QList<QList<int>> run()
    {
        if (m_parts > 0 && m_digits.size() >= m_parts && m_digits.size() <= qsizetype(m_parts) * 6)
            step(0, 0, 0, 0);
        if (m_steps > maxSteps)
            return {}; // the search was cut short: the splits found may not be all of them
        return m_found;
    }

private:
    const QString &m_digits;
    const QList<int> &m_groups;
    const int m_max;
    int m_parts = 0;
    QList<int> m_lengths;
    QList<QList<int>> m_found;
    static constexpr int maxSteps = 500'000;
    int m_steps = 0;

    qint64 valueAt(qsizetype pos, int len) const
    {
        qint64 v = 0;
        for (int k = 0; k < len; ++k)
            v = v * 10 + (m_digits.at(pos + k).unicode() - u'0');
        return v;
    }

    void step(qsizetype pos, int group, int part, qint64 sum)
    {
        if (m_found.size() >= m_max || ++m_steps > maxSteps)
            return; // enough splits, or a run too long to search: no certain split

        if (group == m_groups.size()) {
            if (pos == m_digits.size())
                m_found.append(m_lengths);
            return;
        }
        const int size = m_groups.at(group);
        const bool last = part == size - 1;
        const int partsAfter = m_parts - int(m_lengths.size()) - 1;
        for (int len = 1; len <= 6 && pos + len <= m_digits.size(); ++len) {
            if (len > 1 && m_digits.at(pos) == u'0')
                break;
            const qsizetype rest = m_digits.size() - pos - len;
            if (rest < partsAfter)
                break;
            if (rest > qsizetype(partsAfter) * 6)
                continue;
            const qint64 v = valueAt(pos, len);
            m_lengths.append(len);
            if (!last)
                step(pos + len, group, part + 1, sum + v);
            else if (v == sum || size == 1) // a group of one number has no relation
                step(pos + len, group + 1, 0, 0);
            m_lengths.removeLast();
        }
    }
};

} // namespace

QList<QList<int>> splitDigitRun(const QString &digits, const QList<int> &groupSizes, int maxSplits)
{
    for (QChar c : digits)
        if (c < u'0' || c > u'9')
            return {};
    return Splitter(digits, groupSizes, maxSplits).run();
}

} // namespace nianbao::extract
