package org.switchboard.earnings.boundary;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.switchboard.earnings.boundary.EarningsViews.EarningLine;
import org.switchboard.earnings.boundary.EarningsViews.PayoutLine;
import org.switchboard.earnings.boundary.EarningsViews.Statement;
import org.switchboard.platform.kernel.Shown;

import java.awt.Color;
import java.io.ByteArrayOutputStream;

/**
 * A payout's statement as a PDF: what was paid, to whom, for which period, and every earning it
 * pays, so that a partner's bookkeeper can reconcile the transfer line by line.
 */
public final class StatementPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10);
    private static final Font HEAD = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font CELL = new Font(Font.HELVETICA, 9);

    private StatementPdf() {
    }

    /** The file name a statement downloads as, e.g. statement-2026-10.pdf. */
    public static String fileName(PayoutLine payout) {
        return "statement-" + payout.period() + ".pdf";
    }

    public static byte[] of(Statement statement) {
        PayoutLine payout = statement.payout();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter.getInstance(document, pdf);
            document.addTitle("Payout statement " + payout.period());
            document.open();
            document.add(new Paragraph("Payout statement", TITLE));
            document.add(new Paragraph(statement.portalName(), TEXT));
            document.add(new Paragraph(" ", TEXT));
            document.add(facts(payout));
            document.add(new Paragraph(" ", TEXT));
            document.add(lines(statement));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Statement of payout " + payout.id() + " could not be written", e);
        }
        return pdf.toByteArray();
    }

    private static PdfPTable facts(PayoutLine payout) {
        PdfPTable facts = new PdfPTable(new float[] {1, 3});
        facts.setWidthPercentage(60);
        facts.setHorizontalAlignment(Element.ALIGN_LEFT);
        fact(facts, "Period", payout.period());
        fact(facts, "Cut-off", Shown.day(payout.cutOff()));
        fact(facts, "Status", payout.status().name());
        fact(facts, "Amount", payout.amount().toString());
        fact(facts, "Earnings", String.valueOf(payout.earningsCount()));
        fact(facts, "Created", Shown.day(payout.createdAt()));
        fact(facts, "Paid", Shown.day(payout.settledAt()));
        fact(facts, "Reference", payout.reference() == null ? "" : payout.reference());
        return facts;
    }

    private static void fact(PdfPTable table, String label, String value) {
        table.addCell(borderless(label, HEAD, Element.ALIGN_LEFT));
        table.addCell(borderless(value, TEXT, Element.ALIGN_LEFT));
    }

    private static PdfPTable lines(Statement statement) {
        PdfPTable table = new PdfPTable(new float[] {2, 6, 4, 1.5f, 2.5f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String head : new String[] {"Date", "Source", "Client", "Rate %", "Amount"}) {
            PdfPCell cell = new PdfPCell(new Phrase(head, HEAD));
            cell.setBackgroundColor(new Color(235, 238, 242));
            cell.setHorizontalAlignment(head.equals("Amount") || head.equals("Rate %") ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
            table.addCell(cell);
        }
        for (EarningLine line : statement.lines()) {
            table.addCell(new PdfPCell(new Phrase(Shown.day(line.earnedAt()), CELL)));
            table.addCell(new PdfPCell(new Phrase(line.source() == null ? "" : line.source(), CELL)));
            table.addCell(new PdfPCell(new Phrase(line.clientName() == null ? "" : line.clientName(), CELL)));
            table.addCell(right(line.ratePercent() == null ? "" : line.ratePercent().toPlainString()));
            table.addCell(right(line.amount().toString()));
        }
        PdfPCell label = new PdfPCell(new Phrase("Total", HEAD));
        label.setColspan(4);
        table.addCell(label);
        PdfPCell total = new PdfPCell(new Phrase(statement.payout().amount().toString(), HEAD));
        total.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(total);
        return table;
    }

    private static PdfPCell right(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, CELL));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    private static PdfPCell borderless(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setHorizontalAlignment(alignment);
        return cell;
    }
}
