#pragma once

#include <QMainWindow>

//! The desk's one window: it composes the panes and wires their signals, nothing more.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
};
