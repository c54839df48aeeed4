#pragma once

#include <QJsonObject>
#include <QList>
#include <algorithm>
#include <cstdio>

// Percentiles over a sample of durations (any unit), and one-line JSON output for the figures.
inline double percentile(QList<double> samples, double p)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto index = qsizetype(p / 100.0 * double(samples.size() - 1) + 0.5);
    return samples.at(qBound<qsizetype>(0, index, samples.size() - 1));
}

void printJson(const QJsonObject &figures);
