// The floor of the start-up benchmark: the least a Qt Widgets program does to show a
// table, a QMainWindow of the client's size around an empty QTableView with the Sent
// list's columns. It reports its first painted frame as the client does.
#include "ui/firstframereporter.h"

#include <QApplication>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTableView>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const InviteDesk::FirstFrameReporter firstFrame;
    QStandardItemModel model(0, 5);
    model.setHorizontalHeaderLabels({u"Name"_s, u"Headline"_s, u"Company"_s, u"Sent"_s, u"Actions"_s});
    QMainWindow window;
    auto *table = new QTableView;
    table->setModel(&model);
    window.setCentralWidget(table);
    window.resize(1100, 720);
    window.show();
    return QApplication::exec();
}
