#pragma once

#include <QByteArray>
#include <QIODevice>

namespace agentdesk {

//! A request body that can be read once and never rewound.
//!
//! Qt's HTTP/1.1 channel silently sends a request again when the connection breaks before the
//! answer (QHttpNetworkConnectionChannel's reconnect attempts), also after the server has carried
//! it out. It can only do so by rewinding the upload; this device refuses, so Qt gives up with
//! QNetworkReply::ContentReSendError instead, and the Transport reports an outcome that is not
//! known. Used with QNetworkRequest::DoNotBufferUploadDataAttribute and an explicit
//! Content-Length, otherwise Qt would copy it into a buffer it can rewind.
class OneShotBody final : public QIODevice {
public:
    explicit OneShotBody(QByteArray body, QObject* parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }
    bool atEnd() const override { return m_read >= m_body.size(); }
    qint64 size() const override { return m_body.size(); }

    //! True once Qt has taken any byte of the body (it may have reached the server).
    bool started() const { return m_read > 0; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_body;
    qint64 m_read = 0;
};

} // namespace agentdesk
