#pragma once

#include <QTextDocument>

namespace agentdesk {
namespace ui {

//! A QTextDocument that never loads a resource: no image, no stylesheet, no file, no network.
//!
//! Text from visitors and AI answers is rendered in these, so even markup that slipped past
//! SafeText could not make the desk fetch anything.
class SafeTextDocument : public QTextDocument {
    Q_OBJECT
public:
    explicit SafeTextDocument(QObject* parent = nullptr);

    //! How many resources something asked for (and was refused); for tests and logs.
    int refusedResources() const { return m_refused; }

protected:
    QVariant loadResource(int type, const QUrl& name) override;

private:
    int m_refused = 0;
};

} // namespace ui
} // namespace agentdesk
