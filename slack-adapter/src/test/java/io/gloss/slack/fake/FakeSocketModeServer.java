package io.gloss.slack.fake;

import java.net.InetSocketAddress;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A loopback Socket Mode endpoint: says hello to the client, lets the test send envelopes and
 * collects what the client sends back (the acks).
 */
public final class FakeSocketModeServer extends WebSocketServer {
  private final BlockingQueue<String> fromClient = new LinkedBlockingQueue<>();
  private final CountDownLatch connected = new CountDownLatch(1);
  private final CountDownLatch started = new CountDownLatch(1);
  private volatile WebSocket client;

  public FakeSocketModeServer() {
    super(new InetSocketAddress("127.0.0.1", 0));
    setReuseAddr(true);
  }

  public void startAndWait() throws InterruptedException {
    start();
    started.await(10, TimeUnit.SECONDS);
  }

  public String url() {
    return "ws://127.0.0.1:" + getPort() + "/link/";
  }

  public boolean awaitClient() throws InterruptedException {
    return connected.await(15, TimeUnit.SECONDS);
  }

  public void send(String envelope) {
    client.send(envelope);
  }

  /** The next message from the client that contains the text, or null after the timeout. */
  public String poll(String containing, long seconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline) {
      String message = fromClient.poll(100, TimeUnit.MILLISECONDS);
      if (message != null && message.contains(containing)) {
        return message;
      }
    }
    return null;
  }

  @Override
  public void onOpen(WebSocket conn, ClientHandshake handshake) {
    client = conn;
    conn.send(
        "{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\"},"
            + "\"connection_info\":{\"app_id\":\"A0001\"}}");
    connected.countDown();
  }

  @Override
  public void onClose(WebSocket conn, int code, String reason, boolean remote) {}

  @Override
  public void onMessage(WebSocket conn, String message) {
    fromClient.add(message);
  }

  @Override
  public void onError(WebSocket conn, Exception ex) {}

  @Override
  public void onStart() {
    started.countDown();
  }
}
