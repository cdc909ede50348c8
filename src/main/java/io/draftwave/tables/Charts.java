package io.draftwave.tables;

import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws a result's chart with JFreeChart: bars for categories, a line for time, as PNG or
 * SVG (JFreeSVG). Korean labels need a font with Hangul: the first installed of
 * {@link #KOREAN_FONTS} is used, else the JDK's logical {@code SansSerif}. In SVG, text
 * stays text, so the labels are searchable and selectable.
 */
public final class Charts {

	/** Fonts tried for labels, in order (fonts-noto-cjk installs the first). */
	public static final List<String> KOREAN_FONTS = List.of("Noto Sans CJK KR", "Noto Sans KR", "NanumGothic",
			"Malgun Gothic", "Apple SD Gothic Neo");

	static final int WIDTH = 720;

	static final int HEIGHT = 400;

	private Charts() {
	}

	/** The chart as a PNG image of {@value #WIDTH} × {@value #HEIGHT} pixels. */
	public static byte[] png(ChartData data) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ChartUtils.writeChartAsPNG(out, chart(data), WIDTH, HEIGHT);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot draw the chart", ex);
		}
		return out.toByteArray();
	}

	/** The chart as an SVG document (UTF-8). */
	public static String svg(ChartData data) {
		SVGGraphics2D graphics = new SVGGraphics2D(WIDTH, HEIGHT);
		chart(data).draw(graphics, new java.awt.Rectangle(0, 0, WIDTH, HEIGHT));
		return graphics.getSVGDocument();
	}

	/** The font family used for labels. */
	public static String fontFamily() {
		List<String> installed = List
			.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
		return KOREAN_FONTS.stream().filter(installed::contains).findFirst().orElse(Font.SANS_SERIF);
	}

	private static JFreeChart chart(ChartData data) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		for (int i = 0; i < data.labels().size(); i++) {
			dataset.addValue(data.values().get(i), data.measure(), data.labels().get(i));
		}
		JFreeChart chart = data.kind() == ChartData.Kind.LINE
				? ChartFactory.createLineChart(data.title(), data.axis(), data.measure(), dataset,
						PlotOrientation.VERTICAL, false, false, false)
				: ChartFactory.createBarChart(data.title(), data.axis(), data.measure(), dataset,
						PlotOrientation.VERTICAL, false, false, false);
		String family = fontFamily();
		chart.setTitle(new TextTitle(data.title(), new Font(family, Font.BOLD, 16)));
		chart.setBackgroundPaint(Color.WHITE);
		var plot = chart.getCategoryPlot();
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(new Color(0xDDDDDD));
		Font label = new Font(family, Font.PLAIN, 12);
		plot.getDomainAxis().setTickLabelFont(label);
		plot.getDomainAxis().setLabelFont(label);
		plot.getRangeAxis().setTickLabelFont(label);
		plot.getRangeAxis().setLabelFont(label);
		plot.getRenderer().setSeriesPaint(0, new Color(0x2F6FB5));
		return chart;
	}

}
