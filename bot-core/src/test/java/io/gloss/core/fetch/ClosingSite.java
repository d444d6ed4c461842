package io.gloss.core.fetch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A news site on 127.0.0.1 that drops connections the way real servers do: an HTTP/1.0 server that
 * closes after every response without saying so, an HTTP/1.1 server that closes a connection idle
 * for one second (Apache's keep-alive timeout, shortened), or one that sends {@code Connection:
 * close}. Path {@code /missing} answers 404. Counts connections and requests.
 */
final class ClosingSite implements AutoCloseable {

  enum Mode {
    HTTP10_SILENT_CLOSE,
    IDLE_CLOSE_AFTER_1S,
    CONNECTION_CLOSE_HEADER
  }

  static final String PAGE =
      "<html><head><title>해상풍력 기사</title></head><body><p>본문입니다.</p></body></html>";

  private final Mode mode;
  private final ServerSocket server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  final AtomicInteger connections = new AtomicInteger();
  final AtomicInteger requests = new AtomicInteger();

  ClosingSite(Mode mode) throws IOException {
    this.mode = mode;
    this.server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
    executor.execute(this::acceptLoop);
  }

  int port() {
    return server.getLocalPort();
  }

  String url(String path) {
    return "http://127.0.0.1:" + port() + path;
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        connections.incrementAndGet();
        executor.execute(() -> serve(socket));
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      if (mode == Mode.IDLE_CLOSE_AFTER_1S) {
        socket.setSoTimeout(1000);
      }
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
      OutputStream out = socket.getOutputStream();
      while (true) {
        String requestLine;
        try {
          requestLine = in.readLine();
        } catch (SocketTimeoutException idle) {
          return; // idle for a second: close, as a keep-alive timeout does
        }
        if (requestLine == null) {
          return;
        }
        String line;
        do {
          line = in.readLine();
        } while (line != null && !line.isEmpty());
        requests.incrementAndGet();
        String path = requestLine.split(" ").length > 1 ? requestLine.split(" ")[1] : "/";
        out.write(response(path));
        out.flush();
        if (mode != Mode.IDLE_CLOSE_AFTER_1S) {
          return;
        }
      }
    } catch (IOException e) {
      // the client went away
    }
  }

  private byte[] response(String path) {
    boolean missing = path.equals("/missing");
    byte[] body =
        (missing ? "<html><body>없는 페이지</body></html>" : PAGE).getBytes(StandardCharsets.UTF_8);
    String version = mode == Mode.HTTP10_SILENT_CLOSE ? "HTTP/1.0" : "HTTP/1.1";
    String status = missing ? "404 Not Found" : "200 OK";
    StringBuilder head = new StringBuilder();
    head.append(version).append(' ').append(status).append("\r\n");
    head.append("Content-Type: text/html; charset=utf-8\r\n");
    head.append("Content-Length: ").append(body.length).append("\r\n");
    if (mode == Mode.CONNECTION_CLOSE_HEADER) {
      head.append("Connection: close\r\n");
    }
    head.append("\r\n");
    byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[headBytes.length + body.length];
    System.arraycopy(headBytes, 0, all, 0, headBytes.length);
    System.arraycopy(body, 0, all, headBytes.length, body.length);
    return all;
  }

  @Override
  public void close() throws IOException {
    server.close();
    executor.shutdownNow();
  }
}
