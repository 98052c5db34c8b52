package vn.gov.cantho.egov.feedback.webhook;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Zalo's OA API and Meta's Graph API played on a free port of 127.0.0.1: records every request and accepts it with
 * the platform's success answer (Zalo's error 0 with a message id; Graph's recipient and message ids).
 */
final class FakePlatform implements AutoCloseable {

	record Request(String method, String path, String query, Map<String, List<String>> headers, String body) {

		String header(String name) {
			return headers.entrySet()
				.stream()
				.filter(e -> e.getKey().equalsIgnoreCase(name))
				.map(e -> e.getValue().get(0))
				.findFirst()
				.orElse(null);
		}
	}

	private final HttpServer server;
	private final List<Request> requests = new CopyOnWriteArrayList<>();

	FakePlatform() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/", this::handle);
		server.start();
	}

	String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	/** The requests whose body mentions {@code recipient}; other tests' leftover messages may reach this server too. */
	List<Request> to(String recipient) {
		return requests.stream().filter(r -> r.body().contains("\"" + recipient + "\"")).toList();
	}

	private void handle(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
				exchange.getRequestURI().getRawQuery(), Map.copyOf(exchange.getRequestHeaders()), body));
		String answer = exchange.getRequestURI().getPath().endsWith("/oa/message/cs")
				? "{\"data\":{\"message_id\":\"zoa-1\",\"user_id\":\"1\"},\"error\":0,\"message\":\"Success\"}"
				: "{\"recipient_id\":\"1\",\"message_id\":\"m_fb-1\"}";
		byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
		exchange.sendResponseHeaders(200, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
