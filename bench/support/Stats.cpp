#include "Stats.h"

#include <QJsonDocument>

void printJson(const QJsonObject &figures)
{
    const QByteArray json = QJsonDocument(figures).toJson(QJsonDocument::Indented);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    std::fflush(stdout);
}
