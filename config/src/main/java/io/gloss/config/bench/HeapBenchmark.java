package io.gloss.config.bench;

import com.sun.net.httpserver.HttpServer;
import io.gloss.config.GlossApp;
import io.gloss.config.Wiring;
import io.gloss.config.settings.Settings;
import io.gloss.core.domain.RequestOrigin;
import io.gloss.core.domain.SummaryRequest;
import io.gloss.core.domain.SummaryResult;
import io.gloss.core.domain.SummaryStyle;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The heap of Gloss after many link replies: {@code gloss eval heap [REPLIES] [PAGES_DIR]} wires
 * Gloss as {@code gloss run} does with the default settings (a fresh SQLite store in a temporary
 * data directory; only loopback fetching is allowed in addition), then makes {@code REPLIES}
 * (default 1,000) summaries of pasted links on 8 threads, as the chat adapters' work pool does. The
 * links point to a loopback news site serving our annotated fixture pages (default {@code
 * bot-core/src/test/resources/corpus}, real site markup), each under its own URL and canonical URL,
 * so that every reply is a cache miss: fetch, extraction, analysis, summary, glossary, store.
 * Prints the heap used after a full GC (MemoryMXBean), the peak during the run and the JVM's
 * maximum. Not a test: it asserts nothing.
 */
public final class HeapBenchmark {
  private static final int THREADS = 8;
  private static final Pattern CANONICAL =
      Pattern.compile(
          "<link[^>]+rel=[\"']canonical[\"'][^>]*href=[\"']([^\"']+)[\"']"
              + "|<meta[^>]+property=[\"']og:url[\"'][^>]*content=[\"']([^\"']+)[\"']");
  private static final long MB = 1024 * 1024;

  private HeapBenchmark() {}

  /**
   * @param args optional: the number of replies (default 1000), the directory of fixture pages
   *     (default {@code bot-core/src/test/resources/corpus}, searched for {@code *.html})
   */
  public static void evaluate(String[] args, PrintStream out) throws Exception {
    int replies = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    Path pages = Path.of(args.length > 1 ? args[1] : "bot-core/src/test/resources/corpus");
    run(replies, pageFiles(pages), out);
  }

  static void run(int replies, List<Path> pages, PrintStream out) throws Exception {
    if (pages.isEmpty()) {
      throw new IllegalArgumentException("no *.html pages to serve");
    }
    List<String> html = new ArrayList<>();
    for (Path page : pages) {
      html.add(Files.readString(page, StandardCharsets.UTF_8));
    }
    Path dataDir = Files.createTempDirectory("gloss-heap");
    ExecutorService siteThreads = Executors.newFixedThreadPool(THREADS);
    AtomicInteger fetches = new AtomicInteger();
    HttpServer site = newsSite(html, siteThreads, fetches);
    ExecutorService work = Executors.newFixedThreadPool(THREADS);
    try (GlossApp app = Wiring.build(loopbackSettings(dataDir, site.getAddress().getPort()))) {
      MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
      long wired = usedAfterFullGc(memory);
      resetPeaks();
      long started = System.nanoTime();
      AtomicInteger answered = new AtomicInteger();
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < replies; i++) {
        String url = "http://127.0.0.1:" + site.getAddress().getPort() + "/news/" + i;
        done.add(
            work.submit(
                () -> {
                  if (app.summarize().summarize(request(url)) instanceof SummaryResult.Success) {
                    answered.incrementAndGet();
                  }
                }));
      }
      for (Future<?> reply : done) {
        reply.get();
      }
      long seconds = Math.max(1, (System.nanoTime() - started) / 1_000_000_000);
      long peak = peakHeap();
      long after = usedAfterFullGc(memory);
      out.printf(
          Locale.ROOT,
          "%d link replies (%d summaries, %d honest failures, %d pages fetched) from %d fixture"
              + " pages in %d s on %d threads, default settings%n",
          replies,
          answered.get(),
          replies - answered.get(),
          fetches.get(),
          html.size(),
          seconds,
          THREADS);
      out.printf(
          Locale.ROOT,
          "heap used after a full GC: %d MB wired, %d MB after the replies; peak during the"
              + " replies %d MB; JVM max heap %d MB%n",
          wired / MB,
          after / MB,
          peak / MB,
          memory.getHeapMemoryUsage().getMax() / MB);
    } finally {
      work.shutdownNow();
      site.stop(0);
      siteThreads.shutdownNow();
      CacheHitBenchmark.deleteQuietly(dataDir);
    }
  }

  /** A pasted link in a Slack channel, the channel's default style and language. */
  private static SummaryRequest request(String url) {
    return new SummaryRequest(
        url, SummaryStyle.BRIEF, null, new RequestOrigin("slack", "T0HEAP", "C0HEAP", "U0HEAP"));
  }

  /**
   * The default settings but for the data directory and fetching, allowed from a loopback site on
   * {@code port} too (benchmarks and tests against a loopback news site).
   */
  public static Settings loopbackSettings(Path dataDir, int port) {
    return Settings.load(
        null,
        Map.of(
            "GLOSS_DATA_DIR",
            dataDir.toString(),
            "GLOSS_FETCH_ALLOW_HOSTS",
            "127.0.0.1",
            "GLOSS_FETCH_ALLOWED_PORTS",
            "80,443," + port));
  }

  /** Serves page {@code n % pages} at {@code /news/n}, its canonical URL rewritten to that URL. */
  private static HttpServer newsSite(
      List<String> pages, ExecutorService threads, AtomicInteger fetches) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/news/",
        exchange -> {
          fetches.incrementAndGet();
          String path = exchange.getRequestURI().getPath();
          int n = Integer.parseInt(path.substring("/news/".length()));
          String self = "http://127.0.0.1:" + server.getAddress().getPort() + path;
          byte[] body = ownCanonical(pages.get(n % pages.size()), self);
          exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream response = exchange.getResponseBody()) {
            response.write(body);
          }
        });
    server.setExecutor(threads);
    server.start();
    return server;
  }

  /** The page with every canonical URL it declares (link, og:url) replaced by {@code self}. */
  static byte[] ownCanonical(String html, String self) {
    String page = html;
    Matcher declared = CANONICAL.matcher(html);
    while (declared.find()) {
      String url = declared.group(1) != null ? declared.group(1) : declared.group(2);
      page = page.replace(url, self);
    }
    return page.getBytes(StandardCharsets.UTF_8);
  }

  private static long usedAfterFullGc(MemoryMXBean memory) {
    for (int i = 0; i < 3; i++) {
      memory.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }

  private static void resetPeaks() {
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** The sum of the heap pools' peaks: an upper bound of the heap used at once. */
  private static long peakHeap() {
    return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid())
        .toList();
  }

  private static List<Path> pageFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("no page directory at " + dir);
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
    }
  }
}
