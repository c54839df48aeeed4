#include "BenchUsers.h"

#include "ServerProcess.h"

#include <QProcess>
#include <memory>
#include <vector>

bool addBenchUsers(const QString &dataDir, const QString &prefix, int count, const QString &password,
                   QString *error)
{
    constexpr int kParallel = 2;
    for (int first = 0; first < count; first += kParallel) {
        std::vector<std::unique_ptr<QProcess>> batch;
        for (int i = first; i < qMin(count, first + kParallel); ++i) {
            auto p = std::make_unique<QProcess>();
            const QString login = prefix + QString::number(i);
            p->start(ServerProcess::serverBinary(),
                     {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--data"), dataDir,
                      QStringLiteral("--login"), login, QStringLiteral("--name"), login});
            p->write(password.toUtf8() + '\n');
            p->closeWriteChannel();
            batch.push_back(std::move(p));
        }
        for (auto &p : batch) {
            if (!p->waitForFinished(60000) || p->exitCode() != 0) {
                *error = QString::fromUtf8(p->readAllStandardError()).trimmed();
                return false;
            }
        }
    }
    return true;
}
