// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef LANGUAGEMANAGER_H
#define LANGUAGEMANAGER_H

#include <QtCore/qobject.h>
#include <QtCore/qstring.h>
#include <QtCore/qvariant.h>
#include <QtQml/qqml.h>
#include <QtQml/qqmlparserstatus.h>

#include <memory>

class QTranslator;

// Switches the user interface language at run time: loads
// ":/i18n/qtredis_<code>.qm" (the library's and the browser's strings) and
// Qt's own translations (qtbase_<code>.qm, for standard dialog buttons),
// installs them on the application, sets the default QLocale and calls
// QQmlEngine::retranslate() on the engine this object lives in, so every
// qsTr() binding is evaluated again.
//
// A language without a .qm file is still switched to (the strings stay in
// English): translationLoaded tells whether the browser's own file was found.
// "en" needs no file.
class LanguageManager : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)
    Q_PROPERTY(bool translationLoaded READ translationLoaded NOTIFY languageChanged)
    Q_PROPERTY(int retranslateCount READ retranslateCount NOTIFY retranslated)
    Q_PROPERTY(QString fontFamily READ fontFamily NOTIFY languageChanged)

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    QString language() const;
    void setLanguage(const QString &code);
    // [{code: "en", name: "English"}, {code: "de", name: "Deutsch"}, {code: "zh_CN", name: "简体中文"}]
    QVariantList languages() const;
    bool translationLoaded() const;
    int retranslateCount() const;
    // A font family that has the glyphs of the language (empty: the default
    // font will do, or none is installed: see the warning in the log).
    QString fontFamily() const;

    // The language to use when none is chosen: the system locale's, if the
    // browser has it ("de_AT" gives "de"), else "en".
    Q_INVOKABLE static QString systemLanguage();
    // "en", "de", "zh_CN" (a code the browser knows) or empty.
    Q_INVOKABLE static QString normalizeLanguage(const QString &code);
    // The resource holding the browser's translation for code.
    Q_INVOKABLE static QString translationFile(const QString &code);
    Q_INVOKABLE static bool hasTranslation(const QString &code);

    void classBegin() override;
    void componentComplete() override;

Q_SIGNALS:
    void languageChanged();
    void retranslated();

private:
    void apply();

    QString m_language;
    QString m_fontFamily;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    bool m_loaded = false;
    bool m_complete = false;
    int m_retranslateCount = 0;
};

#endif // LANGUAGEMANAGER_H
