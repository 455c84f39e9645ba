package com.headroom.cluster;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Headroom as a cluster on this machine, from the production jar: app nodes on loopback
 * ports, all on one database URL (one MariaDB, or Galera through Connector/J's sequential
 * mode), and HAProxy in front with a sticky cookie and health checks, as
 * deploy/cluster/haproxy.cfg sets it up. Nothing here imitates a part: these are the
 * processes a team runs.
 */
public final class Cluster implements AutoCloseable {

    /** One app node: its name (the sticky cookie's value), port, process and log. */
    public record Node(String name, int port, Process process, Path log) {

        public URI uri() {
            return URI.create("http://127.0.0.1:" + port);
        }
    }

    static final String STICKY_COOKIE = "HEADROOM_NODE";

    private final Path jar;

    private final Path work;

    private final String databaseUrl;

    private final String user;

    private final String password;

    private final Map<String, Node> nodes = new LinkedHashMap<>();

    private final List<String> nodeArguments;

    private Process haproxy;

    private int proxyPort;

    private Path proxyLog;

    public Cluster(Path jar, Path work, String databaseUrl, String user, String password, List<String> nodeArguments) {
        this.jar = jar;
        this.work = work;
        this.databaseUrl = databaseUrl;
        this.user = user;
        this.password = password;
        this.nodeArguments = nodeArguments;
    }

    /** Starts an app node and waits until its health check answers UP. */
    public Node startNode(String name, Duration patience) throws IOException, InterruptedException {
        int port = freePort();
        Path log = work.resolve(name + ".log");
        var command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx384m",
                "-XX:+UseSerialGC", "-jar", jar.toString(), "--server.port=" + port, "--headroom.node-name=" + name,
                "--spring.datasource.url=" + databaseUrl, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password));
        command.addAll(nodeArguments);
        var process = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .directory(work.toFile())
            .start();
        var node = new Node(name, port, process, log);
        nodes.put(name, node);
        waitUntilHealthy(node, patience);
        return node;
    }

    Node node(String name) {
        return nodes.get(name);
    }

    /** Kills the node as a power cut would: no shutdown hooks, sessions lost. */
    void kill(String name) throws InterruptedException {
        var node = nodes.get(name);
        node.process().destroyForcibly();
        node.process().waitFor(30, TimeUnit.SECONDS);
    }

    /**
     * HAProxy in front of the nodes, writing its request log (one line each) to a file.
     */
    void startProxy() throws IOException, InterruptedException {
        proxyPort = freePort();
        proxyLog = work.resolve("haproxy.log");
        var servers = new StringBuilder();
        for (var node : nodes.values()) {
            servers.append("    server ")
                .append(node.name())
                .append(" 127.0.0.1:")
                .append(node.port())
                .append(" check cookie ")
                .append(node.name())
                .append('\n');
        }
        String template = Files.readString(Path.of("deploy/cluster/haproxy-local.cfg"));
        Path config = work.resolve("haproxy.cfg");
        Files.writeString(config,
                template.replace("${FRONT_PORT}", Integer.toString(proxyPort)).replace("${SERVERS}\n", servers));
        haproxy = new ProcessBuilder("haproxy", "-db", "-f", config.toString()).redirectErrorStream(true)
            .redirectOutput(proxyLog.toFile())
            .start();
        var deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline)) {
            if (status(URI.create("http://127.0.0.1:" + proxyPort + "/actuator/health")) == 200) {
                // The health checks need a moment to see every node up.
                Thread.sleep(2_500);
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("HAProxy did not answer: " + Files.readString(proxyLog));
    }

    URI proxy() {
        return URI.create("http://127.0.0.1:" + proxyPort);
    }

    /** HAProxy's log lines so far. */
    List<String> proxyLog() throws IOException {
        return Files.readAllLines(proxyLog);
    }

    Connection database() throws SQLException {
        return DriverManager.getConnection(databaseUrl, user, password);
    }

    long count(String sql, Object... arguments) throws SQLException {
        try (var connection = database(); var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < arguments.length; i++) {
                statement.setObject(i + 1, arguments[i]);
            }
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** The production jar {@code ./mvnw package} built, or null. */
    public static Path productionJar() throws IOException {
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("headroom-.*\\.jar"))
                .findFirst()
                .map(Path::toAbsolutePath)
                .orElse(null);
        }
    }

    /** The same MariaDB server, a database of the run's own (the driver creates it). */
    public static String ownDatabase(String url, String suffix) {
        var m = java.util.regex.Pattern.compile("^(jdbc:mariadb://[^/]+/)([^?]+)(\\?.*)?$").matcher(url);
        if (!m.matches()) {
            throw new IllegalStateException("not a jdbc:mariadb://host/db URL: " + url);
        }
        String query = m.group(3) == null ? "?" : m.group(3) + "&";
        return m.group(1) + m.group(2) + suffix + query + "createDatabaseIfNotExist=true";
    }

    public static void dropDatabase(String url, String user, String password) throws SQLException {
        try (var connection = DriverManager.getConnection(url, user, password)) {
            connection.createStatement().execute("DROP DATABASE IF EXISTS `" + connection.getCatalog() + "`");
        }
    }

    @Override
    public void close() {
        if (haproxy != null) {
            haproxy.destroyForcibly();
        }
        for (var node : nodes.values()) {
            node.process().destroy();
        }
        for (var node : nodes.values()) {
            try {
                if (!node.process().waitFor(20, TimeUnit.SECONDS)) {
                    node.process().destroyForcibly();
                }
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void waitUntilHealthy(Node node, Duration patience) throws IOException, InterruptedException {
        var deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (!node.process().isAlive()) {
                throw new IllegalStateException(node.name() + " stopped while starting:\n" + tail(node.log()));
            }
            if (status(node.uri().resolve("/actuator/health")) == 200) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(node.name() + " was not healthy after " + patience + ":\n" + tail(node.log()));
    }

    static String tail(Path log) throws IOException {
        var lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int status(URI uri) {
        try {
            var connection = (HttpURLConnection) uri.toURL().openConnection();
            connection.setConnectTimeout(1_000);
            connection.setReadTimeout(2_000);
            int code = connection.getResponseCode();
            connection.disconnect();
            return code;
        }
        catch (IOException notYet) {
            return -1;
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
