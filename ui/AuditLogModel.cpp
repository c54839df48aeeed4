#include "AuditLogModel.h"

#include "AppSession.h"
#include "LanguageNotifier.h"
#include "StoreReader.h"
#include "client/ClientSession.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThreadPool>
#include <QUrl>

namespace tack::ui {
namespace {

// "2026-11-21" as the start (or the last millisecond) of that day in local time.
std::optional<qint64> dayBound(const QString &text, bool endOfDay)
{
    const QDate day = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!day.isValid())
        return std::nullopt;
    const QDateTime start = day.startOfDay();
    return endOfDay ? day.addDays(1).startOfDay().toMSecsSinceEpoch() - 1 : start.toMSecsSinceEpoch();
}

QList<audit::AuditRecord> entriesOf(const QCborMap &result)
{
    QList<audit::AuditRecord> out;
    for (const QCborValue &v : result.value(QLatin1String("entries")).toArray())
        out.append(audit::fromCbor(v.toMap()));
    return out;
}

} // namespace

AuditLogModel::AuditLogModel(QObject *parent) : QAbstractListModel(parent)
{
    // The interface language changed: the filter's choices and the rows' action labels read again.
    connect(LanguageNotifier::instance(), &LanguageNotifier::changed, this, [this] {
        emit actionChoicesChanged();
        if (rowCount() > 0)
            emit dataChanged(index(0), index(rowCount() - 1), {ActionLabelRole, TimeRole, ActorRole});
    });
}

AuditLogModel::~AuditLogModel() = default;

void AuditLogModel::setRequester(PageRequester requester)
{
    m_requester = std::move(requester);
    reload();
}

void AuditLogModel::setStore(StoreReader *store)
{
    if (m_store == store)
        return;
    m_store = store;
    emit storeChanged();
}

void AuditLogModel::setActorLogin(const QString &login)
{
    if (m_actorLogin == login.trimmed())
        return;
    m_actorLogin = login.trimmed();
    emit filtersChanged();
}

void AuditLogModel::setAction(const QString &action)
{
    if (m_action == action)
        return;
    m_action = action;
    emit filtersChanged();
}

void AuditLogModel::setSince(const QString &day)
{
    if (m_since == day.trimmed())
        return;
    m_since = day.trimmed();
    emit filtersChanged();
}

void AuditLogModel::setUntil(const QString &day)
{
    if (m_until == day.trimmed())
        return;
    m_until = day.trimmed();
    emit filtersChanged();
}

QString AuditLogModel::actionLabel(const QString &action)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("login"), QT_TR_NOOP("Signed in")},
        {QStringLiteral("login.failed"), QT_TR_NOOP("Failed sign-in")},
        {QStringLiteral("logout"), QT_TR_NOOP("Signed out")},
        {QStringLiteral("msg.recall"), QT_TR_NOOP("Recalled a message")},
        {QStringLiteral("conv.create"), QT_TR_NOOP("Created a group")},
        {QStringLiteral("member.add"), QT_TR_NOOP("Added a member")},
        {QStringLiteral("member.remove"), QT_TR_NOOP("Removed a member")},
        {QStringLiteral("member.role"), QT_TR_NOOP("Changed a member's role")},
        {QStringLiteral("user.role"), QT_TR_NOOP("Changed a person's role")},
        {QStringLiteral("user.deactivate"), QT_TR_NOOP("Deactivated a person")},
        {QStringLiteral("user.reactivate"), QT_TR_NOOP("Reactivated a person")},
        {QStringLiteral("user.password"), QT_TR_NOOP("Set a person's password")},
        {QStringLiteral("export"), QT_TR_NOOP("Exported the audit log")},
        {QStringLiteral("import"), QT_TR_NOOP("Imported people")},
        {QStringLiteral("approval.decide"), QT_TR_NOOP("Decided an approval")},
        {QStringLiteral("approval.template"), QT_TR_NOOP("Saved an approval form")},
        {QStringLiteral("approval.role"), QT_TR_NOOP("Set an approval role")},
        {QStringLiteral("calendar.reset"), QT_TR_NOOP("Replaced their calendar feed address")},
    };
    const char *label = labels.value(action, nullptr);
    return label ? tr(label) : action;
}

