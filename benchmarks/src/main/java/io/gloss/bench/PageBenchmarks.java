package io.gloss.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * JMH: one invocation processes one page, the next page of the set each time, so the average time
 * is the mean time per page over the whole set (an iteration of 10 s goes round the 181 Zyte pages
 * several times). Medians and tails per page come from {@link PerPageHarness}.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PageBenchmarks extends JmhDefaults {
  @Param({"zyte", "ko"})
  public String set = "zyte";

  // Set in load(), which JMH runs before any benchmark method.
  @SuppressWarnings("NullAway.Init")
  private List<Page> pages;

  @SuppressWarnings("NullAway.Init")
  private Subjects subjects;

  private int next;

  @Setup
  public void load() {
    pages = PageSets.load(set, BenchSettings.fromSystemProperties());
    subjects = new Subjects();
  }

  private Page nextPage() {
    Page page = pages.get(next);
    next = (next + 1) % pages.size();
    return page;
  }

  @Benchmark
  public Object parse() {
    return subjects.run(Step.PARSE, nextPage());
  }

  @Benchmark
  public Object glossExtract() {
    return subjects.run(Step.GLOSS, nextPage());
  }

  @Benchmark
  public Object readability4j() {
    return subjects.run(Step.READABILITY, nextPage());
  }

  @Benchmark
  public Object offlineReply() {
    return subjects.run(Step.REPLY, nextPage());
  }
}
