// QML component tests: the Tack.App and Tack.Models modules linked in, a throwaway profile for Session.

#include "AppSession.h"

#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Tack_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Tack_AppPlugin)

class Setup : public QObject
{
    Q_OBJECT

public slots:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        if (!m_session)
            m_session = new tack::ui::AppSession(m_profile.path(), this);
    }

private:
    QTemporaryDir m_profile;
    tack::ui::AppSession *m_session = nullptr;
};

QUICK_TEST_MAIN_WITH_SETUP(tack_qml, Setup)
#include "tst_qml.moc"