QVariantList AuditLogModel::actionChoices() const
{
    QVariantList out{
        QVariantMap{{QStringLiteral("value"), QString()}, {QStringLiteral("label"), tr("All actions")}}};
    for (const char *action :
         {"login", "login.failed", "logout", "msg.recall", "conv.create", "member.add", "member.remove",
          "member.role", "user.role", "user.deactivate", "user.reactivate", "user.password", "export",
          "import", "approval.decide", "approval.template", "approval.role", "calendar.reset"}) {
        const QString value = QString::fromLatin1(action);
        out.append(
            QVariantMap{{QStringLiteral("value"), value}, {QStringLiteral("label"), actionLabel(value)}});
    }
    return out;
}

std::optional<QCborMap> AuditLogModel::filterFields()
{
    QCborMap fields;
    if (!m_actorLogin.isEmpty()) {
        if (m_actorLogin == QLatin1String("system")) {
            fields.insert(QLatin1String("actor"), 0);
        } else {
            const auto user =
                m_store && m_store->isOpen() ? m_store->replica().userByLogin(m_actorLogin) : std::nullopt;
            if (!user) {
                m_error = tr("No one has the login “%1”.").arg(m_actorLogin);
                return std::nullopt;
            }
            fields.insert(QLatin1String("actor"), user->id);
        }
    }
    if (!m_action.isEmpty())
        fields.insert(QLatin1String("action"), m_action);
    std::optional<qint64> since, until;
    if (!m_since.isEmpty() && !(since = dayBound(m_since, false))) {
        m_error = tr("Write dates like 2026-11-21.");
        return std::nullopt;
    }
    if (!m_until.isEmpty() && !(until = dayBound(m_until, true))) {
        m_error = tr("Write dates like 2026-11-21.");
        return std::nullopt;
    }
    if (since && until && *since > *until) {
        m_error = tr("The start date is after the end date.");
        return std::nullopt;
    }
    if (since)
        fields.insert(QLatin1String("since"), *since);
    if (until)
        fields.insert(QLatin1String("until"), *until);
    return fields;
}

AuditLogModel::PageRequester AuditLogModel::sessionRequester(client::ClientSession *client, QObject *context)
{
    return [client = QPointer<client::ClientSession>(client), context](const QCborMap &fields,
                                                                       PageCallback done) {
        if (!client) {
            QMetaObject::invokeMethod(
                context, [done] { done({}, QStringLiteral("offline")); }, Qt::QueuedConnection);
            return;
        }
        const quint64 tag = client->query(QStringLiteral("audit.list"), fields);
        auto link = std::make_shared<QMetaObject::Connection>();
        *link = QObject::connect(
            client, &client::ClientSession::queryFinished, context,
            [link, tag, done](quint64 answered, const QCborMap &result, const QString &code) {
                if (answered != tag)
                    return;
                QObject::disconnect(*link);
                done(result, code);
            });
    };
}

void AuditLogModel::request(const QCborMap &fields, PageCallback done)
{
    if (m_requester)
        return m_requester(fields, std::move(done));
    const AppSession *session = AppSession::instance();
    sessionRequester(session ? session->client() : nullptr, this)(fields, std::move(done));
}

QString AuditLogModel::errorText(const QString &code) const
{
    if (code == QLatin1String("forbidden"))
        return tr("Only the organisation's owners and admins may read the audit log.");
    if (code == QLatin1String("offline"))
        return tr("Connect to the server to read the audit log.");
    return tr("The audit log could not be loaded (%1).").arg(code);
}

void AuditLogModel::reload()
{
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_fields.reset();
    m_next = 0;
    m_started = false;
    m_end = false;
    m_pending = false;
    m_error.clear();
    endResetModel();
    emit countChanged();
    emit loadingChanged();
    if (canFetchMore({}))
        fetchMore({});
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_end && !m_pending;
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    if (!m_started) {
        m_started = true;
        m_fields = filterFields();
        if (!m_fields) {
            m_end = true;
            emit loadingChanged();
            return;
        }
    }
    QCborMap fields = *m_fields;
    fields.insert(QLatin1String("limit"), kPageSize);
    if (m_next > 0)
        fields.insert(QLatin1String("before"), m_next);
    m_pending = true;
    emit loadingChanged();
    const quint64 generation = m_generation;
    QPointer<AuditLogModel> self(this);
    request(fields, [self, generation](const QCborMap &result, const QString &code) {
        if (self && self->m_generation == generation)
            self->onPage(result, code);
    });
}

void AuditLogModel::onPage(const QCborMap &result, const QString &code)
{
    m_pending = false;
    if (!code.isEmpty()) {
        m_error = errorText(code);
        m_end = true;
        emit loadingChanged();
        return;
    }
    // The paging state moves first: a view may ask for the next page while the rows go in.
    m_next = result.value(QLatin1String("next")).toInteger(0);
    m_end = m_next == 0;
    const QList<audit::AuditRecord> page = entriesOf(result);
    if (!page.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(page.size()) - 1);
        m_rows.append(page);
        endInsertRows();
        emit countChanged();
    }
    emit loadingChanged();
}

