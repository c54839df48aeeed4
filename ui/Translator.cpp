#include "Translator.h"

#include "LanguageNotifier.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace tack::ui {

namespace {

Translator *s_translator = nullptr;

const QStringList &codes()
{
    static const QStringList all{QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("ar")};
    return all;
}

} // namespace

Translator::Translator(QObject *parent) : QObject(parent)
{
    s_translator = this;
}

Translator *Translator::instance()
{
    return s_translator;
}

Translator *Translator::create(QQmlEngine *qmlEngine, QJSEngine *)
{
    if (!s_translator) // QML tests: nobody built one
        new Translator(qmlEngine);
    s_translator->m_engine = qmlEngine;
    QJSEngine::setObjectOwnership(s_translator, QJSEngine::CppOwnership);
    return s_translator;
}

void Translator::setSettingsPath(const QString &path)
{
    m_settingsPath = path;
}

QString Translator::savedOrSystemCode() const
{
    if (!m_settingsPath.isEmpty()) {
        const QString saved =
            QSettings(m_settingsPath, QSettings::IniFormat).value(QStringLiteral("ui/language")).toString();
        if (codes().contains(saved))
            return saved;
    }
    const QLocale system;
    if (system.language() == QLocale::Chinese)
        return QStringLiteral("zh_CN");
    if (system.language() == QLocale::Arabic)
        return QStringLiteral("ar");
    return QStringLiteral("en");
}

void Translator::setCode(const QString &requested)
{
    const QString code = codes().contains(requested) ? requested : QStringLiteral("en");
    QCoreApplication::removeTranslator(&m_translator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    const QLocale locale(code);
    // English has a translation file too: it holds the plural forms ("1 member", "2 members").
    if (m_translator.load(QStringLiteral(":/i18n/tack_%1.qm").arg(code)))
        QCoreApplication::installTranslator(&m_translator);
    if (code != QLatin1String("en")) {
        if (m_qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qtTranslator);
    }
    QLocale::setDefault(locale);
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        QGuiApplication::setLayoutDirection(rightToLeftFor(code) ? Qt::RightToLeft : Qt::LeftToRight);
    const bool changed = code != m_code;
    m_code = code;
    if (!m_settingsPath.isEmpty())
        QSettings(m_settingsPath, QSettings::IniFormat).setValue(QStringLiteral("ui/language"), code);
    if (m_engine)
        m_engine->retranslate();
    if (changed) {
        emit codeChanged();
        emit LanguageNotifier::instance()->changed();
    }
}

bool Translator::rightToLeftFor(const QString &code)
{
    return code == QLatin1String("ar");
}

bool Translator::rightToLeft() const
{
    return rightToLeftFor(m_code);
}

QVariantList Translator::available() const
{
    return {QVariantMap{{QStringLiteral("code"), QStringLiteral("en")},
                        {QStringLiteral("name"), QStringLiteral("English")}},
            QVariantMap{{QStringLiteral("code"), QStringLiteral("zh_CN")},
                        {QStringLiteral("name"), QStringLiteral("简体中文")}},
            QVariantMap{{QStringLiteral("code"), QStringLiteral("ar")},
                        {QStringLiteral("name"), QStringLiteral("العربية")}}};
}

} // namespace tack::ui
