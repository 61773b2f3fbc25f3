// QCustomPlot's header, for the precompiled headers (cmake/Precompiled.cmake).
// qcustomplot.h includes <QtPrintSupport/QtPrintSupport>, whose dependencies are the whole of
// QtCore, QtGui and QtWidgets (about 800 MB of parsing, 10 s per file), and uses none of it:
// marking that umbrella header as already read keeps QCustomPlot's own includes only. The
// macro is undefined afterwards, so a file that wants the umbrella header still gets it.
#pragma once

#ifndef QT_QTPRINTSUPPORT_MODULE_H
#define QT_QTPRINTSUPPORT_MODULE_H
#define NEURONE_SKIPPED_QTPRINTSUPPORT
#endif
#include <qcustomplot.h>
#ifdef NEURONE_SKIPPED_QTPRINTSUPPORT
#undef QT_QTPRINTSUPPORT_MODULE_H
#undef NEURONE_SKIPPED_QTPRINTSUPPORT
#endif
