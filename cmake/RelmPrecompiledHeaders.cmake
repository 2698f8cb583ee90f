# Precompiled headers: most of a source's compile time goes into parsing the same Qt headers again.
# Each library precompiles the headers its sources include most; the test programs share two
# precompiled sets (core tests and widget tests) through small programs that own them, built with
# the same flags as the tests (a library's position-independent code would not match a program's).
option(RELM_PRECOMPILED_HEADERS "Precompile the most included Qt and standard headers" ON)

set(relm_pch_core
    <algorithm> <functional> <memory> <optional> <vector>
    <QCoreApplication> <QString> <QStringList> <QList> <QHash> <QSet> <QVariant>
    <QJsonArray> <QJsonObject> <QJsonDocument>
    <QDate> <QDateTime> <QTimeZone> <QLocale> <QRegularExpression>
    <QFile> <QDir> <QFileInfo>
    <QSqlDatabase> <QSqlQuery> <QSqlError>)
set(relm_pch_widgets ${relm_pch_core}
    <QApplication> <QWidget> <QAction> <QLabel> <QPushButton> <QLineEdit> <QComboBox>
    <QVBoxLayout> <QHBoxLayout> <QFormLayout> <QDialog> <QDialogButtonBox>
    <QAbstractItemModel> <QTableView> <QHeaderView> <QPainter> <QUndoStack>)
set(relm_pch_test <QTest> <QSignalSpy> <QTemporaryDir>)

# relm_precompile(TARGET core|widgets): TARGET precompiles the headers of that set.
function(relm_precompile target set)
    if(RELM_PRECOMPILED_HEADERS)
        target_precompile_headers(${target} PRIVATE ${relm_pch_${set}})
    endif()
endfunction()

# relm_add_precompiled_test_headers(DONOR set LIBRARIES...): a program that owns the precompiled
# headers of test programs linking LIBRARIES (and nothing else that changes their flags).
function(relm_add_precompiled_test_headers donor set)
    if(RELM_PRECOMPILED_HEADERS)
        add_executable(${donor} ${PROJECT_SOURCE_DIR}/tests/support/PrecompiledHeaders.cpp)
        target_link_libraries(${donor} PRIVATE ${ARGN})
        target_precompile_headers(${donor} PRIVATE ${relm_pch_${set}} ${relm_pch_test})
    endif()
endfunction()

# relm_reuse_precompiled_test_headers(TARGET DONOR): TARGET compiles with DONOR's headers.
function(relm_reuse_precompiled_test_headers target donor)
    if(RELM_PRECOMPILED_HEADERS)
        target_precompile_headers(${target} REUSE_FROM ${donor})
    endif()
endfunction()
