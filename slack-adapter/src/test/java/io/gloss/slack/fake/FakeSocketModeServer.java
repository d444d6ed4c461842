package io.gloss.slack.fake;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.SocketChannel;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.java_websocket.WebSocket;
import org.java_websocket.WebSocketImpl;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A loopback Socket Mode endpoint: says hello to each connection, lets the test send envelopes to
 * the newest one, ask it to reconnect or cut it off, and collects what the client sends back (the
 * acks).
 */
public final class FakeSocketModeServer extends WebSocketServer {
  private final BlockingQueue<String> fromClient = new LinkedBlockingQueue<>();
  private final AtomicInteger connections = new AtomicInteger();
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
    return awaitConnections(1);
  }

  /** Waits until the client has opened {@code count} connections in all. */
  public boolean awaitConnections(int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    while (connections.get() < count) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(20);
    }
    return true;
  }

  public void send(String envelope) {
    client.send(envelope);
  }

  /** Slack's {@code disconnect} message: the client should move to a new connection. */
  public void askToReconnect(String reason) {
    client.send(
        "{\"type\":\"disconnect\",\"reason\":\""
            + reason
            + "\",\"debug_info\":{\"host\":\"fake\"}}");
  }

  /** Cuts the newest connection with a TCP reset: no close frame, no FIN. */
  public void reset() throws IOException {
    SocketChannel channel = (SocketChannel) ((WebSocketImpl) client).getChannel();
    channel.setOption(StandardSocketOptions.SO_LINGER, 0);
    channel.close();
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
    connections.incrementAndGet();
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
