// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef CONSOLECOMMANDLINE_H
#define CONSOLECOMMANDLINE_H

#include <redisconnectionoptions.h>

#include <QtCore/qcommandlineparser.h>
#include <QtCore/qcoreapplication.h>
#include <QtCore/qstringlist.h>

// Translation context for the strings of the command line and of main().
struct Main
{
    Q_DECLARE_TR_FUNCTIONS(Main)
};

// qtredis-console's command line: the options it declares, and the
// connection options they give. Kept apart from main() (and from the
// widgets) so that tests/auto/console can check the parsing.
class ConsoleCommandLine
{
public:
    ConsoleCommandLine();

    // process() it (the application's arguments, --help and --version) or
    // parse() it (a test's) before the calls below.
    QCommandLineParser &parser() { return m_parser; }

    // Applies the parsed options to *options (--url, --host/--port/--socket,
    // TLS, SSH, --cluster, --sentinel-master, ...) and the secrets from the
    // environment (QTREDIS_TLS_KEY_PASSPHRASE, QTREDIS_SSH_PASSWORD,
    // QTREDIS_SSH_PASSPHRASE, QTREDIS_SENTINEL_PASSWORD: read once, then
    // removed from the environment). False, with a message for the user in
    // *error, if the options do not fit together.
    bool toOptions(RedisConnectionOptions *options, QString *error) const;

    QStringList execLines() const;
    bool quitAfterExec() const;

private:
    QCommandLineParser m_parser;
};

#endif // CONSOLECOMMANDLINE_H
