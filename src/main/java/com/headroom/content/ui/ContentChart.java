package com.headroom.content.ui;

import com.headroom.content.AnalyticsRow;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * Connection requests per post as a bar chart, drawn on the server by JFreeChart into
 * SVG. It is shown as an image (a data: address), so that nothing in it can run in the
 * page.
 */
final class ContentChart {

    private ContentChart() {
    }

    static String inboundPerPost(List<AnalyticsRow> rows, String groupLabel) {
        var data = new DefaultCategoryDataset();
        for (var row : rows) {
            data.addValue(row.inboundPerPost(), "Connection requests per post", row.group());
        }
        var chart = ChartFactory.createBarChart(null, groupLabel, "Connection requests per post", data,
                PlotOrientation.HORIZONTAL, false, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setOutlineVisible(false);
        var renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, new Color(0x0A66C2));
        renderer.setMaximumBarWidth(0.12);
        var font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        plot.getDomainAxis().setTickLabelFont(font);
        plot.getRangeAxis().setTickLabelFont(font);
        plot.getDomainAxis().setLabelFont(font);
        plot.getRangeAxis().setLabelFont(font);
        int height = Math.max(160, 60 + 36 * rows.size());
        var svg = new SVGGraphics2D(720, height);
        chart.draw(svg, new Rectangle(0, 0, 720, height));
        return svg.getSVGElement();
    }

    static String dataUrl(String svg) {
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }

}
