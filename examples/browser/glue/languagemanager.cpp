// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "languagemanager.h"

#include <QtCore/qcoreapplication.h>
#include <QtCore/qfile.h>
#include <QtCore/qlibraryinfo.h>
#include <QtCore/qlocale.h>
#include <QtCore/qloggingcategory.h>
#include <QtCore/qtranslator.h>
#include <QtGui/qfontdatabase.h>
#include <QtQml/qqmlengine.h>

Q_LOGGING_CATEGORY(lcBrowserI18n, "qtredis.browser.i18n", QtWarningMsg)

namespace {

struct Language
{
    const char *code;
    const char16_t *name; // in the language itself
};

constexpr Language knownLanguages[] = {
    {"en", u"English"},
    {"de", u"Deutsch"},
    {"zh_CN", u"简体中文"},
};

} // namespace

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
    , m_language(systemLanguage())
{
}

LanguageManager::~LanguageManager()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
}

QString LanguageManager::language() const
{
    return m_language;
}

void LanguageManager::setLanguage(const QString &code)
{
    if (code.trimmed().isEmpty())
        return; // keep the current language (the system's by default)
    QString normalized = normalizeLanguage(code);
    if (normalized.isEmpty()) {
        qCWarning(lcBrowserI18n, "Unknown language %s, using English", qUtf8Printable(code));
        normalized = QStringLiteral("en");
    }
    if (normalized == m_language && m_complete && m_retranslateCount > 0)
        return;
    m_language = normalized;
    if (m_complete)
        apply();
}

QVariantList LanguageManager::languages() const
{
    QVariantList list;
    for (const Language &language : knownLanguages) {
        QVariantMap entry;
        entry.insert(QStringLiteral("code"), QString::fromLatin1(language.code));
        entry.insert(QStringLiteral("name"), QString::fromUtf16(language.name));
        list.append(entry);
    }
    return list;
}

bool LanguageManager::translationLoaded() const
{
    return m_loaded;
}

int LanguageManager::retranslateCount() const
{
    return m_retranslateCount;
}

QString LanguageManager::fontFamily() const
{
    return m_fontFamily;
}

QString LanguageManager::systemLanguage()
{
    const QString name = QLocale::system().name();
    QString code = normalizeLanguage(name);
    return code.isEmpty() ? QStringLiteral("en") : code;
}

QString LanguageManager::normalizeLanguage(const QString &code)
{
    QString c = code.trimmed();
    c.replace(QLatin1Char('-'), QLatin1Char('_'));
    const qsizetype dot = c.indexOf(QLatin1Char('.'));
    if (dot >= 0)
        c.truncate(dot); // "de_DE.UTF-8"
    for (const Language &language : knownLanguages) {
        if (c.compare(QLatin1String(language.code), Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(language.code);
    }
    if (c.startsWith(QLatin1String("zh"), Qt::CaseInsensitive))
        return QStringLiteral("zh_CN");
    const QString base = c.section(QLatin1Char('_'), 0, 0);
    for (const Language &language : knownLanguages) {
        if (base.compare(QLatin1String(language.code), Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(language.code);
    }
    return {};
}

QString LanguageManager::translationFile(const QString &code)
{
    return QStringLiteral(":/i18n/qtredis_%1.qm").arg(code);
}

bool LanguageManager::hasTranslation(const QString &code)
{
    return QFile::exists(translationFile(code));
}

void LanguageManager::classBegin()
{
}

void LanguageManager::componentComplete()
{
    m_complete = true;
    apply();
}

void LanguageManager::apply()
{
    if (m_appTranslator) {
        QCoreApplication::removeTranslator(m_appTranslator.get());
        m_appTranslator.reset();
    }
    if (m_qtTranslator) {
        QCoreApplication::removeTranslator(m_qtTranslator.get());
        m_qtTranslator.reset();
    }
    m_loaded = false;
    const QLocale locale(m_language == QLatin1String("en") ? QStringLiteral("en_US") : m_language);
    QLocale::setDefault(locale);

    if (m_language != QLatin1String("en")) {
        auto app = std::make_unique<QTranslator>();
        if (app->load(translationFile(m_language))) {
            QCoreApplication::installTranslator(app.get());
            m_appTranslator = std::move(app);
            m_loaded = true;
        } else {
            qCInfo(lcBrowserI18n, "No translation %s: the interface stays in English",
                   qUtf8Printable(translationFile(m_language)));
        }
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            m_qtTranslator = std::move(qt);
        }
    } else {
        m_loaded = true; // the source strings are English
    }

    // Chinese needs a font with CJK glyphs (Debian: fonts-noto-cjk).
    m_fontFamily.clear();
    if (m_language == QLatin1String("zh_CN")) {
        const QStringList families = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
        const QStringList preferred = {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans SC"),
                                       QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Droid Sans Fallback")};
        for (const QString &family : preferred) {
            if (families.contains(family)) {
                m_fontFamily = family;
                break;
            }
        }
        if (m_fontFamily.isEmpty() && !families.isEmpty())
            m_fontFamily = families.constFirst();
        if (m_fontFamily.isEmpty())
            qCWarning(lcBrowserI18n, "No font with Chinese glyphs is installed (Debian: fonts-noto-cjk)");
    }

    if (QQmlEngine *engine = qmlEngine(this))
        engine->retranslate();
    ++m_retranslateCount;
    Q_EMIT languageChanged();
    Q_EMIT retranslated();
}
