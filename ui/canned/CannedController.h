#pragma once

#include "canned/CannedTemplate.h"
#include "desk/CannedUse.h"

#include <QHash>
#include <QKeySequence>
#include <QObject>
#include <QPointer>

class QShortcut;

namespace agentdesk {
class Desk;
} // namespace agentdesk

namespace agentdesk {
namespace ui {

class CannedCompleter;
class CannedEditor;
class CannedPalette;
class ReplyTarget;

//! Canned replies in the desk: one window shortcut per reply (Ctrl+1 ... by default), the `/`
//! popup of the composer, the palette (Ctrl+Shift+R) and the editor window. What a reply does
//! in the conversation (placeholders filled, sent at once or inserted and flagged) is the core's
//! CannedUse; this class gives it keys and windows, and writes into the ReplyTarget.
class CannedController : public QObject {
    Q_OBJECT
public:
    //! Uses the desk's canned library, CannedUse and, for "Sync from server", its transport
    //! and secrets.
    CannedController(QWidget* window, ReplyTarget* target, agentdesk::Desk& desk);
    ~CannedController() override;

    //! Registers the shortcuts (after the window's own actions exist) and reports conflicts.
    void start();

    using Mode = agentdesk::CannedUse::Mode;
    //! Uses reply `replyId` in the open conversation.
    void apply(qint64 replyId, Mode mode);

    //! Placeholder values of the open conversation (now, in the UI locale).
    agentdesk::PlaceholderValues placeholderValues() const;

    //! The key sequences the desk already uses (portable text -> what for), canned ones aside.
    QHash<QString, QString> deskShortcuts() const;

    void showPalette();
    void showEditor();
    CannedCompleter* completer() const { return m_completer; }
    CannedPalette* palette() const; //!< while open
    CannedEditor* editor() const;   //!< while open
    //! The shortcuts of canned replies now active in the window (portable text).
    QStringList activeShortcuts() const;
    //! Each active canned reply shortcut with its reply's title, in the library's order (for
    //! Help > Keyboard Shortcuts).
    QList<std::pair<QString, QKeySequence>> shortcutTitles() const;

signals:
    void statusMessage(const QString& text);

private:
    void rebuildShortcuts();
    qint64 currentAccountId() const;

    QWidget* m_window;
    ReplyTarget* m_target;
    agentdesk::Desk& m_desk;
    CannedCompleter* m_completer;
    QList<QShortcut*> m_shortcuts;
    QStringList m_shortcutTitles; //!< the reply of each of m_shortcuts
    QPointer<CannedPalette> m_palette;
    QPointer<CannedEditor> m_editor;
    QString m_lastConflictReport;
};

} // namespace ui
} // namespace agentdesk
