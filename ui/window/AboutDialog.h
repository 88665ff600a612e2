#pragma once

#include <QDialog>

class QLabel;

namespace agentdesk {
namespace ui {

//! Help > About AgentDesk: what the desk is, its version, its license and the Qt it runs on, so
//! a support ticket about the desk itself can say exactly which build it is about.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);

    //! "AgentDesk 0.1.0": the product and the version of this build.
    QLabel* titleLabel() const { return m_title; }
    //! The Qt version the desk was built with and the one it runs with.
    QLabel* qtLabel() const { return m_qt; }
    //! The license with a link to its text.
    QLabel* licenseLabel() const { return m_license; }
    //! The project's homepage as a link.
    QLabel* homepageLabel() const { return m_homepage; }

private:
    QLabel* m_title;
    QLabel* m_qt;
    QLabel* m_license;
    QLabel* m_homepage;
};

} // namespace ui
} // namespace agentdesk
