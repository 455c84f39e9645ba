package com.headroom.dashboard.ui;

import com.headroom.dashboard.Results.WeekPoint;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * Invitations sent and accepted per week as grouped bars, drawn on the server by
 * JFreeChart into SVG and shown as an image (a data: address), like the content charts.
 */
final class WeeklyChart {

    static final String SENT = "Invitations sent";
    static final String ACCEPTED = "Of those, accepted";

    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private WeeklyChart() {
    }

    static String svg(List<WeekPoint> weeks) {
        var data = new DefaultCategoryDataset();
        for (var week : weeks) {
            String label = WEEK.format(week.monday());
            data.addValue(week.sent(), SENT, label);
            data.addValue(week.accepted(), ACCEPTED, label);
        }
        var chart = ChartFactory.createBarChart(null, "Week starting", "Invitations", data, PlotOrientation.VERTICAL,
                true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setOutlineVisible(false);
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        var renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, new Color(0x0A66C2));
        renderer.setSeriesPaint(1, new Color(0x057642));
        renderer.setItemMargin(0.05);
        var font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        plot.getDomainAxis().setTickLabelFont(font);
        plot.getRangeAxis().setTickLabelFont(font);
        plot.getDomainAxis().setLabelFont(font);
        plot.getRangeAxis().setLabelFont(font);
        chart.getLegend().setItemFont(font);
        var svg = new SVGGraphics2D(720, 300);
        chart.draw(svg, new Rectangle(0, 0, 720, 300));
        return svg.getSVGElement();
    }

    static String dataUrl(String svg) {
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * What the chart shows, for screen readers and for tests: "Week of Mon 7 Sep 2026: 20
     * sent, 7 accepted; …".
     */
    static String describe(List<WeekPoint> weeks) {
        var text = new StringBuilder("Invitations sent and accepted per week. ");
        for (var w : weeks) {
            text.append("Week of ")
                .append(com.headroom.base.Dates.day(w.monday()))
                .append(": ")
                .append(w.sent())
                .append(" sent, ")
                .append(w.accepted())
                .append(" accepted. ");
        }
        return text.toString().strip();
    }

}
