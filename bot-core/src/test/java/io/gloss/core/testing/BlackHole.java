package io.gloss.core.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;

/**
 * A port on 127.0.0.1 where a connect hangs, as at a black-holed address: a listening socket that
 * never accepts, with its accept queue filled. Linux then drops further SYNs, so a client's connect
 * waits until its own connect timeout.
 */
public final class BlackHole implements AutoCloseable {
  private final ServerSocket server;
  private final List<Socket> fillers = new ArrayList<>();

  public BlackHole() throws IOException {
    server = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
    for (int i = 0; i < 16; i++) {
      Socket filler = new Socket();
      try {
        filler.connect(new InetSocketAddress(server.getInetAddress(), server.getLocalPort()), 200);
        fillers.add(filler);
      } catch (SocketTimeoutException full) {
        filler.close();
        return; // the queue is full: the next connect hangs too
      }
    }
    close();
    throw new IllegalStateException("the accept queue never filled up; no black hole here");
  }

  public int port() {
    return server.getLocalPort();
  }

  @Override
  public void close() throws IOException {
    for (Socket filler : fillers) {
      filler.close();
    }
    server.close();
  }
}
