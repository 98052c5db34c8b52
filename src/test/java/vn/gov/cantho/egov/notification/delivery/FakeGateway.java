package vn.gov.cantho.egov.notification.delivery;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A provider's HTTP API played on a free port of 127.0.0.1. Requests that mention the test's key (its recipient or
 * reference) get the scripted answers in order, the last one repeating; messages of other tests that a test's
 * dispatcher happens to claim from the shared database get a plain success, so they cannot consume the script.
 */
final class FakeGateway implements AutoCloseable {

	/** @param query the raw query string, or null */
	record Received(String method, String path, String query, Map<String, List<String>> headers, String body) {

		String header(String name) {
			return headers.entrySet()
				.stream()
				.filter(e -> e.getKey().equalsIgnoreCase(name))
				.map(e -> e.getValue().get(0))
				.findFirst()
				.orElse(null);
		}
	}

	record Answer(int status, String body, Duration delay) {
	}

	private final String key;
	private final Answer otherwise;
	private final HttpServer server;
	private final ExecutorService threads = Executors.newCachedThreadPool();
	private final ConcurrentLinkedQueue<Answer> script = new ConcurrentLinkedQueue<>();
	private volatile Answer last = new Answer(500, "{}", Duration.ZERO);
	private final List<Received> received = new CopyOnWriteArrayList<>();

	FakeGateway(String key, Answer otherwise) throws IOException {
		this.key = key;
		this.otherwise = otherwise;
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/", this::handle);
		server.setExecutor(threads);
		server.start();
	}

	String url(String path) {
		return "http://127.0.0.1:" + server.getAddress().getPort() + path;
	}

	FakeGateway answer(int status, String body) {
		return answer(status, body, Duration.ZERO);
	}

	FakeGateway answer(int status, String body, Duration delay) {
		script.add(new Answer(status, body, delay));
		return this;
	}

	/** The requests about the test's own messages. */
	List<Received> receivedForKey() {
		return received.stream().filter(r -> r.body().contains(key)).toList();
	}

	private void handle(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
				exchange.getRequestURI().getRawQuery(), Map.copyOf(exchange.getRequestHeaders()), body));
		Answer next = otherwise;
		if (body.contains(key)) {
			next = script.poll();
			if (next == null) {
				next = last;
			}
			last = next;
		}
		try {
			Thread.sleep(next.delay().toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		byte[] bytes = next.body().getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
		exchange.sendResponseHeaders(next.status(), bytes.length == 0 ? -1 : bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		server.stop(0);
		threads.shutdownNow();
	}
}