void AuditLogModel::chooseExportFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name =
        QStringLiteral("tack-audit-%1.csv").arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd")));
    auto *dialog = new QFileDialog(nullptr, tr("Export the audit log"), QDir(folder).filePath(name),
                                   tr("CSV files (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { exportCsv(QUrl::fromLocalFile(path)); });
    dialog->open();
}

void AuditLogModel::exportCsv(const QUrl &file)
{
    if (m_exporting)
        return;
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (path.isEmpty())
        return finishExport(false, tr("Choose a file to export to."));
    const QString shownError = m_error;
    std::optional<QCborMap> fields = filterFields();
    if (!fields) {
        const QString why = m_error;
        m_error = shownError;
        return finishExport(false, why);
    }
    m_exporting = true;
    m_exportPath = path;
    m_exported.clear();
    m_exportStatus = tr("Exporting…");
    emit exportChanged();
    fields->insert(QLatin1String("limit"), kExportPageSize);
    QCborMap first = *fields;
    first.insert(QLatin1String("export"), true); // the server records the export
    QPointer<AuditLogModel> self(this);
    request(first, [self, fields = *fields](const QCborMap &result, const QString &code) {
        if (self)
            self->exportPage(fields, result, code);
    });
}

void AuditLogModel::exportPage(const QCborMap &fields, const QCborMap &result, const QString &code)
{
    if (!code.isEmpty())
        return finishExport(false, errorText(code));
    m_exported.append(entriesOf(result));
    m_exportStatus = tr("Exporting… %n entries", nullptr, int(m_exported.size()));
    emit exportChanged();
    if (const qint64 next = result.value(QLatin1String("next")).toInteger(0); next > 0) {
        QCborMap more = fields;
        more.insert(QLatin1String("before"), next);
        QPointer<AuditLogModel> self(this);
        request(more, [self, fields](const QCborMap &r, const QString &c) {
            if (self)
                self->exportPage(fields, r, c);
        });
        return;
    }
    // Writing may take a while for a long log: a worker writes, the answer comes back to this thread.
    QPointer<AuditLogModel> self(this);
    QThreadPool::globalInstance()->start(
        [records = std::exchange(m_exported, {}), path = m_exportPath, self] {
            QSaveFile file(path);
            bool ok = file.open(QIODevice::WriteOnly);
            if (ok) {
                file.write(audit::csvHeader());
                for (auto it = records.crbegin(); it != records.crend(); ++it)
                    file.write(audit::csvLine(*it));
                ok = file.commit();
            }
            const QString why = ok ? QString() : file.errorString();
            const int count = int(records.size());
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, ok, why, count, path] {
                    if (!self)
                        return;
                    self->finishExport(ok, ok ? tr("Exported %n entries to %1.", nullptr, count).arg(path)
                                              : tr("Could not write %1: %2").arg(path, why));
                },
                Qt::QueuedConnection);
        });
}

void AuditLogModel::finishExport(bool ok, const QString &message)
{
    m_exporting = false;
    m_exported.clear();
    m_exportStatus = message;
    emit exportChanged();
    emit exportFinished(ok, message);
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const audit::AuditRecord &r = m_rows.at(index.row());
    switch (role) {
    case SeqRole:
        return r.seq;
    case TimeRole:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.at), QLocale::ShortFormat);
    case Qt::DisplayRole:
    case ActorRole: {
        if (r.actor == 0)
            return tr("System");
        const QString name = m_store && m_store->isOpen() ? m_store->userName(r.actor) : QString();
        return !name.isEmpty() ? name : (r.actorLogin.isEmpty() ? QString::number(r.actor) : r.actorLogin);
    }
    case AddressRole:
        return r.address;
    case ActionRole:
        return r.action;
    case ActionLabelRole:
        return actionLabel(r.action);
    case TargetRole:
        return r.target;
    case DetailsRole:
        return QString::fromUtf8(audit::canonicalDetails(r.details));
    default:
        return {};
    }
}

QHash<int, QByteArray> AuditLogModel::roleNames() const
{
    return {{SeqRole, "seq"},         {TimeRole, "time"},      {ActorRole, "actor"},
            {AddressRole, "address"}, {ActionRole, "action"},  {ActionLabelRole, "actionLabel"},
            {TargetRole, "target"},   {DetailsRole, "details"}};
}

} // namespace tack::ui
