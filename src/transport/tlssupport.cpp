// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "transport/tlssupport_p.h"

#include <QtCore/qdatetime.h>
#include <QtNetwork/qhostaddress.h>
#include <QtNetwork/qsslcertificate.h>

#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace QtRedisPrivate {

QSslSocket *TlsSession::createSocket(const TlsSettings &settings, QObject *parent)
{
    m_settings = settings;
    m_socket = new QSslSocket(parent);
    m_socket->setSslConfiguration(settings.configuration);
    m_socket->setPeerVerifyName(settings.peerName);
    m_socket->setReadBufferSize(readBufferSize);
    return m_socket;
}

void TlsSession::connectToHost(const QString &address, quint16 port)
{
    m_socket->connectToHostEncrypted(address, port, m_settings.peerName);
}

bool TlsSession::connectToUnixSocket(const QString &path, TransportFailure *failure)
{
    const QByteArray encoded = path.toLocal8Bit();
    sockaddr_un sa;
    std::memset(&sa, 0, sizeof sa);
    failure->kind = TransportFailure::Kind::ConnectFailed;
    if (size_t(encoded.size()) >= sizeof sa.sun_path) {
        failure->connectError = QtRedis::Error::SocketError;
        failure->detail = tr("The socket path is too long");
        return false;
    }
    sa.sun_family = AF_UNIX;
    std::memcpy(sa.sun_path, encoded.constData(), size_t(encoded.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        failure->connectError = QtRedis::Error::SocketError;
        failure->detail = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    // A local connect completes at once (or fails): no need to wait for it.
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&sa), sizeof sa) != 0) {
        const int e = errno;
        ::close(fd);
        failure->connectError = (e == ECONNREFUSED || e == ENOENT) ? QtRedis::Error::ConnectionRefused
                                                                    : QtRedis::Error::SocketError;
        failure->detail = QString::fromLocal8Bit(std::strerror(e));
        return false;
    }
    if (!m_socket->setSocketDescriptor(fd, QAbstractSocket::ConnectedState)) {
        ::close(fd);
        failure->connectError = QtRedis::Error::SocketError;
        failure->detail = m_socket->errorString();
        return false;
    }
    m_socket->startClientEncryption();
    return true;
}

