#include "ui/window/AboutDialog.h"

#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>
#include <QtGlobal>

#include <agentdesk/Version.h>

namespace agentdesk {
namespace ui {

#ifndef AGENTDESK_HOMEPAGE_URL
#error "AGENTDESK_HOMEPAGE_URL comes from the top-level project(HOMEPAGE_URL ...)"
#endif

namespace {

QLabel* linkLabel(const QString& html, QWidget* parent) {
    auto* label = new QLabel(html, parent);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setOpenExternalLinks(true);
    label->setWordWrap(true);
    return label;
}

} // namespace

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("About AgentDesk"));
    const QString homepage = QStringLiteral(AGENTDESK_HOMEPAGE_URL);

    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/agentdesk.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignHCenter);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("aboutTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setText(tr("AgentDesk %1").arg(QString::fromLatin1(agentdesk::kVersion)));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignHCenter);

    auto* description = new QLabel(tr("A fast, keyboard-first desk for support agents: "
                                      "Rocket.Chat, SocialBoards and LiveChatAI in one window."),
                                   this);
    description->setWordWrap(true);
    description->setAlignment(Qt::AlignHCenter);

    m_qt = new QLabel(this);
    m_qt->setObjectName(QStringLiteral("aboutQt"));
    m_qt->setTextFormat(Qt::PlainText);
    m_qt->setText(tr("Built with Qt %1, running on Qt %2.")
                      .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
    m_qt->setAlignment(Qt::AlignHCenter);

    m_license = linkLabel(tr("Released under the <a href=\"%1\">MIT License</a>. "
                             "Copyright © 2026 The AgentDesk developers.")
                              .arg(QStringLiteral("https://opensource.org/licenses/MIT")),
                          this);
    m_license->setObjectName(QStringLiteral("aboutLicense"));
    m_license->setAlignment(Qt::AlignHCenter);

    m_homepage = linkLabel(tr("Homepage: <a href=\"%1\">%1</a>").arg(homepage), this);
    m_homepage->setObjectName(QStringLiteral("aboutHomepage"));
    m_homepage->setAlignment(Qt::AlignHCenter);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(icon);
    layout->addWidget(m_title);
    layout->addWidget(description);
    layout->addSpacing(8);
    layout->addWidget(m_qt);
    layout->addWidget(m_license);
    layout->addWidget(m_homepage);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize);
}

} // namespace ui
} // namespace agentdesk
