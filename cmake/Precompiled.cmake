# Precompiled headers. Parsing Qt's, QCustomPlot's and Eigen's headers is most of the build
# time (80–90 % of a widget file's compile): each target parses them once instead of once per
# file. Test suites are one file each, so each group of suites shares one precompiled header,
# made by a donor object library with the group's flags (REUSE_FROM). NEURONE_PCH=OFF turns
# it off (a build that checks every file includes what it uses).
option(NEURONE_PCH "Precompile the standard, Eigen, Qt and QCustomPlot headers" ON)

set(NEURONE_PCH_ENGINE
    <algorithm> <array> <cmath> <cstdint> <functional> <map> <memory> <numeric> <optional>
    <random> <span> <stdexcept> <string> <string_view> <utility> <variant> <vector> <Eigen/Dense>)
set(NEURONE_PCH_CORE ${NEURONE_PCH_ENGINE}
    <QCoreApplication> <QDir> <QElapsedTimer> <QFile> <QFileInfo> <QList> <QObject> <QSettings>
    <QString> <QStringList> <QTimer>)
set(NEURONE_PCH_GUI ${NEURONE_PCH_CORE} <QColor> <QImage> <QPainter>)
set(NEURONE_PCH_WIDGETS ${NEURONE_PCH_GUI}
    ${CMAKE_SOURCE_DIR}/cmake/PlotHeader.h
    <QApplication> <QCheckBox> <QComboBox> <QDoubleSpinBox> <QFileDialog> <QFormLayout>
    <QGroupBox> <QHBoxLayout> <QHeaderView> <QLabel> <QLineEdit> <QPushButton> <QScrollArea>
    <QSlider> <QSpinBox> <QSplitter> <QTabWidget> <QTableView> <QVBoxLayout> <QWidget>)

# neurone_precompile(target ENGINE|CORE|GUI|WIDGETS)
function(neurone_precompile target set)
    if(NEURONE_PCH)
        target_precompile_headers(${target} PRIVATE ${NEURONE_PCH_${set}})
    endif()
endfunction()

# neurone_pch_donor(donor ENGINE|CORE|GUI|WIDGETS libraries…): a precompiled header for the
# targets that link exactly these libraries (and Qt Test), shared with neurone_reuse_pch.
function(neurone_pch_donor donor set)
    if(NEURONE_PCH)
        add_library(${donor} OBJECT ${CMAKE_SOURCE_DIR}/cmake/PrecompiledDonor.cpp)
        target_link_libraries(${donor} PRIVATE Qt6::Test ${ARGN})
        neurone_warnings(${donor})
        target_precompile_headers(${donor} PRIVATE ${NEURONE_PCH_${set}} <QTest>)
    endif()
endfunction()

function(neurone_reuse_pch target donor)
    if(NEURONE_PCH)
        target_precompile_headers(${target} REUSE_FROM ${donor})
    endif()
endfunction()
