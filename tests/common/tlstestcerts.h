// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef TLSTESTCERTS_H
#define TLSTESTCERTS_H

#include <QtCore/QString>
#include <QtCore/QStringList>

#include <memory>

QT_BEGIN_NAMESPACE
class QTemporaryDir;
QT_END_NAMESPACE

// A throw-away PKI for the TLS suites, made at run time with the openssl
// command line in a private temporary directory that goes away with this
// object. All keys are EC prime256v1 (fast to make); everything is PEM.
//
//   ca             a self-signed CA ("QtRedis Test CA")
//   server         signed by the CA for DNS:localhost and IP:127.0.0.1
//   otherServer    signed by the CA for DNS:other.example only: connecting
//                  to localhost or 127.0.0.1 is a host name mismatch
//   expiredServer  signed by the CA for localhost and 127.0.0.1, valid
//                  from 2020-01-01 to 2020-02-01 only
//   client         a client certificate signed by the CA (mutual TLS),
//                  with its key plain and encrypted (AES-256, passphrase
//                  clientKeyPassphrase())
//   selfSignedClient  a client certificate with the client key that no CA
//                  signed: a server that wants client certificates refuses it
// The three server certificates share serverKeyFile().
//
// Usage (once per suite: generate() runs about a dozen openssl commands):
//     TlsTestCertificates certs;
//     QVERIFY2(certs.generate(), qPrintable(certs.errorString()));
//     options.setTlsCaCertificateFile(certs.caCertificateFile());
class TlsTestCertificates
{
public:
    TlsTestCertificates();
    ~TlsTestCertificates();

    TlsTestCertificates(const TlsTestCertificates &) = delete;
    TlsTestCertificates &operator=(const TlsTestCertificates &) = delete;

    // Makes every file below; false and errorString() (with openssl's
    // output) if openssl is missing or fails. Safe to call again: it then
    // does nothing and returns true.
    bool generate();
    bool isValid() const;
    QString errorString() const;
    QString directory() const;

    // Absolute paths; valid after a successful generate().
    QString caCertificateFile() const;
    QString caKeyFile() const;
    QString serverCertificateFile() const;
    QString serverKeyFile() const;
    QString otherServerCertificateFile() const;
    QString expiredServerCertificateFile() const;
    QString clientCertificateFile() const;
    QString clientKeyFile() const;
    QString encryptedClientKeyFile() const;
    QString selfSignedClientCertificateFile() const; // key: clientKeyFile()
    static QString clientKeyPassphrase();

    // The name otherServerCertificateFile() is for.
    static QString otherServerName();

    // Absolute path of the openssl binary, or empty (QTREDIS_OPENSSL
    // overrides the search).
    static QString opensslPath();

private:
    QString file(const char *name) const;
    bool openssl(const QStringList &arguments);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_error;
    bool m_valid = false;
};

#endif // TLSTESTCERTS_H
