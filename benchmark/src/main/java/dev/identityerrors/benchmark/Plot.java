package dev.identityerrors.benchmark;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/** A line chart of compile time against corpus size, drawn with the JDK alone. */
final class Plot {
  private static final Color[] COLOURS = {
    new Color(0x1f77b4),
    new Color(0xd62728),
    new Color(0x2ca02c),
    new Color(0xff7f0e),
    new Color(0x9467bd),
    new Color(0x8c564b),
    new Color(0x17becf)
  };

  private Plot() {}

  /** Series by name, each a median time (ms) per corpus size (classes), in the order of sizes. */
  static void write(Path file, String title, List<Integer> sizes, Map<String, List<Long>> series)
      throws IOException {
    int width = 1000;
    int height = 560;
    int left = 80;
    int right = 300;
    int top = 50;
    int bottom = 60;
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    long maxMillis = 1;
    for (List<Long> values : series.values()) {
      for (long value : values) {
        maxMillis = Math.max(maxMillis, value);
      }
    }
    int maxSize = sizes.get(sizes.size() - 1);
    int plotWidth = width - left - right;
    int plotHeight = height - top - bottom;
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    g.drawString(title, left, 30);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    g.drawLine(left, top + plotHeight, left + plotWidth, top + plotHeight);
    g.drawLine(left, top, left, top + plotHeight);
    for (int tick = 0; tick <= 5; tick++) {
      long millis = maxMillis * tick / 5;
      int y = top + plotHeight - (int) (plotHeight * tick / 5.0);
      g.setColor(new Color(0xdddddd));
      g.drawLine(left + 1, y, left + plotWidth, y);
      g.setColor(Color.BLACK);
      g.drawString(String.format("%.1f s", millis / 1000.0), 20, y + 4);
    }
    for (int size : sizes) {
      int x = left + (int) ((long) plotWidth * size / maxSize);
      g.drawLine(x, top + plotHeight, x, top + plotHeight + 5);
      g.drawString(Integer.toString(size), x - 12, top + plotHeight + 20);
    }
    g.drawString("generated classes", left + plotWidth / 2 - 50, height - 15);
    int legendY = top + 10;
    int colour = 0;
    for (Map.Entry<String, List<Long>> line : series.entrySet()) {
      g.setColor(COLOURS[colour++ % COLOURS.length]);
      g.setStroke(new BasicStroke(2.5f));
      int previousX = -1;
      int previousY = -1;
      for (int i = 0; i < sizes.size(); i++) {
        int x = left + (int) ((long) plotWidth * sizes.get(i) / maxSize);
        int y = top + plotHeight - (int) (plotHeight * line.getValue().get(i) / (double) maxMillis);
        g.fillOval(x - 4, y - 4, 8, 8);
        if (previousX >= 0) {
          g.drawLine(previousX, previousY, x, y);
        }
        previousX = x;
        previousY = y;
      }
      g.drawLine(left + plotWidth + 20, legendY, left + plotWidth + 45, legendY);
      g.setColor(Color.BLACK);
      g.drawString(line.getKey(), left + plotWidth + 52, legendY + 4);
      legendY += 22;
    }
    g.dispose();
    ImageIO.write(image, "png", file.toFile());
  }
}
