#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QTranslator>
#include <QVariantList>

namespace tack::ui {

// The interface language (singleton `Language`): loads the compiled translation, sets the default locale
// and the layout direction (Arabic mirrors the whole window) and asks the engine to re-evaluate qsTr.
class Translator : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Language)
    QML_SINGLETON
    Q_PROPERTY(QString code READ code WRITE setCode NOTIFY codeChanged)
    Q_PROPERTY(bool rightToLeft READ rightToLeft NOTIFY codeChanged)
    Q_PROPERTY(QVariantList available READ available CONSTANT)

public:
    // No default argument: QML would otherwise construct its own instance instead of calling create().
    explicit Translator(QObject *parent);

    static Translator *instance();
    static Translator *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    // Where the choice is remembered (the profile's settings file); empty: not remembered.
    void setSettingsPath(const QString &path);
    // The remembered language, or the system's when it is one we have, else English.
    QString savedOrSystemCode() const;
    void setEngine(QQmlEngine *engine) { m_engine = engine; }

    QString code() const { return m_code; }
    void setCode(const QString &code);
    bool rightToLeft() const;
    // [{code, name}] in each language's own name.
    QVariantList available() const;

signals:
    void codeChanged();

private:
    static bool rightToLeftFor(const QString &code);

    QTranslator m_translator;
    QTranslator m_qtTranslator;
    QString m_code = QStringLiteral("en");
    QString m_settingsPath;
    QQmlEngine *m_engine = nullptr;
};

} // namespace tack::ui
