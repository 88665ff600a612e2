#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace agentdesk {
namespace ui {

//! `agentdesk --screenshot FILE.png`: renders the window to a PNG once it has painted, then
//! reports. Used for the README's pictures and to check the window in CI without a display.
class Screenshot : public QObject {
    Q_OBJECT
public:
    Screenshot(QWidget* window, const QString& path, QObject* parent = nullptr);

    //! Waits for the first paint (or `fallbackMs`), then grabs and saves.
    void arm(int fallbackMs = 3000);

signals:
    void finished(bool ok, const QString& error);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void grab();

    QWidget* m_window;
    QString m_path;
    bool m_done = false;
    bool m_scheduled = false;
};

} // namespace ui
} // namespace agentdesk
