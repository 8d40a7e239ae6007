// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "tlstestcerts.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>

namespace {

constexpr int OpensslTimeoutMs = 30000;

// One configuration for every openssl command, so that the system's
// openssl.cnf adds nothing. Paths are relative to the PKI directory, the
// working directory of each command.
const char Config[] = R"([req]
distinguished_name = dn
prompt = no

[dn]

[ca_ext]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash

[server_ext]
basicConstraints = CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = DNS:localhost, IP:127.0.0.1
authorityKeyIdentifier = keyid

[other_ext]
basicConstraints = CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = DNS:other.example
authorityKeyIdentifier = keyid

[client_ext]
basicConstraints = CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = clientAuth
authorityKeyIdentifier = keyid

# "openssl ca": the only way in OpenSSL 3.0 to sign with dates in the past.
[ca]
default_ca = test_ca

[test_ca]
database = ca-index.txt
serial = ca-serial.txt
new_certs_dir = .
certificate = ca.pem
private_key = ca.key
default_md = sha256
policy = any_name
unique_subject = no

[any_name]
commonName = supplied
)";

} // namespace

TlsTestCertificates::TlsTestCertificates() = default;
TlsTestCertificates::~TlsTestCertificates() = default;

bool TlsTestCertificates::generate()
{
    if (m_valid)
        return true;
    if (opensslPath().isEmpty()) {
        m_error = QStringLiteral("openssl not found in PATH or /usr/bin (Debian package 'openssl'; or set "
                                 "QTREDIS_OPENSSL)");
        return false;
    }
    auto dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/qtredis-pki-XXXXXX"));
    if (!dir->isValid()) {
        m_error = QStringLiteral("could not create a temporary directory: %1").arg(dir->errorString());
        return false;
    }
    m_dir = std::move(dir);

    auto write = [this](const char *name, const QByteArray &content) {
        QFile f(file(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size()) {
            m_error = QStringLiteral("could not write %1: %2").arg(f.fileName(), f.errorString());
            return false;
        }
        return true;
    };
    if (!write("pki.cnf", Config) || !write("ca-index.txt", {}) || !write("ca-serial.txt", "1000\n"))
        return false;

    const QString cnf = QStringLiteral("pki.cnf");
    auto key = [this](const QString &out) {
        return openssl({ QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"),
                         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                         QStringLiteral("-out"), out });
    };
    auto csr = [&](const QString &keyFile, const QString &subject, const QString &out) {
        return openssl({ QStringLiteral("req"), QStringLiteral("-config"), cnf, QStringLiteral("-new"),
                         QStringLiteral("-key"), keyFile, QStringLiteral("-subj"), subject, QStringLiteral("-out"),
                         out });
    };
    auto sign = [&](const QString &csrFile, const QString &extensions, const QString &out) {
        return openssl({ QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csrFile,
                         QStringLiteral("-CA"), QStringLiteral("ca.pem"), QStringLiteral("-CAkey"),
                         QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"), QStringLiteral("-days"),
                         QStringLiteral("3650"), QStringLiteral("-sha256"), QStringLiteral("-extfile"), cnf,
                         QStringLiteral("-extensions"), extensions, QStringLiteral("-out"), out });
    };

    const bool ok = key(QStringLiteral("ca.key"))
            && openssl({ QStringLiteral("req"), QStringLiteral("-config"), cnf, QStringLiteral("-x509"),
                         QStringLiteral("-new"), QStringLiteral("-key"), QStringLiteral("ca.key"),
                         QStringLiteral("-subj"), QStringLiteral("/CN=QtRedis Test CA"), QStringLiteral("-days"),
                         QStringLiteral("3650"), QStringLiteral("-sha256"), QStringLiteral("-extensions"),
                         QStringLiteral("ca_ext"), QStringLiteral("-out"), QStringLiteral("ca.pem") })
            && key(QStringLiteral("server.key"))
            && csr(QStringLiteral("server.key"), QStringLiteral("/CN=localhost"), QStringLiteral("server.csr"))
            && sign(QStringLiteral("server.csr"), QStringLiteral("server_ext"), QStringLiteral("server.pem"))
            && csr(QStringLiteral("server.key"), QStringLiteral("/CN=other.example"), QStringLiteral("other.csr"))
            && sign(QStringLiteral("other.csr"), QStringLiteral("other_ext"), QStringLiteral("other.pem"))
            && openssl({ QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"), cnf,
                         QStringLiteral("-extensions"), QStringLiteral("server_ext"), QStringLiteral("-in"),
                         QStringLiteral("server.csr"), QStringLiteral("-startdate"),
                         QStringLiteral("20200101000000Z"), QStringLiteral("-enddate"),
                         QStringLiteral("20200201000000Z"), QStringLiteral("-notext"), QStringLiteral("-out"),
                         QStringLiteral("expired.pem") })
            && key(QStringLiteral("client.key"))
            && csr(QStringLiteral("client.key"), QStringLiteral("/CN=qtredis-test-client"),
                   QStringLiteral("client.csr"))
            && sign(QStringLiteral("client.csr"), QStringLiteral("client_ext"), QStringLiteral("client.pem"))
            && openssl({ QStringLiteral("req"), QStringLiteral("-config"), cnf, QStringLiteral("-x509"),
                         QStringLiteral("-new"), QStringLiteral("-key"), QStringLiteral("client.key"),
                         QStringLiteral("-subj"), QStringLiteral("/CN=qtredis-test-client"),
                         QStringLiteral("-days"), QStringLiteral("3650"), QStringLiteral("-sha256"),
                         QStringLiteral("-extensions"), QStringLiteral("client_ext"), QStringLiteral("-out"),
                         QStringLiteral("client-self-signed.pem") })
            && openssl({ QStringLiteral("pkey"), QStringLiteral("-in"), QStringLiteral("client.key"),
                         QStringLiteral("-aes256"), QStringLiteral("-passout"),
                         QStringLiteral("pass:") + clientKeyPassphrase(), QStringLiteral("-out"),
                         QStringLiteral("client-encrypted.key") });
    if (!ok)
        return false;
    m_valid = true;
    m_error.clear();
    return true;
}

bool TlsTestCertificates::isValid() const
{
    return m_valid;
}

QString TlsTestCertificates::errorString() const
{
    return m_error;
}

QString TlsTestCertificates::directory() const
{
    return m_dir ? m_dir->path() : QString();
}

QString TlsTestCertificates::caCertificateFile() const { return file("ca.pem"); }
QString TlsTestCertificates::caKeyFile() const { return file("ca.key"); }
QString TlsTestCertificates::serverCertificateFile() const { return file("server.pem"); }
QString TlsTestCertificates::serverKeyFile() const { return file("server.key"); }
QString TlsTestCertificates::otherServerCertificateFile() const { return file("other.pem"); }
QString TlsTestCertificates::expiredServerCertificateFile() const { return file("expired.pem"); }
QString TlsTestCertificates::clientCertificateFile() const { return file("client.pem"); }
QString TlsTestCertificates::clientKeyFile() const { return file("client.key"); }
QString TlsTestCertificates::encryptedClientKeyFile() const { return file("client-encrypted.key"); }
QString TlsTestCertificates::selfSignedClientCertificateFile() const { return file("client-self-signed.pem"); }

QString TlsTestCertificates::clientKeyPassphrase()
{
    return QStringLiteral("correct horse");
}

QString TlsTestCertificates::otherServerName()
{
    return QStringLiteral("other.example");
}

QString TlsTestCertificates::opensslPath()
{
    const QString fromEnv = qEnvironmentVariable("QTREDIS_OPENSSL");
    if (!fromEnv.isEmpty())
        return QFileInfo(fromEnv).isExecutable() ? QFileInfo(fromEnv).absoluteFilePath() : QString();
    QString path = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(QStringLiteral("openssl"),
                                              { QStringLiteral("/usr/bin"), QStringLiteral("/usr/local/bin") });
    return path;
}

QString TlsTestCertificates::file(const char *name) const
{
    return m_dir ? m_dir->filePath(QString::fromLatin1(name)) : QString();
}

bool TlsTestCertificates::openssl(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir->path());
    process.setStandardInputFile(QProcess::nullDevice());
    process.setProcessChannelMode(QProcess::MergedChannels);
    // No user or system configuration, no random-state file in $HOME.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OPENSSL_CONF"), m_dir->filePath(QStringLiteral("pki.cnf")));
    env.insert(QStringLiteral("RANDFILE"), m_dir->filePath(QStringLiteral(".rnd")));
    process.setProcessEnvironment(env);
    process.start(opensslPath(), arguments);
    if (!process.waitForStarted(OpensslTimeoutMs)) {
        m_error = QStringLiteral("could not run openssl: %1").arg(process.errorString());
        return false;
    }
    if (!process.waitForFinished(OpensslTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        m_error = QStringLiteral("openssl %1 did not finish within %2 ms")
                          .arg(arguments.value(0))
                          .arg(OpensslTimeoutMs);
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = QStringLiteral("openssl %1 failed: %2")
                          .arg(arguments.join(QLatin1Char(' ')),
                               QString::fromLocal8Bit(process.readAll().trimmed()));
        return false;
    }
    return true;
}
