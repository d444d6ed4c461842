package io.gloss.config;

import io.gloss.config.ops.BuildInfo;
import io.gloss.config.ops.OpsServer;
import io.gloss.config.ops.Readiness;
import io.gloss.config.ops.ServiceMetrics;
import io.gloss.config.settings.Settings;
import io.gloss.slack.SlackHttpHandler;
import java.util.Map;

/**
 * One {@code gloss run} in this JVM, wired and started as {@code RunCommand} does: the settings
 * from an environment, the HTTP server (Slack's HTTP mode is mounted there), metrics, {@link
 * Wiring}, the warm-up and the configured chat adapters.
 *
 * @param app the wired application (its store, use cases)
 * @param server the operations HTTP server
 * @param metrics the metrics registry, also the pipeline's instruments
 * @param adapters the started chat platforms
 */
public record InProcessGloss(
    GlossApp app, OpsServer server, ServiceMetrics metrics, ChatAdapters adapters)
    implements AutoCloseable {

  public static InProcessGloss start(Map<String, String> env) throws Exception {
    Settings settings = Settings.load(null, env);
    ServiceMetrics metrics = new ServiceMetrics(new BuildInfo("test", "in-process"));
    Readiness readiness = new Readiness();
    OpsServer server = OpsServer.bind("127.0.0.1", 0, readiness, metrics);
    GlossApp app = Wiring.build(settings, metrics);
    app.warmUp();
    ChatAdapters adapters =
        ChatAdapters.start(settings, app, new ChatAdapters.Service(server, metrics, readiness));
    return new InProcessGloss(app, server, metrics, adapters);
  }

  /** Where Slack delivers events, commands and interactions in HTTP mode. */
  public String slackEndpoint() {
    return "http://127.0.0.1:" + server.port() + SlackHttpHandler.PATH;
  }

  /** Stops as {@code gloss run} does: the platforms, the HTTP server, then the store. */
  @Override
  public void close() {
    adapters.close();
    server.close();
    app.close();
    metrics.close();
  }
}