TransportFailure TlsSession::failure(QAbstractSocket::SocketError error, const QString &description) const
{
    TransportFailure failure;
    const bool tlsError = error == QAbstractSocket::SslHandshakeFailedError
            || error == QAbstractSocket::SslInternalError || error == QAbstractSocket::SslInvalidUserDataError;
    if (!m_sslErrors.isEmpty() && !m_encrypted) {
        // The certificate did not pass verification.
        failure.kind = TransportFailure::Kind::Tls;
        failure.detail = describe(m_sslErrors, m_settings.peerName);
        failure.sslErrors = m_sslErrors;
        failure.retryable = false;
        return failure;
    }
    if (!m_encrypted && (tlsError || error == QAbstractSocket::RemoteHostClosedError)) {
        failure.kind = TransportFailure::Kind::Tls;
        // A close may be a server going away mid-handshake: worth another try.
        failure.retryable = !tlsError;
        const QString lower = description.toLower();
        const bool haveCertificate = !m_settings.configuration.localCertificate().isNull();
        auto has = [&lower](const char *text) { return lower.contains(QLatin1String(text)); };
        if (error == QAbstractSocket::RemoteHostClosedError)
            failure.detail = tr("the server closed the connection during the TLS handshake (it may have too many "
                                "clients, or not accept TLS here)");
        else if (has("wrong version number") || has("packet length") || has("record layer") || has("http request"))
            failure.detail = tr("the server does not speak TLS on this port (is it a plain-text port?)");
        else if (has("certificate required") || (!haveCertificate && has("alert handshake failure")))
            failure.detail = tr("the server requires a client certificate (tls-auth-clients): set a certificate and "
                                "a key");
        else if (haveCertificate
                 && (has("unknown ca") || has("bad certificate") || has("certificate unknown")
                     || has("certificate expired") || has("certificate revoked") || has("access denied")))
            failure.detail = tr("the server refused the client certificate (%1)").arg(description);
        else
            failure.detail = tr("the handshake failed: %1").arg(description);
        return failure;
    }
    if (m_encrypted && !m_dataReceived
        && (tlsError || error == QAbstractSocket::RemoteHostClosedError)) {
        // TLS 1.3: the server checks the client's certificate after the
        // client's side of the handshake is done, and ends the connection.
        failure.kind = TransportFailure::Kind::Tls;
        failure.retryable = false;
        const bool haveCertificate = !m_settings.configuration.localCertificate().isNull();
        const QString lower = description.toLower();
        if (lower.contains(QLatin1String("certificate required")) || !haveCertificate)
            failure.detail = tr("the server requires a client certificate (tls-auth-clients): set a certificate and "
                                "a key");
        else
            failure.detail = tr("the server refused the client certificate (%1)").arg(description);
        return failure;
    }
    if (!m_encrypted) {
        failure.kind = TransportFailure::Kind::ConnectFailed;
        failure.connectError = error == QAbstractSocket::ConnectionRefusedError ? QtRedis::Error::ConnectionRefused
                : error == QAbstractSocket::HostNotFoundError                   ? QtRedis::Error::HostNotFound
                : error == QAbstractSocket::SocketTimeoutError                  ? QtRedis::Error::Timeout
                                                                                : QtRedis::Error::SocketError;
        failure.detail = description;
        return failure;
    }
    if (error == QAbstractSocket::RemoteHostClosedError) {
        failure.kind = TransportFailure::Kind::PeerClosed;
        return failure;
    }
    failure.kind = TransportFailure::Kind::Io;
    failure.detail = description;
    return failure;
}

namespace {
QString certificateNames(const QSslCertificate &certificate)
{
    QStringList names;
    const auto alternatives = certificate.subjectAlternativeNames();
    for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it)
        names.append(it.value());
    if (names.isEmpty())
        names = certificate.subjectInfo(QSslCertificate::CommonName);
    return names.join(QLatin1String(", "));
}
} // namespace

QString TlsSession::describe(const QList<QSslError> &errors, const QString &peerName)
{
    QStringList parts;
    auto add = [&parts](const QString &text) {
        if (!parts.contains(text))
            parts.append(text);
    };
    // Order: trust first, then name, then validity, then the rest.
    for (int pass = 0; pass < 4; ++pass) {
        for (const QSslError &e : errors) {
            const QSslCertificate cert = e.certificate();
            switch (e.error()) {
            case QSslError::UnableToGetLocalIssuerCertificate:
            case QSslError::UnableToGetIssuerCertificate:
            case QSslError::UnableToVerifyFirstCertificate:
            case QSslError::SelfSignedCertificate:
            case QSslError::SelfSignedCertificateInChain:
            case QSslError::CertificateUntrusted:
                if (pass == 0)
                    add(tr("the server's certificate (issued by \"%1\") is not signed by a trusted CA; set the CA "
                           "file")
                                .arg(cert.isNull() ? QString() : cert.issuerDisplayName()));
                break;
            case QSslError::HostNameMismatch:
                if (pass == 1)
                    add(tr("the server's certificate is for %1, not %2").arg(certificateNames(cert), peerName));
                break;
            case QSslError::CertificateExpired:
                if (pass == 2)
                    add(tr("the server's certificate expired on %1")
                                .arg(cert.expiryDate().toUTC().toString(Qt::ISODate)));
                break;
            case QSslError::CertificateNotYetValid:
                if (pass == 2)
                    add(tr("the server's certificate is not valid before %1")
                                .arg(cert.effectiveDate().toUTC().toString(Qt::ISODate)));
                break;
            default:
                if (pass == 3)
                    add(e.errorString());
                break;
            }
        }
    }
    return parts.join(QLatin1String("; "));
}

} // namespace QtRedisPrivate
