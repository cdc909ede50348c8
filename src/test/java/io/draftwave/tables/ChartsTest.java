package io.draftwave.tables;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChartsTest {

	static final ChartData BARS = new ChartData(ChartData.Kind.BAR, "민원 접수 현황 - 접수 건수", "분야", "접수 건수",
			List.of("교통·주차", "환경·청소", "도로·시설물"), List.of(54756.0, 29619.0, 29034.0));

	@Test
	void pngIsAnImageOfTheChartSize() throws Exception {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(Charts.png(BARS)));

		assertThat(image.getWidth()).isEqualTo(Charts.WIDTH);
		assertThat(image.getHeight()).isEqualTo(Charts.HEIGHT);
	}

	@Test
	void svgKeepsTheKoreanLabelsAsText() {
		String svg = Charts.svg(BARS);

		assertThat(svg).contains("<svg", "교통·주차", "도로·시설물", "접수 건수");
	}

	@Test
	void lineChartForTime() {
		ChartData line = new ChartData(ChartData.Kind.LINE, "추이", "연도", "접수 건수", List.of("2023", "2024", "2025"),
				List.of(52943.0, 58197.0, 54756.0));

		assertThat(Charts.svg(line)).contains("2024").contains("<path", "</svg>");
	}

	@Test
	void aKoreanFontIsUsedWhereOneIsInstalled() {
		String family = Charts.fontFamily();

		assertThat(new java.awt.Font(family, java.awt.Font.PLAIN, 12).canDisplayUpTo("교통·주차")).isEqualTo(-1);
	}

}
