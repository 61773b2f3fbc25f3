// `neurone --screenshot PANEL FILE.png [--size WxH] [--lang en|fr] [--state key=value]…
//  [--dark] [--projector]`: renders the window showing PANEL, offscreen, to a PNG, and exits.
#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

struct ScreenshotRequest {
    QString panel;
    QString file;
    QSize size{1400, 860};
    QString language = "en";
    QStringList states; // key=value, applied in order
    bool dark = false;
    bool projector = false;
};

// Returns the process exit code; problems go to stderr as one line.
int takeScreenshot(const ScreenshotRequest& request);
