#include "DemoNotesLook.h"

#include "changes/RecordChanges.h"
#include "changes/Workspace.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

/// A logo without lettering: fonts need a GUI session, and the demo is also seeded headless.
QByteArray logoPng() {
    QImage logo(360, 96, QImage::Format_ARGB32);
    logo.fill(Qt::transparent);
    {
        QPainter p(&logo);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xa7, 0xf3, 0xd0));
        p.drawEllipse(QRectF(4, 8, 80, 80));
        p.setBrush(QColor(0x00, 0x4d, 0x40));
        p.drawPolygon(QPolygonF({QPointF(30, 70), QPointF(44, 22), QPointF(58, 70)}));
        p.setBrush(QColor(0xec, 0xfd, 0xf5));
        for (int bar = 0; bar < 3; ++bar)
            p.drawRoundedRect(QRectF(100, 18 + bar * 24, 250 - bar * 60, 14), 7, 7);
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    logo.save(&buffer, "PNG");
    return png;
}

} // namespace

Result<void> seedDemoNotesLook(Workspace &workspace) {
    NotesBranding branding;
    branding.organisation = u"Northwind Energy"_s;
    branding.logoPng = logoPng();
    branding.primaryColour = u"#004d40"_s;
    branding.accentColour = u"#b45309"_s;
    CreateRecord<NotesBranding> look(branding);
    if (auto r = workspace.apply(look); !r)
        return r;
    NotesTemplate customers = notes_catalogue::defaultTemplate(u"customer"_s);
    customers.footer = u"Questions about this release? Call 0800 555 0123 or write to care@northwind.example."_s;
    CreateRecord<NotesTemplate> footer(customers);
    return workspace.apply(footer);
}

} // namespace relm
